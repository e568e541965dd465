/**
 * The checks run over the five seed transcriptions. Every error and warning here was judged
 * against the seed document (see the comments); a new one means either the content changed or a
 * rule misreads a layout, and needs the same judgement.
 */
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';

const res = loadReports('content/reports');
const findings = res.reports.flatMap((r) => r.findings.map((f) => ({ report: r.id.replace(/^2024\//, ''), ...f })));

describe('checks on the seed reports', () => {
  it('loads every seed', () => {
    expect(res.reports.length).toBeGreaterThanOrEqual(5);
  });

  it('finds exactly the errors and warnings the documents contain', () => {
    const serious = findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.report} ${f.rule} ${f.where.anchor}`)
      .sort();
    expect(serious).toEqual([
      // 遵化：人大慰问老干部补贴 的资金支出计划 3/6/10/12 月底都是 30%。
      '130281-zunhua-renda-budget plan.complete project-weiwen-laoganbu',
      // 无锡：项目支出 半年计划执行数 900，而 9 个项目的半年数之和为 750。
      '320200-wuxi-renda-budget sum.expenditure expenditure-2',
    ]);
  });

  it('states the amounts involved', () => {
    const wuxi = findings.find((f) => f.rule === 'sum.expenditure');
    expect(wuxi?.message).toContain('750 万元');
    expect(wuxi?.message).toContain('900 万元');
    expect(wuxi?.message).toContain('150 万元');
  });
});
