import { describe, expect, it } from 'vitest';
import { paginate, pagePath, routeParam } from '../../src/site/paginate.ts';
import { categoryListPath, reportListPages, yearListPath } from '../../src/site/report-lists.ts';
import type { Report } from '../../src/model/report.ts';

describe('paginate', () => {
  it('splits into pages of the given size, numbered from 1, with the page count on each', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
  it('gives one empty page for no items and rejects a page size below 1', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow();
  });
  it('puts page 1 at the list path and page n below it', () => {
    expect(pagePath('lists/year-2024/', 1)).toBe('lists/year-2024/');
    expect(pagePath('lists/year-2024', 3)).toBe('lists/year-2024/3/');
  });
  it('gives the route parameter of a page below its route, and refuses a page elsewhere', () => {
    expect(routeParam('quality/320000/2/', 'quality/')).toBe('320000/2');
    expect(routeParam('lists/year-2024/', 'lists/')).toBe('year-2024');
    expect(() => routeParam('compare/x/', 'quality/')).toThrow();
  });
});

describe('report lists', () => {
  const item = (year: number, category: string) => ({ report: { year, unit: { category } } as unknown as Report, findings: [] });
  const reports = [...Array.from({ length: 5 }, () => item(2024, '人大')), ...Array.from({ length: 2 }, () => item(2023, '财政局'))];
  it('lists every report once per year and once per category, paginated', () => {
    const pages = reportListPages(reports, 2);
    const byList = new Map<string, number>();
    for (const p of pages) byList.set(p.listPath, (byList.get(p.listPath) ?? 0) + p.items.length);
    expect(byList.get(yearListPath(2024))).toBe(5);
    expect(byList.get(yearListPath(2023))).toBe(2);
    expect(byList.get(categoryListPath('人大'))).toBe(5);
    expect(pages.filter((p) => p.listPath === yearListPath(2024)).map((p) => p.path)).toEqual(['lists/year-2024/', 'lists/year-2024/2/', 'lists/year-2024/3/']);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });
});
