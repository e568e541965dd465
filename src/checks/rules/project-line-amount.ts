/**
 * `project.line-amount`: a project's own table and the unit's expenditure table state the same
 * amount for it (the lines with `project` set to the project's id).
 */
import { formatMoney, type Money } from '../../model/money.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { compareSum } from '../tolerance.ts';
import { diff, money, names, place } from '../util.ts';
import { projectLines } from '../../model/totals.ts';

export const projectLineAmount: Rule = {
  id: 'project.line-amount',
  severity: 'error',
  title: '项目表金额与支出表一致',
  rationale: '同一个项目的预算数在项目绩效目标表和部门整体支出表中都出现时，两处应当相同（容许四舍五入差额）。',
  basis: '文件自身的一致性：同一笔钱在两张表中金额相同。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const p of report.projects) {
      const total = p.budget?.total;
      if (!total) continue;
      const lines = projectLines(report, p.id).filter((l) => l.amount);
      if (lines.length === 0) continue;
      const c = compareSum(total, lines.map((l) => l.amount as Money));
      if (c.status !== 'mismatch') continue;
      const lineText =
        lines.length === 1
          ? `支出表中“${lines[0]!.name}”一行是 ${formatMoney(lines[0]!.amount as Money)}`
          : `支出表中对应的 ${names(lines)}合计 ${money(c.sum, c.unit, c.decimals)}`;
      out.push({
        message: `项目“${p.name}”的项目表中年度资金总额是 ${formatMoney(total)}，${lineText}，相差 ${diff(c.difference, c.unit)}。`,
        where: place(lines[0]!),
      });
    }
    return out;
  },
};
