/**
 * `sum.rounding`: a sum that differs from its published total by no more than rounding allows.
 * Not an error; said so the reader does not have to wonder about the cent.
 */
import type { Rule } from '../rule.ts';
import { roundingMessage, sumResults } from '../sums.ts';
import { place } from '../util.ts';

export const sumRounding: Rule = {
  id: 'sum.rounding',
  severity: 'info',
  title: '合计与各项之和的四舍五入差额',
  rationale:
    '文件中每一行都四舍五入到公布的小数位，合计可能按未取整的数计算，因此各行相加可能与合计差几分。' +
    '差额不超过“最后一位小数的半个单位 × 加数个数”（两位小数时为 0.005 × 行数）时，视为四舍五入造成。',
  basis: '文件自身的算术与四舍五入规则。',
  check(report) {
    return sumResults(report)
      .filter((r) => r.missing.length === 0 && r.comparison.status === 'rounding')
      .map((r) => ({ message: roundingMessage(r), where: place(r.parent) }));
  },
};
