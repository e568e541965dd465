/** `plan.monotonic`: cumulative spending never goes down from one checkpoint to the next. */
import type { Rule, RuleFinding } from '../rule.ts';

export const planMonotonic: Rule = {
  id: 'plan.monotonic',
  severity: 'warning',
  title: '累计支出进度逐月不减少',
  rationale: '累计支出进度是到该时点为止一共支出的比例，后面的时点只会等于或大于前面的时点。',
  basis: '文件自身的算术：累计数不减少。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const p of report.projects) {
      const plan = (p.spending_plan ?? []).map((c, i) => ({ c, i })).sort((a, b) => a.c.month - b.c.month || a.i - b.i);
      for (let k = 1; k < plan.length; k++) {
        const prev = plan[k - 1]!.c;
        const { c, i } = plan[k]!;
        if (c.percent.lt(prev.percent)) {
          out.push({
            message: `项目“${p.name}”的资金支出计划中，${c.checkpoint}的累计进度 ${c.text} 比前面${prev.checkpoint}的 ${prev.text} 还低；累计进度不应减少。`,
            where: { path: [...p.path, 'spending_plan', i], anchor: p.anchor },
          });
        }
      }
    }
    return out;
  },
};
