/**
 * `half-year.rate`: a half-year percentage larger than the full-year one. Rates such as
 * 预算执行率 rise during the year (半年 50%, 全年 100% is normal); a higher half-year rate is
 * unusual but can be meant (e.g. a stricter target), so it is only pointed out.
 */
import type { Rule } from '../rule.ts';
import { indicatorName, place } from '../util.ts';
import { halfOverFull } from './half-year.ts';

export const halfYearRate: Rule = {
  id: 'half-year.rate',
  severity: 'info',
  title: '半年百分比高于全年',
  rationale:
    '执行率、完成率一类的百分比在年内逐步上升，半年值通常不高于全年值。半年值更高时请读者留意它的含义（可能是录入错误，也可能是有意设定）。',
  basis: '文件自身的一致性。',
  check(report) {
    return halfOverFull(report)
      .filter((h) => h.unit === '%')
      .map((h) => ({
        message: `${h.group.owner}的指标“${indicatorName(h.indicator)}”：半年指标值“${h.half.text}”高于全年指标值“${h.full.text}”。`,
        where: place(h.indicator),
      }));
  },
};
