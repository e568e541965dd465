/**
 * The filter of the data-quality page: which findings to show, kept in the URL query
 * (`?rule=sum.expenditure&severity=error`), so a filtered view can be linked. Browser-safe.
 */

/** Filter keys, in the order of the page's select boxes; each matches a `data-<key>` attribute of a row. */
export const FILTER_KEYS = ['rule', 'severity', 'region', 'unit', 'report'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type QualityFilter = Partial<Record<FilterKey, string>>;

/** Read a filter from a query string (`location.search`); unknown keys and empty values are ignored. */
export function parseFilter(search: string | URLSearchParams): QualityFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search.replace(/^[^?]*\?/, '')) : search;
  const out: QualityFilter = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) out[k] = v;
  }
  return out;
}

/** The query for a filter, keys in FILTER_KEYS order: `?rule=…&unit=…`, or '' for no filter. */
export function filterSearch(f: QualityFilter): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) params.set(k, f[k]!);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** Does a row (its data-* values) pass every set key of the filter? */
export function matchesFilter(row: Partial<Record<FilterKey, string>>, f: QualityFilter): boolean {
  return FILTER_KEYS.every((k) => !f[k] || row[k] === f[k]);
}

/**
 * Keep only values a select box offers: a shared link with a value no finding has (a rule since
 * renamed) shows everything for that key rather than nothing, and says so.
 */
export function validFilter(f: QualityFilter, options: Partial<Record<FilterKey, readonly string[]>>): { filter: QualityFilter; dropped: FilterKey[] } {
  const filter: QualityFilter = {};
  const dropped: FilterKey[] = [];
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v === undefined) continue;
    if (options[k]?.includes(v)) filter[k] = v;
    else dropped.push(k);
  }
  return { filter, dropped };
}

/** "显示 3 / 12 条" */
export function countText(shown: number, total: number): string {
  return shown === total ? `共 ${total} 条` : `显示 ${shown} / ${total} 条`;
}
