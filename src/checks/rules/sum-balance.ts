/**
 * `sum.balance`: in a budget (预算), income equals expenditure, and the budget-level split covers
 * the same money. Compared on the totals, or on the sum of top-level lines when no total is printed.
 */
import { Decimal } from '../../model/decimal.ts';
import { moneyDecimals, type Money, type MoneyUnit } from '../../model/money.ts';
import type { BudgetTable, Place } from '../../model/report.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { inUnit } from '../../model/money.ts';
import { roundingTolerance } from '../tolerance.ts';
import { TABLE_LABEL, diff, money, place } from '../util.ts';

interface Side {
  value: Decimal;
  /** True when some top lines are blank: value is then a lower bound. */
  partial: boolean;
  figures: Money[];
  unit: MoneyUnit;
  where: Place;
  how: string;
}

function side(t: BudgetTable | undefined): Side | undefined {
  if (!t) return undefined;
  const total = t.total?.amount;
  if (total && t.total) return { value: total.value, partial: false, figures: [total], unit: total.unit, where: place(t.total), how: `“${t.total.name}”` };
  const published = t.lines.filter((l) => l.amount).map((l) => l.amount as Money);
  if (published.length === 0) return undefined;
  const unit = t.unit;
  const value = published.reduce((s, m) => s.plus(inUnit(m, unit)), new Decimal(0));
  return { value, partial: published.length < t.lines.length, figures: published, unit, where: place(t), how: '各行合计' };
}

export const sumBalance: Rule = {
  id: 'sum.balance',
  severity: 'warning',
  title: '收入与支出平衡',
  rationale:
    '预算应当收支平衡：部门预算的收入合计应等于支出合计，按预算级次划分的资金也应与支出合计一致。' +
    '没有公布合计时用各行之和比较；有分项空白（未公开）时，只在已公开部分已经超出另一方时报告。决算不适用。',
  basis: '《中华人民共和国预算法》第十二条（收支平衡原则）；文件自身的算术。',
  check(report) {
    if (report.stage !== '预算') return [];
    const ov = report.overall;
    const exp = side(ov?.expenditure);
    if (!exp) return [];
    const out: RuleFinding[] = [];
    for (const key of ['income', 'budget_levels'] as const) {
      const other = side(ov?.[key]);
      if (!other || (other.partial && exp.partial)) continue;
      const unit = exp.unit;
      const o = inUnit({ text: '', value: other.value, unit: other.unit }, unit);
      const d = o.minus(exp.value);
      const tol = roundingTolerance([...exp.figures, ...other.figures], 2, unit);
      if (d.abs().lte(tol)) continue;
      // With blanks on one side we only know a lower bound for that side.
      if (other.partial && d.lt(0)) continue;
      if (exp.partial && d.gt(0)) continue;
      const decimals = Math.max(...[...exp.figures, ...other.figures].map(moneyDecimals));
      out.push({
        message:
          `${TABLE_LABEL[key]}${other.how}是 ${money(o, unit, decimals)}，${TABLE_LABEL.expenditure}${exp.how}是 ${money(exp.value, unit, decimals)}，` +
          `两者应当相等，但相差 ${diff(d, unit)}${other.partial || exp.partial ? '（部分分项未公开，已按已公开部分比较）' : ''}。`,
        where: other.where,
      });
    }
    return out;
  },
};
