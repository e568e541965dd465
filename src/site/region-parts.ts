/**
 * A list too long for one page, split by province and each province paginated
 * (`quality/320000/`, `quality/320000/2/` …), so that no page grows with the number of reports:
 * a reader goes to their own province first, and a province of thousands of units still gets
 * pages of bounded size. The list's own page becomes an index of the parts with their counts.
 */
import { paginate, pagePath, type Page } from './paginate.ts';

export interface Province {
  /** GB/T 2260 code of the province: `320000`. */
  code: string;
  name: string;
}

/** The province of a region code: its first two digits (a report's code may be a city's or county's). */
export function provinceOf(region: { code: string; province: string }): Province {
  return { code: `${region.code.slice(0, 2)}0000`, name: region.province };
}

/** One province's share of the list, in pages. */
export interface ProvincePart<T> extends Province {
  /** Path of its first page below the base: `<listPath><code>/`. */
  listPath: string;
  /** Everything of the province, in the list's order. */
  items: T[];
  pages: (Page<T> & { path: string })[];
}

/**
 * Split `items` by province (by code), keeping their order within each province, and cut each
 * province into pages of at most `size`. `listPath` is the path of the whole list (`quality/`).
 */
export function splitByProvince<T>(items: readonly T[], provinceOfItem: (t: T) => Province, listPath: string, size: number): ProvincePart<T>[] {
  const base = pagePath(listPath, 1);
  const byCode = new Map<string, { province: Province; items: T[] }>();
  for (const t of items) {
    const p = provinceOfItem(t);
    const got = byCode.get(p.code);
    if (got) got.items.push(t);
    else byCode.set(p.code, { province: p, items: [t] });
  }
  return [...byCode.values()]
    .sort((a, b) => a.province.code.localeCompare(b.province.code))
    .map(({ province, items: list }) => {
      const partPath = `${base}${province.code}/`;
      // As few pages as `size` allows, evenly filled: 22 reports make pages of 11 and 11, not 20 and 2.
      const even = Math.ceil(list.length / Math.ceil(list.length / size));
      return { ...province, listPath: partPath, items: list, pages: paginate(list, even).map((p) => ({ ...p, path: pagePath(partPath, p.number) })) };
    });
}

/** What an index of the parts shows per province: name, count, pages, where it starts. */
export interface PartLink {
  code: string;
  name: string;
  listPath: string;
  total: number;
  pages: number;
}

export function partLinks(parts: readonly ProvincePart<unknown>[]): PartLink[] {
  return parts.map((p) => ({ code: p.code, name: p.name, listPath: p.listPath, total: p.items.length, pages: p.pages.length }));
}
