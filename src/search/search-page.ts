/**
 * The search page in the browser. Pagefind's bundle (and its index) is fetched only when a person
 * starts to search: on typing, on submitting, or when the page opens with a query in its URL.
 * Results link to the report and straight to the projects and indicator rows that matched.
 */
import {
  isActive,
  orderedFilters,
  pagefindOptions,
  readState,
  resultView,
  safeExcerpt,
  statusText,
  writeState,
  type ResultData,
  type SearchState,
  type SortOrder,
} from './search-state.ts';
import { mergeByScore, mergeSorted, sumFilterCounts, withUnsorted } from './shard-merge.ts';
import { keepMatching, queryTerms } from './query-terms.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(term: string | null, options: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
  search(term: string | null, options: object): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

/** A new element with DOM properties (textContent-safe: children are appended as nodes or text). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
  e.append(...children);
  return e;
}

/**
 * Wire up the search page below `root`. `base` is the site's base path ("/" or "/budget/");
 * `shards` the directories of the search bundle's shards below it (search-shards.ts).
 */
export function initSearchPage(root: HTMLElement, base: string, shards: string[]): void {
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const filterBox = root.querySelector<HTMLElement>('.search-filters')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLElement>('.search-more')!;
  root.querySelector('.search-nojs')?.remove();

  let state: SearchState = readState(location.search);
  input.value = state.q;
  sortSelect.value = state.sort;
  let loading: Promise<Pagefind[]> | undefined;
  let run = 0;

  const load = () =>
    (loading ??= (async () => {
      status.textContent = '正在载入搜索索引…';
      const all = await Promise.all(
        shards.map(async (dir) => {
          const pf = (await import(/* @vite-ignore */ `${base}${dir}pagefind.js`)) as Pagefind;
          await pf.options({ baseUrl: base, excerptLength: 40 });
          await pf.init();
          return pf;
        }),
      );
      renderFilters(sumFilterCounts(await Promise.all(all.map((pf) => pf.filters()))));
      return all;
    })());

  function renderFilters(all: Record<string, Record<string, number>>) {
    filterBox.replaceChildren(el('h2', { className: 'visually-hidden' }, '筛选'));
    for (const [name, values] of orderedFilters(all)) {
      const fs = el('fieldset', {}, el('legend', {}, name));
      for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
        const box = el('input', { type: 'checkbox', name: 'f', value: `${name}:${value}`, checked: state.filters[name]?.includes(value) ?? false });
        fs.append(el('label', {}, box, value, el('span', { className: 'count' }, `（${count}）`)));
      }
      filterBox.append(fs);
    }
    filterBox.hidden = false;
  }

  function renderResults(views: ReturnType<typeof resultView>[], total: number) {
    list.replaceChildren(
      ...views.map((v) => {
        const places = v.places.map((p) => {
          const excerpt = el('div', { className: 'excerpt' });
          excerpt.innerHTML = safeExcerpt(p.excerpt);
          return el('li', { className: `place place-${p.kind}` }, el('a', { href: p.url }, p.title), excerpt);
        });
        const excerpt = el('p', { className: 'excerpt' });
        excerpt.innerHTML = safeExcerpt(v.excerpt);
        return el(
          'li',
          {},
          el('a', { href: v.url, className: 'result-title' }, v.title),
          el('p', { className: 'result-facts' }, v.facts.join(' · ')),
          places.length ? el('ul', { className: 'places', ariaLabel: '命中的项目、指标和栏目' }, ...places) : excerpt,
        );
      }),
    );
    more.textContent = total > views.length ? `只显示前 ${views.length} 份；请加筛选条件或换更具体的词。` : '';
  }

  async function search() {
    const mine = ++run;
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    if (!isActive(state)) {
      status.textContent = '请输入要找的单位、地区、项目或指标。';
      list.replaceChildren();
      more.textContent = '';
      return;
    }
    let indexes: Pagefind[];
    try {
      indexes = await load();
    } catch {
      loading = undefined; // let a later search try again
      status.textContent = '无法载入搜索索引。索引由 npm run build 生成；用 npm run dev 预览时没有索引。';
      return;
    }
    const options = pagefindOptions(state);
    const answers = await Promise.all(indexes.map((pf) => pf.debouncedSearch(state.q || null, options, 200)));
    if (answers.some((a) => !a) || mine !== run) return; // a newer search replaced this one
    // A result's data is one fetch; the check for the query's words and the sorted merge read it, then the list.
    const data = new Map<PagefindResult, Promise<ResultData>>();
    const dataOf = (r: PagefindResult) => {
      let d = data.get(r);
      if (!d) data.set(r, (d = r.data()));
      return d;
    };
    let lists = answers.map((a) => a!.results);
    if (state.sort !== 'relevance') {
      const unsorted = await Promise.all(indexes.map((pf) => pf.search(state.q || null, pagefindOptions({ ...state, sort: 'relevance' }))));
      if (mine !== run) return;
      lists = lists.map((l, i) => withUnsorted(l, unsorted[i]!.results));
    }
    // Pagefind also answers with pages that have only some of the words: keep those with all.
    const checked = await keepMatching(lists, queryTerms(state.q), dataOf);
    if (mine !== run) return;
    lists = checked.lists;
    const total = lists.reduce((n, l) => n + l.length, 0);
    const amountOf = async (r: PagefindResult) => {
      const v = (await dataOf(r)).meta['sort_amount'];
      return v === undefined ? undefined : Number(v);
    };
    const top =
      state.sort === 'relevance'
        ? mergeByScore(lists).slice(0, MAX_RESULTS)
        : await mergeSorted(lists, MAX_RESULTS, amountOf, state.sort === 'amount-desc');
    const views = (await Promise.all(top.map(dataOf))).map((d) => resultView(d, state.q));
    if (mine !== run) return;
    status.textContent = statusText(state, total, checked.unchecked);
    renderResults(views, total);
  }

  input.addEventListener('input', () => {
    state = { ...state, q: input.value.trim() };
    void search();
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value as SortOrder };
    void search();
  });
  filterBox.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const [name, ...rest] = box.value.split(':');
    const value = rest.join(':');
    const current = state.filters[name!] ?? [];
    state = { ...state, filters: { ...state.filters, [name!]: box.checked ? [...current, value] : current.filter((v) => v !== value) } };
    void search();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = { ...state, q: input.value.trim() };
    void search();
  });
  if (isActive(state)) void search();
}
