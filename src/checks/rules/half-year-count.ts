/** `half-year.count`: a half-year count or amount is not larger than the full-year one. */
import type { Rule } from '../rule.ts';
import { indicatorName, place } from '../util.ts';
import { halfOverFull } from './half-year.ts';

export const halfYearCount: Rule = {
  id: 'half-year.count',
  severity: 'warning',
  title: '半年数量不超过全年数量',
  rationale:
    '半年指标值是到 6 月底应完成的部分，全年指标值包含上半年。对次数、人数、件数、金额等数量，半年值大于全年值是自相矛盾的。' +
    '只比较单位相同的两个数；百分比由 half-year.rate 处理。',
  basis: '文件自身的算术：全年包含上半年。',
  check(report) {
    return halfOverFull(report)
      .filter((h) => h.unit !== '%')
      .map((h) => ({
        message: `${h.group.owner}的指标“${indicatorName(h.indicator)}”：半年指标值“${h.half.text}”比全年指标值“${h.full.text}”还大；全年的数量应当包含上半年。`,
        where: place(h.indicator),
      }));
  },
};
