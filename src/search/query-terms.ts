/**
 * What a result must contain to be shown for a query. Pagefind answers with pages that match only
 * part of a query: it ignores the query words its index does not hold (its index is segmented by
 * another segmenter than the browser's Intl.Segmenter, Pagefind #1237), and when no page has all
 * the words it loosens the query rather than answer nothing (量子纠缠超导体 came back as two pages
 * with 量). The search page therefore keeps only the results whose text holds every term.
 *
 * The terms are the query's words as the browser segments it (Intl.Segmenter, as Pagefind does),
 * each required on its own, not the query as one phrase: documents write the same thing as
 * 三公经费, “三公”经费 or 三公 经费 in a table, and a reader who types 人大培训 means the 培训 of
 * a 人大 wherever the two words stand. A character the segmenter leaves on its own belongs to the
 * word it is written against: a suffix to the word before it (无锡市, 满意度, 培训费), a run of
 * them to each other (沙坡头区, 人代会: names the dictionary lacks) and to the word after a
 * leading run. Required separately, such characters would hold on almost every page.
 */
import type { ResultData } from './search-state.ts';

/** Text compared case-insensitively and with full-width Latin and digits as their ASCII forms. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The terms every result must contain, in query order, without repeats. */
export function queryTerms(q: string, locale = 'zh-CN'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const terms: { text: string; end: number; hasWord: boolean }[] = [];
  for (const s of segmenter.segment(fold(q))) {
    if (!s.isWordLike) continue;
    const single = [...s.segment].length === 1;
    const last = terms.at(-1);
    // Joined only when written against it (no space or punctuation between).
    if (last && last.end === s.index && (single || !last.hasWord)) {
      last.text += s.segment;
      last.hasWord ||= !single;
    } else terms.push({ text: s.segment, end: 0, hasWord: !single });
    terms.at(-1)!.end = s.index + s.segment.length;
  }
  return [...new Set(terms.map((t) => t.text))];
}

/** True when `text` contains every one of `terms` (from queryTerms). */
export function containsTerms(text: string, terms: string[]): boolean {
  const folded = fold(text);
  return terms.every((t) => folded.includes(t));
}

/** True when the result's title or indexed text contains every one of `terms`. */
export function hasAllTerms(data: Pick<ResultData, 'content' | 'meta'>, terms: string[]): boolean {
  return containsTerms(`${data.meta['title'] ?? ''}\n${data.content}`, terms);
}

/** At most this many of Pagefind's candidates are loaded to check them: each is one fetch (2–8 KB). */
export const CHECK_LIMIT = 300;

/**
 * Each shard's results (`lists`, in their order) reduced to those whose data holds every term.
 * Loading a result's data is one fetch, so at most `limit` candidates are checked, shared among
 * the shards that answered; `unchecked` counts the candidates left over, which the page says
 * rather than count them as found or as not found.
 */
export async function keepMatching<R>(
  lists: R[][],
  terms: string[],
  dataOf: (r: R) => Promise<Pick<ResultData, 'content' | 'meta'>>,
  limit = CHECK_LIMIT,
): Promise<{ lists: R[][]; unchecked: number }> {
  if (terms.length === 0) return { lists, unchecked: 0 };
  const answering = lists.filter((l) => l.length > 0).length;
  const share = Math.max(1, Math.floor(limit / Math.max(1, answering)));
  const kept = await Promise.all(
    lists.map(async (l) => {
      const head = l.slice(0, share);
      const ok = await Promise.all(head.map(async (r) => hasAllTerms(await dataOf(r), terms)));
      return { list: head.filter((_, i) => ok[i]), unchecked: l.length - head.length };
    }),
  );
  return { lists: kept.map((k) => k.list), unchecked: kept.reduce((n, k) => n + k.unchecked, 0) };
}
