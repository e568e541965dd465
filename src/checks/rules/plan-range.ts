/** `plan.range`: each cumulative spending checkpoint lies between 0 % and 100 %. */
import type { Rule, RuleFinding } from '../rule.ts';

export const planRange: Rule = {
  id: 'plan.range',
  severity: 'error',
  title: '支出进度在 0%–100% 之间',
  rationale: '资金支出计划写的是累计支出进度，即到某一时点已支出的资金占全年预算的比例，不可能超过 100%。',
  basis: '文件自身的算术：累计进度是占预算的比例。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const p of report.projects) {
      (p.spending_plan ?? []).forEach((c, i) => {
        if (c.percent.lt(0) || c.percent.gt(100)) {
          out.push({
            message: `项目“${p.name}”的资金支出计划中，${c.checkpoint}的累计支出进度写的是 ${c.text}，超出了 0%–100% 的范围。`,
            where: { path: [...p.path, 'spending_plan', i], anchor: p.anchor },
          });
        }
      });
    }
    return out;
  },
};
