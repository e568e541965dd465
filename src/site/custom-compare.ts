/**
 * The reader's own comparison (/compare/custom/?r=<id>,<id>): fetch the chosen reports' figures,
 * decode the query (an id whose figures are not found is an unknown report), and render the same
 * tables as a group page, or say in Chinese what is wrong. The page lists no report ids, so it
 * stays small however many reports the site has. Runs in the browser; no Node imports.
 */
import { COMPARE_MAX, COMPARE_MIN, COMPARE_PARAM, compareUrl, decodeCompareQuery } from '../compare/comparison.ts';
import { compareView, rankingHtml, sectionTableHtml, type CompareEntry } from './compare-view.ts';
import { esc } from './html-escape.ts';
import { compareEntryHref, customCompareHref } from './open-paths.ts';
import { basePath, reportHref } from './paths.ts';

export interface CustomComparison {
  /** No `r` in the query: the reader has not chosen yet (show the form, no error). */
  empty: boolean;
  ok: boolean;
  ids: string[];
  errors: string[];
  /** The canonical URL of this comparison (compareUrl), when ok. */
  url: string | null;
  html: string;
  /** The reports named in the query, each with a link to the comparison without it ('' if none). */
  chosenHtml: string;
}

/** The chosen reports, by name when their figures are at hand, each with a link that removes it. */
function chosenHtml(ids: readonly string[], byId: ReadonlyMap<string, CompareEntry>, base?: string): string {
  if (ids.length === 0) return '';
  const items = ids.map((id) => {
    const e = byId.get(id);
    const name = e ? e.unitName : id;
    const what = e ? `<a href="${esc(reportHref(id, base))}">${esc(name)}</a> <span class="muted">${e.year} 年 · ${esc(e.category)} · ${esc(e.stage)}</span>` : `<code>${esc(id)}</code>`;
    const rest = customCompareHref(ids.filter((x) => x !== id), base);
    return `<li>${what} <a class="remove" href="${esc(rest)}" aria-label="${esc(`从比较中去掉${name}`)}">去掉</a></li>`;
  });
  return `<h2 id="chosen-title">已选的报告（${ids.length} 份）</h2><ul class="chosen-list">${items.join('')}</ul>`;
}

/**
 * Decode `search` (location.search) against the report ids `known` (default: those of `entries`)
 * and render the comparison of the chosen reports (`entries` must hold at least those) or the errors.
 */
export function customComparison(search: string, entries: readonly CompareEntry[], base?: string, known: Iterable<string> = entries.map((e) => e.id)): CustomComparison {
  const params = new URLSearchParams(search.replace(/^[^?]*\?/, ''));
  if (params.getAll(COMPARE_PARAM).every((v) => v.trim() === '')) {
    return { empty: true, ok: false, ids: [], errors: [], url: null, html: `<p>请在上面勾选至少 ${COMPARE_MIN} 份报告，然后点“比较所选报告”。</p>`, chosenHtml: '' };
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const chosen = chosenHtml(decodeCompareQuery(params).ids, byId, base);
  const decoded = decodeCompareQuery(params, known);
  const failed = (errors: string[], heading = ''): CustomComparison => ({
    empty: false,
    ok: false,
    ids: decoded.ids,
    errors,
    url: null,
    html: `<div class="errors" role="alert">${heading}<ul>${errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>`,
    chosenHtml: chosen,
  });
  if (!decoded.ok) return failed(decoded.errors, '<p><strong>无法显示这个比较：</strong></p>');
  const missing = decoded.ids.filter((id) => !byId.has(id));
  if (missing.length) return failed(missing.map((id) => `报告 ${id} 的比较数据无法读取，请稍后重试。`));
  const picked = decoded.ids.map((id) => byId.get(id)!);
  const view = compareView(picked);
  const url = compareUrl(decoded.ids, basePath(base));
  const section = (id: string) => view.sections.find((s) => s.id === id)!;
  const mixed = new Set(picked.map((e) => `${e.category}|${e.year}|${e.stage}`)).size > 1;
  const scopes = new Set(picked.map((e) => e.summary.scope.text));
  const notes = [
    mixed ? '所选报告不属于同一类单位、同一年度或同一阶段（预算/决算），数字只能参考，不宜直接排名。' : '',
    scopes.size > 1 ? `口径不同：${picked.map((e) => `${e.name}为“${e.summary.scope.text}”`).join('，')}。“部门”含下属单位，“本级”只含机关本身。` : '',
    ...picked.filter((e) => e.summary.total.partial).map((e) => `${e.name}只公开了项目表：总额只是这些项目的预算之和，不参与总额排名。`),
  ].filter((n) => n !== '');
  const html =
    `<p>本比较的网址（可以分享，打开即得到同样的比较）：<a class="share-url" href="${esc(url)}">${esc(url)}</a></p>` +
    (notes.length ? `<ul class="scope-notes notice">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '') +
    `<h2 id="rankings">排名</h2><div class="ranking-grid">${view.rankings
      .map((r) => `<section aria-labelledby="ranking-${esc(r.id)}"><h3 id="ranking-${esc(r.id)}">${esc(r.label)}</h3>${rankingHtml(r)}</section>`)
      .join('')}</div>` +
    `<h2 id="figures">各项数字</h2>${sectionTableHtml(view, section('money'))}` +
    `<h2 id="kinds">按项目类别的支出</h2><ul class="scope-notes">${view.kindNotes.map((k) => `<li><strong>${esc(k.name)}</strong>：${esc(k.note)}</li>`).join('')}</ul>${sectionTableHtml(view, section('kinds'))}` +
    `<h2 id="quality">绩效指标质量与检查结果</h2>${sectionTableHtml(view, section('quality'))}` +
    `<h2 id="data">数据下载</h2><ul>${view.columns.map((c) => `<li><a href="${esc(c.jsonHref)}">${esc(c.unitName)}</a>（JSON）</li>`).join('')}</ul>`;
  return { empty: false, ok: true, ids: decoded.ids, errors: [], url, html, chosenHtml: chosen };
}

/** What the page needs of `fetch`, so tests can stand in for it. */
export type FetchEntry = (href: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * The comparison `search` asks for, with the figures of each chosen report fetched from
 * compare/entries/<id>.json: a report whose file is not found (404) is unknown (“没有找到报告”),
 * one that fails otherwise could not be read. More than COMPARE_MAX ids are refused unfetched.
 */
export async function loadCustomComparison(search: string, fetchEntry: FetchEntry, base?: string): Promise<CustomComparison> {
  const requested = decodeCompareQuery(search).ids;
  const wanted = requested.length <= COMPARE_MAX ? requested : [];
  const got = await Promise.all(
    wanted.map(async (id) => {
      try {
        const r = await fetchEntry(compareEntryHref(id, base));
        return r.ok ? { id, entry: (await r.json()) as CompareEntry } : { id, notFound: r.status === 404 };
      } catch {
        return { id };
      }
    }),
  );
  const notFound = new Set(got.filter((g) => g.notFound).map((g) => g.id));
  const entries = got.flatMap((g) => (g.entry ? [g.entry] : []));
  return customComparison(search, entries, base, requested.filter((id) => !notFound.has(id)));
}
