import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import type { ReportDecl } from '../../src/model/schema.ts';
import { byCategory, byYear, latestReports, siteTotals } from '../../src/site/site-totals.ts';

const decl = (code: string, year: number, category: string, total?: string, published?: string): ReportDecl => ({
  year,
  stage: '预算',
  money_unit: '万元',
  forms: ['表'],
  unit: { name: `单位${code}`, short_name: 'x', category, level: '县级', region: { code, province: 'p' } },
  source: { title: 't', publisher: 'p', ...(published ? { published } : {}) },
  ...(total ? { overall: { income: { total: { name: '合计', amount: total }, lines: [{ name: 'a', amount: total }] } } } : {}),
  projects: [{ id: 'a', name: 'A', indicators: [{ level1: '产出', value: '1次' }] }],
});
const items = [
  { report: buildReport('a', decl('320200', 2024, '人大', '6431.71')), findings: [] },
  { report: buildReport('b', decl('440881', 2024, '人大', '0.29', '2024-02-01')), findings: [{ rule: 'x', severity: 'error' as const, message: '', where: { path: [], anchor: 'a' } }] },
  { report: buildReport('c', decl('440881', 2023, '财政')), findings: [] },
];

describe('site totals', () => {
  it('counts reports, units, provinces and sums published totals exactly per year', () => {
    const t = siteTotals(items);
    expect(t).toMatchObject({ reports: 3, units: 2, provinces: 2, projects: 3, indicators: 3, findings: { error: 1, warning: 0, info: 0 } });
    expect(t.byYear.map((y) => [y.year, y.total.toFixed(), y.withTotal, y.withoutTotal])).toEqual([
      [2024, '6432', 2, 0],
      [2023, '0', 0, 1],
    ]);
  });
  it('lists the latest, and groups by category and year', () => {
    expect(latestReports(items, 2).map((x) => x.report.id)).toEqual(['b', 'a']);
    expect(byCategory(items).map((g) => [g.label, g.items.length])).toEqual([
      ['人大', 2],
      ['财政', 1],
    ]);
    expect(byYear(items).map((g) => g.label)).toEqual(['2024年', '2023年']);
  });
});

describe('site totals precision', () => {
  it('keeps the printed precision of the totals it adds', () => {
    const two = [
      { report: buildReport('a', decl('320200', 2024, '人大', '6431.71')), findings: [] },
      { report: buildReport('b', decl('440881', 2024, '人大', '1,048.54')), findings: [] },
      { report: buildReport('c', decl('510411', 2024, '人大', '1621.95')), findings: [] },
    ];
    const y = siteTotals(two).byYear[0]!;
    expect(y.total.toFixed(y.decimals)).toBe('9102.20');
  });
});
