/**
 * Where the search bundle lives: one Pagefind bundle per shard of at most SHARD_SIZE reports,
 * `pagefind/`, then `pagefind-2/`, `pagefind-3/` … below the site root. Shared by the index
 * writer (Node) and the search page (browser), so both agree without a manifest to fetch.
 */

/**
 * Reports per shard. Below this a site has one index, as Pagefind is meant to be used; above it
 * each shard costs the browser one more small bundle (~70 KB: pagefind.js and its WASM) on the
 * first search, and the build stays linear in time and bounded in memory (~1 GB per shard).
 */
export const SHARD_SIZE = 2500;

/** The shard directories (relative to the site root, ending in '/') for `reports` reports; at least one. */
export function searchShardDirs(reports: number): string[] {
  const n = Math.max(1, Math.ceil(reports / SHARD_SIZE));
  return Array.from({ length: n }, (_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`));
}
