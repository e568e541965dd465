/**
 * Combining the answers of several Pagefind shards (search-shards.ts) into one, as pure functions
 * the search page calls and the unit tests pin. Pagefind's own `mergeIndex` orders merged results
 * by relevance score only, which would break "sort by amount" across shards; here each order is
 * merged as what it is.
 *
 * One more difference from a single index: Pagefind ignores query words its index does not
 * contain, so a shard that lacks a word (a place name that only occurs in another shard's
 * reports) answers "无锡" with every page that has "无". The page drops such results one by one,
 * as it drops every result that lacks a word of the query (query-terms.ts).
 */

/** Filter counts of all shards added up (Pagefind reports `{ filter: { value: count } }` per shard). */
export function sumFilterCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const shard of all) {
    for (const [name, values] of Object.entries(shard)) {
      const target = (out[name] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return out;
}

/**
 * A sorted answer completed with the results that have no sort value. Pagefind leaves a page
 * without the sort key (a report whose total is not published or only partial) out of a sorted
 * search altogether; missing is not zero, and not absent either: such reports follow the sorted
 * ones, in order of relevance (`all`, the same search unsorted).
 */
export function withUnsorted<R extends { id: string }>(sorted: R[], all: R[]): R[] {
  const seen = new Set(sorted.map((r) => r.id));
  return [...sorted, ...all.filter((r) => !seen.has(r.id))];
}

/** Results of all shards by relevance, best first (scores of Pagefind shards are comparable: same ranking, similar pages). */
export function mergeByScore<R extends { score: number }>(lists: R[][]): R[] {
  return lists.flat().sort((a, b) => b.score - a.score);
}

/**
 * The first `take` results of lists that are each already in order of `key` (Pagefind sorted
 * them), merged into that order: `descending` for largest first. Results without a key (total
 * not published) come after all others. `key` may be slow (it loads a result's data), so it is
 * asked for at most `take + lists.length` results.
 */
export async function mergeSorted<R>(lists: R[][], take: number, key: (r: R) => Promise<number | undefined>, descending: boolean): Promise<R[]> {
  const at = lists.map(() => 0);
  const heads = new Map<number, number | undefined>();
  const out: R[] = [];
  while (out.length < take) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      if (at[l]! >= lists[l]!.length) continue;
      if (!heads.has(l)) heads.set(l, await key(lists[l]![at[l]!]!));
      if (best < 0 || before(heads.get(l), heads.get(best), descending)) best = l;
    }
    if (best < 0) break;
    out.push(lists[best]![at[best]!]!);
    at[best]!++;
    heads.delete(best);
  }
  return out;
}

function before(a: number | undefined, b: number | undefined, descending: boolean): boolean {
  if (a === undefined) return false;
  if (b === undefined) return true;
  return descending ? a > b : a < b;
}
