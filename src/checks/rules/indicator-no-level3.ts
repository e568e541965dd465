/**
 * `indicator.no-level3`: in a table that names its indicators at level 3, a row without a
 * level-3 name (often a template row left blank, e.g. 生态效益 with nothing under it).
 */
import type { Rule, RuleFinding } from '../rule.ts';
import { byTable, indicatorGroups, place } from '../util.ts';

export const indicatorNoLevel3: Rule = {
  id: 'indicator.no-level3',
  severity: 'info',
  title: '指标没有三级指标名称',
  rationale: '表中其他指标都写到三级，这一行只有一级、二级名称，说明这一类指标没有具体设置（常见于模板中未填写的行）。',
  basis: '财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（指标分一、二、三级设置）。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const g of indicatorGroups(report)) {
      for (const table of byTable(g.indicators)) {
        if (!table.some((i) => i.level3)) continue;
        for (const i of table) {
          if (i.level3) continue;
          const name = [i.level1, i.level2].filter(Boolean).join(' / ');
          const value = i.target && i.target.kind !== 'empty' ? `，指标值为“${i.target.text}”` : '，也没有指标值';
          out.push({ message: `${g.owner}的“${name}”一行没有写三级指标名称${value}。`, where: place(i) });
        }
      }
    }
    return out;
  },
};
