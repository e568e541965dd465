/**
 * `cost.budget`: cost indicators (成本指标) agree with the money they describe: a project's budget,
 * or the whole unit's total for the unit's own indicators.
 */
import { Decimal } from '../../model/decimal.ts';
import { formatAmount, formatMoney, toWanyuan } from '../../model/money.ts';
import type { Indicator } from '../../model/report.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { halfUnit } from '../tolerance.ts';
import { indicatorGroups, indicatorName, isCostIndicator, moneyOf, place, type IndicatorMoney } from '../util.ts';
import { projectBudget, unitTotal } from '../../model/totals.ts';

interface Cost extends IndicatorMoney {
  indicator: Indicator;
}

export const costBudget: Rule = {
  id: 'cost.budget',
  severity: 'warning',
  title: '成本指标与预算一致',
  rationale:
    '成本指标说明这项工作要花多少钱，应与项目预算（单位整体指标则与单位全年预算总额）一致：' +
    '任何一个成本指标都不应超过预算；以“=”或“≤”写出的金额成本指标（有多个时取合计）应等于预算。' +
    '比较是精确的，只容许四舍五入造成的差额；“万”按“万元”计，“元”换算为万元。',
  basis:
    '财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（成本指标反映预期提供的公共产品或服务所产生的成本，应与预算相匹配）；文件自身的一致性。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const g of indicatorGroups(report)) {
      const costs: Cost[] = [];
      for (const i of g.indicators) {
        if (!isCostIndicator(i)) continue;
        const m = moneyOf(i.target);
        if (m) costs.push({ ...m, indicator: i });
      }
      if (costs.length === 0) continue;
      const budget = g.overall ? unitTotal(report)?.money : g.project && projectBudget(report, g.project);
      if (!budget) continue;
      const b = toWanyuan(budget);
      const what = () => (g.overall ? `单位全年预算总额 ${formatMoney(budget)}` : `项目预算 ${formatMoney(budget)}`);
      const budgetHalf = halfUnit(budget, '万元');
      let exceeded = false;
      for (const c of costs) {
        const tol = Decimal.min(budgetHalf, c.half);
        const d = c.value.minus(b);
        if (d.gt(tol)) {
          exceeded = true;
          out.push({
            message: `${g.owner}的成本指标“${indicatorName(c.indicator)}”写的是“${c.cmp.text}”，超过了${what()}，多出 ${formatAmount(d)} 万元。`,
            where: place(c.indicator),
          });
        }
      }
      if (exceeded || costs.some((c) => c.cmp.operator === '>' || c.cmp.operator === '>=')) continue;
      const sum = costs.reduce((s, c) => s.plus(c.value), new Decimal(0));
      const finest = costs.reduce((a, c) => Decimal.min(a, c.half), budgetHalf);
      const tol = finest.times(costs.length);
      const d = sum.minus(b);
      if (d.abs().lte(tol)) continue;
      const first = costs[0]!;
      const message =
        costs.length === 1
          ? `${g.owner}的成本指标“${indicatorName(first.indicator)}”写的是“${first.cmp.text}”，而${what()}，两者相差 ${formatAmount(d.abs())} 万元。`
          : `${g.owner}的 ${costs.length} 个成本指标（${costs.map((c) => `“${indicatorName(c.indicator)}”${c.cmp.text}`).join('、')}）` +
            `合计 ${formatAmount(sum)} 万元，而${what()}，两者相差 ${formatAmount(d.abs())} 万元。`;
      out.push({ message, where: place(first.indicator) });
    }
    return out;
  },
};
