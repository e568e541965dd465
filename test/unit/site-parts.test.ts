/**
 * Listing pages split by province and paginated (src/site/region-parts.ts) so they stay small at
 * any number of reports: the data-quality pages and the comparison of a large group.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { allRules } from '../../src/checks/rules/index.ts';
import { scopeNotes } from '../../src/compare/comparison.ts';
import { summarizeReport, type ReportSummary } from '../../src/compare/report-summary.ts';
import { compareIndex, COMPARE_PAGE_SIZE, groupPages, OVERVIEW_TOP, rankingTopNote, rankingTops, sharedGroupPages } from '../../src/site/compare-groups.ts';
import { RANKINGS } from '../../src/site/compare-view.ts';
import { partLinks, provinceOf, splitByProvince } from '../../src/site/region-parts.ts';
import { provinceQuality, QUALITY_PAGE_SIZE, qualityOverview, qualityParts, qualityRows, ruleQuality, type QualityRow } from '../../src/site/quality.ts';

const { reports } = loadReports('content/reports');
const seeds = reports.map((r) => summarizeReport(r.report, r.findings));

describe('splitting a list by province', () => {
  const item = (code: string, n: number) => ({ code, province: `省${code.slice(0, 2)}`, n });
  it('groups by the first two digits of the region code, provinces by code, order kept within each', () => {
    const items = [item('320200', 1), item('130281', 2), item('320281', 3), item('320000', 4), item('130000', 5)];
    const parts = splitByProvince(items, (t) => provinceOf(t), 'quality/', 10);
    expect(parts.map((p) => [p.code, p.name, p.items.map((i) => i.n)])).toEqual([
      ['130000', '省13', [2, 5]],
      ['320000', '省32', [1, 3, 4]],
    ]);
    expect(parts.map((p) => p.listPath)).toEqual(['quality/130000/', 'quality/320000/']);
  });
  it('paginates each province: first page at the province, page n below it, pages evenly filled', () => {
    const items = Array.from({ length: 7 }, (_, i) => item('510411', i));
    const [p] = splitByProvince(items, provinceOf, 'compare/renda-2024-budget', 3);
    expect(p!.pages.map((pg) => [pg.path, pg.number, pg.count, pg.items.length])).toEqual([
      ['compare/renda-2024-budget/510000/', 1, 3, 3],
      ['compare/renda-2024-budget/510000/2/', 2, 3, 3],
      ['compare/renda-2024-budget/510000/3/', 3, 3, 1],
    ]);
    expect(partLinks([p!])).toEqual([{ code: '510000', name: '省51', listPath: 'compare/renda-2024-budget/510000/', total: 7, pages: 3 }]);
    expect(splitByProvince(items.slice(0, 4).concat(items.slice(0, 2)), provinceOf, 'x/', 5)[0]!.pages.map((pg) => pg.items.length)).toEqual([3, 3]);
  });
  it('property: every item on exactly one page of its own province, no page over the size, as few pages as the size allows', () => {
    const code = fc.constantFrom('110000', '320200', '320281', '440881', '510411', '640502');
    fc.assert(
      fc.property(fc.array(code, { maxLength: 120 }), fc.integer({ min: 1, max: 15 }), (codes, size) => {
        const items = codes.map((c, n) => item(c, n));
        const parts = splitByProvince(items, provinceOf, 'x/', size);
        const pages = parts.flatMap((p) => p.pages.map((pg) => ({ p, pg })));
        expect(pages.flatMap(({ pg }) => pg.items.map((i) => i.n)).sort((a, b) => a - b)).toEqual(items.map((i) => i.n));
        for (const { p, pg } of pages) {
          expect(pg.items.length).toBeLessThanOrEqual(size);
          expect(pg.items.length).toBeGreaterThan(0);
          for (const i of pg.items) expect(provinceOf(i).code).toBe(p.code);
        }
        expect(new Set(pages.map(({ pg }) => pg.path)).size).toBe(pages.length);
        for (const p of parts) expect(p.pages.length).toBe(Math.ceil(p.items.length / size));
      }),
    );
  });
});

/** `n` copies of the seeds, the i-th copy's reports moved into province `provinces[i]`, with their own ids. */
function manySummaries(n: number, provinces: readonly [string, string][]): ReportSummary[] {
  return Array.from({ length: n }, (_, i) => {
    const s = seeds[i % seeds.length]!;
    const [prefix, province] = provinces[i % provinces.length]!;
    const code = `${prefix}${String(i).padStart(4, '0')}`;
    return { ...s, id: `2024/${code}-copy-${i}-budget`, shortName: `${s.shortName}${i}`, regionCode: code, province };
  });
}

describe('comparison of a large group', () => {
  it('says how many reports a ranking leaves out, and why', () => {
    expect(rankingTopNote({ ranked: 12, partial: 0, notPublished: 0 })).toBe('12 份参与排名。');
    expect(rankingTopNote({ ranked: 12, partial: 2, notPublished: 3 })).toBe('12 份参与排名；另有 2 份部分口径、3 份未公开，不排名。');
    expect(rankingTopNote({ ranked: 0, partial: 0, notPublished: 1 })).toBe('0 份参与排名；另有 1 份未公开，不排名。');
  });
  it('keeps a group of up to COMPARE_PAGE_SIZE reports on one page: the five seeds are not split', () => {
    expect(groupPages(seeds).map((p) => p.parts)).toEqual([null]);
    expect(groupPages(manySummaries(COMPARE_PAGE_SIZE, [['32', '江苏省']]))[0]!.parts).toBeNull();
  });
  it('computes the group pages once per list of summaries for the pages that share them', () => {
    const pages = sharedGroupPages(seeds);
    expect(sharedGroupPages(seeds)).toBe(pages);
    expect(pages).toEqual(groupPages(seeds));
    expect(sharedGroupPages([...seeds])).not.toBe(pages);
  });
  it('splits a larger group by province, each in region-code order, in pages of at most COMPARE_PAGE_SIZE', () => {
    const many = manySummaries(3 * COMPARE_PAGE_SIZE, [['32', '江苏省'], ['32', '江苏省'], ['64', '宁夏回族自治区']]);
    const [page] = groupPages(many);
    expect(page!.items).toHaveLength(many.length);
    const parts = page!.parts!;
    expect(partLinks(parts)).toEqual([
      { code: '320000', name: '江苏省', listPath: 'compare/renda-2024-budget/320000/', total: 40, pages: 2 },
      { code: '640000', name: '宁夏回族自治区', listPath: 'compare/renda-2024-budget/640000/', total: 20, pages: 1 },
    ]);
    const codes = parts[0]!.items.map((i) => i.summary.regionCode);
    expect(codes).toEqual([...codes].sort());
    for (const p of parts) for (const pg of p.pages) expect(pg.items.length).toBeLessThanOrEqual(COMPARE_PAGE_SIZE);
    for (const p of parts) for (const i of p.items) expect(i.entry.id).toBe(i.summary.id);
  });
  it('overview: the head of every ranking over the whole group, and how many it leaves out, never ranking 未公开', () => {
    const many = manySummaries(60, [['32', '江苏省'], ['13', '河北省']]);
    const entries = groupPages(many)[0]!.items.map((i) => i.entry);
    const tops = rankingTops(entries);
    expect(tops.map((t) => t.top.id)).toEqual([...RANKINGS]);
    for (const t of tops) {
      expect(t.top.entries.length).toBeLessThanOrEqual(OVERVIEW_TOP);
      expect(t.top.entries.every((e) => e.group === 'ranked')).toBe(true);
      expect(t.ranked + t.partial + t.notPublished).toBe(60);
    }
    const perStaff = tops.find((t) => t.top.id === 'session-per-staff')!;
    // 遵化 and 沙坡头 publish no staff count: 2 of every 5 copies.
    expect(perStaff.notPublished).toBe(24);
    expect(perStaff.top.entries[0]!.name).toMatch(/^无锡市人大常委会办公室/);
  });
  it('overview scope notes count the reports instead of naming them', () => {
    const many = manySummaries(60, [['32', '江苏省']]);
    const notes = scopeNotes(many, (list) => `${list.length} 份报告`);
    expect(notes.join('\n')).toContain('24 份报告只公开了项目表');
    expect(notes.join('\n')).not.toContain('遵化');
    expect(scopeNotes(seeds).join('\n')).toContain('遵化市人大常委会、沙坡头区人大常委会办公室只公开了项目表');
  });
  it('index: one table of category × (year, stage) with counts, naming no report', () => {
    const other = manySummaries(30, [['32', '江苏省'], ['13', '河北省']]).map((s) => ({ ...s, year: 2023, id: s.id.replace('2024', '2023') }));
    const finals = seeds.slice(0, 2).map((s) => ({ ...s, stage: '决算', id: s.id.replace('budget', 'final') }));
    const index = compareIndex(groupPages([...seeds, ...other, ...finals]));
    expect(index.columns).toEqual([
      { year: 2024, stage: '预算' },
      { year: 2024, stage: '决算' },
      { year: 2023, stage: '预算' },
    ]);
    expect(index.rows).toEqual([
      {
        category: '人大',
        cells: [
          { slug: 'renda-2024-budget', title: '2024年人大预算', reports: 5, provinces: null },
          { slug: 'renda-2024-final', title: '2024年人大决算', reports: 2, provinces: null },
          { slug: 'renda-2023-budget', title: '2023年人大预算', reports: 30, provinces: 2 },
        ],
      },
    ]);
  });
});

describe('data-quality pages', () => {
  const rows = qualityRows(reports, allRules);
  it('every finding knows its province; the seeds split into the four provinces with findings (仁和 has none)', () => {
    expect(rows.find((r) => r.report === '2024/320200-wuxi-renda-budget')).toMatchObject({ province: '320000', provinceName: '江苏省' });
    const parts = qualityParts(rows);
    expect(parts.map((p) => p.code)).toEqual(['130000', '320000', '440000', '640000']);
    expect(parts.reduce((n, p) => n + p.items.length, 0)).toBe(rows.length);
    expect(qualityOverview(rows).inline).toBe(rows.length <= QUALITY_PAGE_SIZE);
  });

  /** `n` findings in one province, every third an error, then warnings and notes. */
  const synthetic = (n: number): QualityRow[] => {
    const base = rows[0]!;
    const sev = (i: number) => (i < n / 3 ? 'error' : i < (2 * n) / 3 ? 'warning' : 'info');
    return Array.from({ length: n }, (_, i) => ({ ...base, severity: sev(i), rule: `r${i % 4}`, report: `2024/r${i % 50}` }));
  };
  it('paginates a province, most severe first, and links each severity to the first page that lists it', () => {
    const many = synthetic(3 * QUALITY_PAGE_SIZE);
    const parts = qualityParts(many);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.pages.map((p) => p.items.length)).toEqual([QUALITY_PAGE_SIZE, QUALITY_PAGE_SIZE, QUALITY_PAGE_SIZE]);
    const [p] = provinceQuality(parts);
    expect(p).toMatchObject({ total: 600, pages: 3, reports: 50, counts: { error: 200, warning: 200, info: 200 } });
    expect(p!.severityHref).toEqual({
      error: `/quality/${p!.code}/?severity=error`,
      warning: `/quality/${p!.code}/2/?severity=warning`,
      info: `/quality/${p!.code}/3/?severity=info`,
    });
    const o = qualityOverview(many);
    expect(o.inline).toBe(false);
    expect(o.withError).toBe(new Set(many.filter((r) => r.severity === 'error').map((r) => r.report)).size);
  });
  it('counts findings per rule, most errors first, each rule linked to its explanation', () => {
    const byRule = ruleQuality(rows);
    expect(byRule.reduce((n, r) => n + r.total, 0)).toBe(rows.length);
    const errors = byRule.map((r) => r.counts.error);
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    for (const r of byRule) {
      expect(r.total).toBe(r.counts.error + r.counts.warning + r.counts.info);
      expect(r.href).toMatch(/^\/rules\/#rule-/);
    }
  });
});
