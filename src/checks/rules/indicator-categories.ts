/**
 * `indicator.categories`: every project, and the whole unit, sets 产出, 效益 and 满意度 indicators.
 * Level-1 names vary ('产出指标', '产出', '项目完成', '项目效益'); they are matched by what they
 * contain, and by level 2 (数量/质量/时效/成本 → 产出) when level 1 is not a category name.
 * 决策 / 过程 are extra; for the whole unit, 履职 (the unit's duties and their outputs) counts as 产出.
 */
import type { Rule, RuleFinding } from '../rule.ts';
import { categoryOf, indicatorGroups, type Category } from '../util.ts';

const REQUIRED: readonly Category[] = ['产出', '效益', '满意度'];

export const indicatorCategories: Rule = {
  id: 'indicator.categories',
  severity: 'warning',
  title: '绩效指标包含产出、效益、满意度三类',
  rationale:
    '绩效目标要说明花钱做成什么（产出）、带来什么好处（效益）、服务对象是否满意（满意度）。每个项目和单位整体都应当设置这三类指标。' +
    '各地一级指标名称不同，按名称包含的字判断（如“项目完成”算产出，“项目效益”算效益），一级指标不是类别名时看二级指标（数量、质量、时效、成本指标属于产出）。' +
    '决策、过程是评价用的附加类别；单位整体表中的“履职”指标反映单位履行职责的产出，算作产出。',
  basis:
    '财预〔2020〕10号《项目支出绩效评价管理办法》（评价指标体系包括产出、效益及满意度）；' +
    '财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（绩效指标包括成本、产出、效益、满意度指标）。',
  check(report) {
    const out: RuleFinding[] = [];
    for (const g of indicatorGroups(report)) {
      if (g.indicators.length === 0) {
        out.push({ message: `${g.owner}没有公开任何绩效指标，缺少产出、效益、满意度指标。`, where: g.where });
        continue;
      }
      const have = new Set<Category>();
      for (const i of g.indicators) {
        const c = categoryOf(i);
        if (c) have.add(g.overall && c === '履职' ? '产出' : c);
      }
      const missing = REQUIRED.filter((c) => !have.has(c));
      if (missing.length === 0) continue;
      out.push({
        message: `${g.owner}的绩效指标中没有${missing.map((c) => `${c}指标`).join('、')}（共 ${g.indicators.length} 项指标）。`,
        where: g.where,
      });
    }
    return out;
  },
};
