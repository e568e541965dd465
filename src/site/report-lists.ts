/**
 * Full lists of reports by year and by unit category, one page per PAGE_SIZE reports
 * (/lists/year-2024/, /lists/year-2024/2/, /lists/category-renda/ …). The home page shows the
 * first few of each and links here, so it stays the same size however many reports there are.
 */
import type { Report } from '../model/report.ts';
import type { Finding } from '../checks/finding.ts';
import { categorySlug } from './compare-groups.ts';
import { paginate, pagePath, PAGE_SIZE, type Page } from './paginate.ts';
import { byCategory, byYear } from './site-totals.ts';
import { href } from './paths.ts';

export interface ReportListPage<T> extends Page<T> {
  /** Path below the base, e.g. `lists/year-2024/2/`. */
  path: string;
  /** Path of the list's first page. */
  listPath: string;
  title: string;
  /** Reports in the whole list. */
  total: number;
}

export function yearListPath(year: number | string): string {
  return `lists/year-${year}/`;
}

export function categoryListPath(category: string): string {
  return `lists/category-${categorySlug(category)}/`;
}

export function listHref(listPath: string, page = 1, base?: string): string {
  return href(pagePath(listPath, page), base);
}

/** Every page of every list. */
export function reportListPages<T extends { report: Report; findings: readonly Finding[] }>(reports: readonly T[], size: number = PAGE_SIZE): ReportListPage<T>[] {
  const lists = [
    ...byYear(reports).map((g) => ({ listPath: yearListPath(g.key), title: `${g.label}的公开材料`, items: g.items })),
    ...byCategory(reports).map((g) => ({ listPath: categoryListPath(g.key), title: `${g.label}的公开材料`, items: g.items })),
  ];
  return lists.flatMap((l) =>
    paginate(l.items, size).map((p) => ({ ...p, path: pagePath(l.listPath, p.number), listPath: l.listPath, title: l.title, total: l.items.length })),
  );
}
