/**
 * Picking reports for the reader's own comparison on pages by province (src/site/custom-pick.ts):
 * bounded pages, and the choice carried from page to page in the query.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport } from '../../src/compare/report-summary.ts';
import { decodeCompareQuery } from '../../src/compare/comparison.ts';
import { PICK_PAGE_SIZE, pickByYear, pickInline, pickParts, pickSelection, withChoice, type PickItem } from '../../src/site/custom-pick.ts';
import { customCompareHref } from '../../src/site/open-paths.ts';
import { listHref } from '../../src/site/report-lists.ts';

const { reports } = loadReports('content/reports');
const seeds: PickItem[] = reports.map((r) => summarizeReport(r.report, r.findings));
const ids = seeds.map((s) => s.id);

/** `n` reports spread over the given provinces and two years. */
function many(n: number, provinces: readonly [string, string][]): PickItem[] {
  return Array.from({ length: n }, (_, i) => {
    const [prefix, province] = provinces[i % provinces.length]!;
    const code = `${prefix}${String(i % 9999).padStart(4, '0')}`;
    return { id: `${2023 + (i % 2)}/${code}-u${i}-budget`, unitName: `单位${i}`, year: 2023 + (i % 2), category: '人大', stage: '预算', regionCode: code, province };
  });
}

describe('pick pages by province', () => {
  it('lists the five seeds on /compare/custom/ itself, and each province on its own page', () => {
    expect(pickInline(seeds.length)).toBe(true);
    const parts = pickParts(seeds);
    expect(parts.map((p) => [p.listPath, p.name, p.items.length, p.pages.length])).toEqual([
      ['compare/custom/130000/', '河北省', 1, 1],
      ['compare/custom/320000/', '江苏省', 1, 1],
      ['compare/custom/440000/', '广东省', 1, 1],
      ['compare/custom/510000/', '四川省', 1, 1],
      ['compare/custom/640000/', '宁夏回族自治区', 1, 1],
    ]);
    expect(listHref(parts[1]!.listPath, 1, '/budget/')).toBe('/budget/compare/custom/320000/');
  });
  it('stops listing every report on /compare/custom/ past PICK_PAGE_SIZE', () => {
    expect(pickInline(PICK_PAGE_SIZE)).toBe(true);
    expect(pickInline(PICK_PAGE_SIZE + 1)).toBe(false);
  });
  it('property: every report on exactly one page of its province, no page over PICK_PAGE_SIZE, newest year first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 * PICK_PAGE_SIZE }), (n) => {
        const items = many(n, [['32', '江苏省'], ['32', '江苏省'], ['32', '江苏省'], ['64', '宁夏回族自治区']]);
        const pages = pickParts(items).flatMap((p) => p.pages.map((pg) => ({ p, pg })));
        expect(pages.flatMap(({ pg }) => pg.items.map((i) => i.id)).sort()).toEqual(items.map((i) => i.id).sort());
        for (const { p, pg } of pages) {
          expect(pg.items.length).toBeLessThanOrEqual(PICK_PAGE_SIZE);
          for (const i of pg.items) expect(i.regionCode.slice(0, 2)).toBe(p.code.slice(0, 2));
        }
        for (const p of pickParts(items)) expect(p.items.map((i) => i.year)).toEqual(p.items.map((i) => i.year).sort((a, b) => b - a));
      }),
      { numRuns: 20 },
    );
  });
  it('groups a page by year, newest first', () => {
    expect(pickByYear(many(5, [['32', '江苏省']])).map((y) => [y.year, y.items.map((i) => i.unitName)])).toEqual([
      [2024, ['单位1', '单位3']],
      [2023, ['单位0', '单位2', '单位4']],
    ]);
  });
});

describe('the choice carried between pick pages', () => {
  it('checks the chosen reports a page lists and keeps the others hidden, in the URL order', () => {
    expect(pickSelection(`?r=${ids[3]},${ids[0]},${ids[1]}`, [ids[0]!, ids[2]!])).toEqual({ checked: [ids[0]], hidden: [ids[3], ids[1]] });
    expect(pickSelection(`?r=${ids[0]}&r=${ids[1]}&r=${ids[0]}`, [])).toEqual({ checked: [], hidden: [ids[0], ids[1]] });
    expect(pickSelection('', ids)).toEqual({ checked: [], hidden: [] });
    // malformed ids are not carried on
    expect(pickSelection('?r=../etc/passwd,<b>', ids)).toEqual({ checked: [], hidden: [] });
  });
  it('puts the choice on a link, replacing any the link had; no query when nothing is chosen', () => {
    const to = listHref('compare/custom/320000/', 2, '/budget/');
    expect(withChoice(to, [ids[0]!, ids[1]!])).toBe(`/budget/compare/custom/320000/2/?r=${ids[0]},${ids[1]}`);
    expect(withChoice(`${to}?r=${ids[2]}`, [ids[1]!])).toBe(`${to}?r=${ids[1]}`);
    expect(withChoice(`${to}?r=${ids[2]}`, [])).toBe(to);
    // back on /compare/custom/, the carried choice is the comparison's own URL
    expect(withChoice(customCompareHref([], '/budget/'), ids)).toBe(customCompareHref(ids, '/budget/'));
  });
  it('property: a carried choice reads back the same', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids, '2025/中文-单位', '2024/a.b_c-d'), { maxLength: 7 }), (pick) => {
        expect(decodeCompareQuery(withChoice('/compare/custom/510000/', pick).replace(/^[^?]*/, '')).ids).toEqual(pick);
      }),
    );
  });
});
