/**
 * `sum.fiscal-other`: on a budget line that publishes 金额, 财政资金 and 其他资金, the two sources
 * add up to the amount; a single published source never exceeds the amount.
 */
import { formatMoney, type Money } from '../../model/money.ts';
import type { BudgetLine } from '../../model/report.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { compareSum } from '../tolerance.ts';
import { TABLE_KEYS, TABLE_LABEL, diff, money, place } from '../util.ts';
import { allLines } from '../../model/totals.ts';

function checkLine(label: string, l: BudgetLine): RuleFinding | undefined {
  const { amount, fiscal, other } = l;
  if (!amount) return undefined;
  if (fiscal && other) {
    const c = compareSum(amount, [fiscal, other]);
    if (c.status !== 'mismatch') return undefined;
    return {
      message:
        `${label}“${l.name}”一行：财政资金 ${formatMoney(fiscal)} 加其他资金 ${formatMoney(other)} 等于 ${money(c.sum, c.unit, c.decimals)}，` +
        `与这一行的金额 ${formatMoney(amount)} 相差 ${diff(c.difference, c.unit)}。`,
      where: place(l),
    };
  }
  const single: [string, Money | undefined][] = [
    ['财政资金', fiscal],
    ['其他资金', other],
  ];
  for (const [name, part] of single) {
    if (!part) continue;
    const c = compareSum(amount, [part]);
    if (c.status === 'mismatch' && c.difference.gt(0)) {
      return {
        message: `${label}“${l.name}”一行：其中${name} ${formatMoney(part)} 比这一行的金额 ${formatMoney(amount)} 还多 ${diff(c.difference, c.unit)}。`,
        where: place(l),
      };
    }
  }
  return undefined;
}

export const sumFiscalOther: Rule = {
  id: 'sum.fiscal-other',
  severity: 'error',
  title: '财政资金 + 其他资金 = 金额',
  rationale:
    '一行同时公布金额、其中财政资金和其中其他资金时，两种来源之和应等于金额（容许四舍五入差额）；只公布其中一种来源时，它不能超过金额。',
  basis: '文件自身的算术：资金总额 = 财政资金 + 其他资金。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const key of TABLE_KEYS) {
      for (const l of allLines(report.overall?.[key])) {
        const f = checkLine(TABLE_LABEL[key], l);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
