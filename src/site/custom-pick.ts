/**
 * Picking reports for the reader's own comparison without a page that lists every report: the
 * reports split by province and paginated (`compare/custom/320000/`, `…/320000/2/`), the choice
 * carried from page to page in the query (`?r=<id>,<id>`), so reports picked in one province stay
 * chosen while the reader picks in another. While the site is small, /compare/custom/ lists them
 * all itself as well. Browser-safe.
 */
import { compareQuery, decodeCompareQuery } from '../compare/comparison.ts';
import type { ReportSummary } from '../compare/report-summary.ts';
import { provinceOf, splitByProvince, type ProvincePart } from './region-parts.ts';

/**
 * Reports a pick page lists (about 270 bytes of HTML each, so about 55 KB); up to this many the
 * whole site's reports are listed on /compare/custom/ too.
 */
export const PICK_PAGE_SIZE = 200;

/** What a pick list shows of a report. */
export type PickItem = Pick<ReportSummary, 'id' | 'unitName' | 'year' | 'category' | 'stage' | 'regionCode' | 'province'>;

/** Newest year first, then by region code, so a page lists neighbouring places together. */
const byYearThenPlace = (a: PickItem, b: PickItem) => b.year - a.year || a.regionCode.localeCompare(b.regionCode) || a.id.localeCompare(b.id);

/** Every report by province, in pages of at most `size`: `compare/custom/<code>/[n/]`. */
export function pickParts(items: readonly PickItem[], size: number = PICK_PAGE_SIZE): ProvincePart<PickItem>[] {
  return splitByProvince([...items].sort(byYearThenPlace), (i) => provinceOf({ code: i.regionCode, province: i.province }), 'compare/custom/', size);
}

/** Whether /compare/custom/ lists every report itself. */
export function pickInline(count: number, size: number = PICK_PAGE_SIZE): boolean {
  return count <= size;
}

/** A pick list's reports by year, newest first, each year in the list's order. */
export function pickByYear(items: readonly PickItem[]): { year: number; items: PickItem[] }[] {
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, items: items.filter((i) => i.year === year) }));
}

/**
 * The reports chosen in `search` (`?r=…`, however written) as a page listing `onPage` keeps them:
 * those it lists are checked, the others go in hidden inputs so that submitting keeps them.
 */
export function pickSelection(search: string, onPage: Iterable<string>): { checked: string[]; hidden: string[] } {
  const ids = decodeCompareQuery(search).ids;
  const here = new Set(onPage);
  return { checked: ids.filter((id) => here.has(id)), hidden: ids.filter((id) => !here.has(id)) };
}

/** `href` (any query dropped) carrying the choice `ids`, so the next page keeps it. */
export function withChoice(href: string, ids: readonly string[]): string {
  const path = href.replace(/[?#].*$/, '');
  return ids.length > 0 ? path + compareQuery(ids) : path;
}

/** Make every link inside `[data-carry-choice]` under `root` carry the choice `ids`. */
export function carryChoice(root: ParentNode, ids: readonly string[]): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-carry-choice] a[href]')) a.setAttribute('href', withChoice(a.getAttribute('href')!, ids));
}
