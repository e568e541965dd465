/**
 * `indicator.empty-value`: a named indicator (it has a level-3 name or a description) whose value
 * column is empty. Where a table has 半年 and 全年 columns, both are expected.
 */
import type { Indicator } from '../../model/report.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { byTable, indicatorGroups, indicatorName, place } from '../util.ts';

const isEmpty = (v: Indicator['target']) => v === undefined || v.kind === 'empty';

export const indicatorEmptyValue: Rule = {
  id: 'indicator.empty-value',
  severity: 'warning',
  title: '指标没有填写指标值',
  rationale:
    '设了指标却没有写指标值，就无法知道要达到什么程度，年底也无法核对。表中有半年和全年两栏时，两栏都应填写。' +
    '只检查有三级指标名称或指标描述的指标；只有一级、二级名称的空行由 indicator.no-level3 说明。',
  basis: '财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（每项指标应设定指标值）。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const g of indicatorGroups(report)) {
      for (const table of byTable(g.indicators)) {
        const twoColumns = table.some((i) => i.values.half_year !== undefined || i.values.full_year !== undefined);
        for (const i of table) {
          if (!i.level3 && !i.description) continue;
          const empty = twoColumns
            ? [
                ...(isEmpty(i.values.half_year) ? ['半年指标值'] : []),
                ...(isEmpty(i.values.full_year) ? ['全年指标值'] : []),
              ]
            : isEmpty(i.values.value)
              ? ['指标值']
              : [];
          if (empty.length === 0) continue;
          out.push({ message: `${g.owner}的指标“${indicatorName(i)}”没有填写${empty.join('和')}。`, where: place(i) });
        }
      }
    }
    return out;
  },
};
