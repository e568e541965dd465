/**
 * `indicator.quantified`: the share of indicators whose target is a number that can be checked
 * afterwards (isQuantified), per project and for the whole unit, against a documented threshold.
 */
import { isQuantified } from '../../model/indicator-value.ts';
import type { Indicator } from '../../model/report.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { categoryOf, indicatorGroups, share } from '../util.ts';

/** 决策 / 过程 rows rate how a project is managed (评价指标), not what it delivers; they are not counted. */
const isProcess = (i: Indicator) => {
  const c = categoryOf(i);
  return c === '决策' || c === '过程';
};

/** Below this share of quantified indicators, a table is pointed out. */
export const QUANTIFIED_THRESHOLD = 0.5;

export const indicatorQuantified: Rule = {
  id: 'indicator.quantified',
  severity: 'info',
  title: '量化指标占比',
  rationale:
    `绩效指标应尽量量化，年底才能对照核实。一张表中写成数值（次数、比例、金额、期限等）的指标少于 ${QUANTIFIED_THRESHOLD * 100}% 时指出来，并给出比例。` +
    '没有填写指标值的指标不计入（由 indicator.empty-value 报告）；决策、过程类指标评价的是管理过程（如“健全”“规范”），也不计入。',
  basis: '财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（绩效指标应尽量细化、量化）。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const g of indicatorGroups(report)) {
      const process = g.indicators.filter(isProcess).length;
      const valued = g.indicators.filter((i) => !isProcess(i) && i.target && i.target.kind !== 'empty');
      if (valued.length === 0) continue;
      const q = valued.filter((i) => isQuantified(i.target!)).length;
      if (q / valued.length >= QUANTIFIED_THRESHOLD) continue;
      out.push({
        message: `${g.owner}的 ${valued.length} 项有指标值的绩效指标中，只有 ${q} 项写成了可以核对的数值（${share(q, valued.length)}），低于 ${QUANTIFIED_THRESHOLD * 100}%${process > 0 ? `（不计决策、过程类指标 ${process} 项）` : ''}。`,
        where: g.where,
      });
    }
    return out;
  },
};
