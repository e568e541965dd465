/**
 * The search page's state and how results are shown, as pure functions (no DOM, no Pagefind), so
 * they can be unit tested: the URL a search lives at, the options Pagefind is asked with, and the
 * display form of a result with its sub-results (projects, indicator rows) first.
 */
import { containsTerms, queryTerms } from './query-terms.ts';

/** Filter names as readers see them in the search page. */
export const FILTERS = {
  province: '省份',
  place: '市县',
  year: '年度',
  stage: '阶段',
  category: '单位类别',
  kind: '项目类别',
} as const;

/** Filter names in the order the search page lists them. */
export const FILTER_ORDER: readonly string[] = Object.values(FILTERS);

/** `filters` (as Pagefind reports them) in FILTER_ORDER, unknown names last. */
export function orderedFilters<T>(filters: Record<string, T>): [string, T][] {
  const rank = (n: string) => (FILTER_ORDER.includes(n) ? FILTER_ORDER.indexOf(n) : FILTER_ORDER.length);
  return Object.entries(filters).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'zh'));
}

export type SortOrder = 'relevance' | 'amount-desc' | 'amount-asc';

export interface SearchState {
  q: string;
  /** Selected filter values by filter name, e.g. { 省份: ['江苏省'] }. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

const SORTS: readonly SortOrder[] = ['relevance', 'amount-desc', 'amount-asc'];
export const SORT_LABELS: Record<SortOrder, string> = { relevance: '按相关度', 'amount-desc': '按总额从高到低', 'amount-asc': '按总额从低到高' };

/** Read the state from a query string: ?q=培训&f=省份:江苏省&f=年度:2024&sort=amount-desc */
export function readState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: Record<string, string[]> = {};
  for (const f of params.getAll('f')) {
    const i = f.indexOf(':');
    if (i <= 0 || i === f.length - 1) continue;
    const name = f.slice(0, i);
    const value = f.slice(i + 1);
    const list = (filters[name] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  const sort = params.get('sort') as SortOrder | null;
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
}

/** The query string for a state (stable order, so the same search has the same URL). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of Object.keys(state.filters).sort()) for (const v of [...state.filters[name]!].sort()) params.append('f', `${name}:${v}`);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when there is something to search for: words or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || Object.values(state.filters).some((v) => v.length > 0);
}

/** Options for `pagefind.search(term, options)`: values of one filter are OR-ed, filters AND-ed. */
export function pagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length) filters[name] = { any: values };
  const sort = state.sort === 'amount-desc' ? { amount: 'desc' as const } : state.sort === 'amount-asc' ? { amount: 'asc' as const } : undefined;
  return sort ? { filters, sort } : { filters };
}

/** The part of Pagefind's result data the page uses. */
export interface ResultData {
  url: string;
  /** The indexed text of the page (its search document). */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

export interface ResultView {
  title: string;
  url: string;
  /** Unit, region, year and stage, amount. */
  facts: string[];
  excerpt: string;
  /** Projects and indicator rows the hit is in, most specific first. */
  places: { title: string; url: string; excerpt: string; kind: 'project' | 'indicator' | 'section' }[];
}

const MAX_PLACES = 5;

function placeKind(title: string): ResultView['places'][number]['kind'] {
  return title.startsWith('指标：') ? 'indicator' : title.startsWith('项目：') || title.startsWith('重点工作任务：') ? 'project' : 'section';
}

const KIND_ORDER = { project: 0, indicator: 1, section: 2 } as const;

/**
 * A result as the page shows it, for the words `q`. Sub-results that are the page itself are
 * dropped, and so are those whose title and excerpt lack a term of the query (query-terms.ts). The places whose title holds the words come first (the project or indicator named
 * by the query), then projects before indicator rows before generic sections, then the places
 * with more hits; Pagefind lists them in page order, which says nothing of relevance.
 */
export function resultView(data: ResultData, q = ''): ResultView {
  const words = queryTerms(q);
  const named = (title: string) => (words.length > 0 && containsTerms(title, words) ? 0 : 1);
  const places = (data.sub_results ?? [])
    .filter((s) => s.url !== data.url && s.url.includes('#'))
    // Pagefind lists a place for any word it matched; a place is a hit only with every term.
    .filter((s) => words.length === 0 || containsTerms(`${s.title}\n${s.excerpt.replace(/<\/?mark>/g, '')}`, words))
    .map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt, kind: placeKind(s.title), hits: s.locations?.length ?? 0 }))
    .sort((a, b) => named(a.title) - named(b.title) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.hits - a.hits)
    .slice(0, MAX_PLACES)
    .map(({ hits: _hits, ...p }) => p);
  const m = data.meta;
  return {
    title: m['title'] ?? m['unit'] ?? data.url,
    url: data.url,
    facts: [m['region'], m['year'], m['amount']].filter((x): x is string => !!x),
    excerpt: data.excerpt,
    places,
  };
}

/**
 * Pagefind excerpts are escaped text with <mark> around matches. Keep exactly that: any other tag
 * is escaped, so document text can never become markup.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
}

/**
 * The status line read out to screen readers after each search. With no result it names the
 * terms every result had to contain (query-terms.ts), so a reader sees how the query was read;
 * `unchecked` candidates (beyond query-terms.ts's CHECK_LIMIT) are said, not counted.
 */
export function statusText(state: SearchState, count: number, unchecked = 0): string {
  const terms = queryTerms(state.q);
  const quoted = terms.map((t) => `“${t}”`).join('');
  const more = unchecked > 0 ? `另有 ${unchecked} 份可能相关的材料未逐一核对，请加筛选条件或换更具体的词。` : '';
  if (count === 0 && terms.length > 0) return `没有找到${terms.length > 1 ? '同时' : ''}包含${quoted}的公开材料。${more}`;
  const what = state.q ? `“${state.q}”` : '所选条件';
  return count === 0 ? `没有找到与${what}相关的公开材料。` : `找到 ${count} 份与${what}相关的公开材料。${more}`;
}
