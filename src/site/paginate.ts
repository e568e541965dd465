/**
 * Long lists split into pages, so listing pages stay small however many reports there are:
 * page 1 at `<base>`, page n at `<base><n>/`.
 */

/** Reports per listing page. */
export const PAGE_SIZE = 100;

/** How many reports a summary section (home, region page) lists before linking to the full list instead. */
export const INLINE_LIMIT = 20;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** Number of pages (at least 1). */
  count: number;
  items: T[];
}

/** `items` in pages of `size` (one empty page when there are none). */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  if (!(size >= 1)) throw new Error(`page size must be at least 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** Path of page `n` below a list's path (`lists/year-2024/` → `lists/year-2024/2/`). */
export function pagePath(listPath: string, n: number): string {
  const base = listPath.endsWith('/') ? listPath : `${listPath}/`;
  return n <= 1 ? base : `${base}${n}/`;
}

/**
 * The rest parameter of a page's route below the route's own path, without the trailing slash
 * (`quality/320000/2/` below `quality/` → `320000/2`).
 */
export function routeParam(path: string, below: string): string {
  if (!path.startsWith(below)) throw new Error(`${path} is not below ${below}`);
  return path.slice(below.length).replace(/\/$/, '');
}
