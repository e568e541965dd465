import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport } from '../../src/compare/report-summary.ts';
import { summariesOf } from '../../src/compare/summaries.ts';

const { reports, regions } = loadReports(join(import.meta.dirname, '../../content/reports'));

describe('summaries of loaded reports', () => {
  it('are the same as summarizing each report, and computed once per report object', () => {
    const first = summariesOf(reports, regions);
    expect(first.map((s) => s.id)).toEqual(reports.map((r) => r.id));
    expect(first[0]).toEqual(summarizeReport(reports[0]!.report, reports[0]!.findings, []));
    const again = summariesOf([...reports].reverse(), regions);
    expect(again[0]).toBe(first.at(-1));
  });

  it('with another list of declared regions are computed afresh', () => {
    const memo = summariesOf(reports, regions);
    expect(summariesOf(reports, [])[0]).not.toBe(memo[0]);
  });
});
