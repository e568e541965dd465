/** `plan.complete`: a spending plan whose last checkpoint is 12月底 reaches 100 % there. */
import type { Rule, RuleFinding } from '../rule.ts';

export const planComplete: Rule = {
  id: 'plan.complete',
  severity: 'warning',
  title: '年底累计支出进度达到 100%',
  rationale:
    '年度预算应在年内执行完毕，资金支出计划最后一个时点是 12 月底时，累计支出进度应为 100%；' +
    '低于 100% 意味着计划年底仍有预算没有支出，与全年预算数不一致。',
  basis: '文件自身的算术：全年预算在年底全部支出即 100%。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const p of report.projects) {
      const plan = p.spending_plan ?? [];
      if (plan.length === 0) continue;
      let last = 0;
      plan.forEach((c, i) => {
        if (c.month > plan[last]!.month || (c.month === plan[last]!.month && i > last)) last = i;
      });
      const c = plan[last]!;
      if (c.month === 12 && !c.percent.eq(100)) {
        out.push({
          message: `项目“${p.name}”的资金支出计划到${c.checkpoint}累计只有 ${c.text}，没有达到全年预算的 100%。`,
          where: { path: [...p.path, 'spending_plan', last], anchor: p.anchor },
        });
      }
    }
    return out;
  },
};
