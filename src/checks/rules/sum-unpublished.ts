/**
 * `sum.unpublished`: a total whose parts leave some cells blank. A blank cell is "not published",
 * not 0, so the sum cannot be checked; we say so instead of computing a false difference.
 */
import type { Rule } from '../rule.ts';
import { sumResults, unpublishedMessage } from '../sums.ts';
import { place } from '../util.ts';

export const sumUnpublished: Rule = {
  id: 'sum.unpublished',
  severity: 'info',
  title: '部分分项未公开，合计无法核对',
  rationale:
    '原件中空白的单元格表示没有公开这一数字，不能当作 0。合计公布了而部分分项空白时，无法核对合计，只能说明已公开部分之和。' +
    '（如果已公开部分之和已经超过合计，则由对应的 sum.* 规则作为错误报告。）',
  basis: '文件自身的算术：只有全部分项都公开时，才能核对合计。',
  check(report) {
    return sumResults(report)
      .filter((r) => r.missing.length > 0 && !r.partialExceeds)
      .map((r) => ({ message: unpublishedMessage(r), where: place(r.parent) }));
  },
};
