/**
 * `project.budget-split`: a project's 年度资金总额 equals 财政资金 + 其他资金. A blank 其他资金 is
 * "not published"; the 财政资金 alone must then equal the total.
 */
import { formatMoney } from '../../model/money.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { compareSum } from '../tolerance.ts';
import { diff, money } from '../util.ts';

export const projectBudgetSplit: Rule = {
  id: 'project.budget-split',
  severity: 'error',
  title: '项目资金总额 = 财政资金 + 其他资金',
  rationale:
    '项目表的年度资金总额由财政资金和其他资金组成，两者之和应等于总额（容许四舍五入差额）。' +
    '其他资金一栏空白表示未公开（通常即没有其他资金），这时财政资金应单独等于总额。',
  basis: '文件自身的算术：年度资金总额 = 其中财政拨款 + 其他资金。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const p of report.projects) {
      const b = p.budget;
      if (!b?.total || (!b.fiscal && !b.other)) continue;
      const parts = [b.fiscal, b.other].filter((m) => m !== undefined);
      const c = compareSum(b.total, parts);
      if (c.status !== 'mismatch') continue;
      const where = { path: [...p.path, 'budget', 'total'], anchor: p.anchor };
      const partsText =
        b.fiscal && b.other
          ? `财政资金 ${formatMoney(b.fiscal)} 加其他资金 ${formatMoney(b.other)} 等于 ${money(c.sum, c.unit, c.decimals)}`
          : b.fiscal
            ? `其他资金一栏空白，财政资金是 ${formatMoney(b.fiscal)}`
            : `财政资金一栏空白，其他资金是 ${formatMoney(b.other!)}`;
      out.push({
        message: `项目“${p.name}”：${partsText}，与年度资金总额 ${formatMoney(b.total)} 相差 ${diff(c.difference, c.unit)}。`,
        where,
      });
    }
    return out;
  },
};
