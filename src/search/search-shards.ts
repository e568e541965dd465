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

/**
 * Reports per shard for this build: SHARD_SIZE, or MINGZHANG_SEARCH_SHARD_SIZE (the browser tests
 * use a small one so that the five seeds are searched across several shards).
 */
export function shardSize(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env['MINGZHANG_SEARCH_SHARD_SIZE']);
  return Number.isInteger(n) && n > 0 ? n : SHARD_SIZE;
}

/** The shard directories (relative to the site root, ending in '/') for `reports` reports; at least one. */
export function searchShardDirs(reports: number, size: number = shardSize()): string[] {
  const n = Math.max(1, Math.ceil(reports / size));
  return Array.from({ length: n }, (_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`));
}
