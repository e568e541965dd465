/**
 * The reader's own comparison (/compare/custom/?r=<id>,<id>): decode the query against the reports
 * embedded in the page, and render the same tables as a group page, or say in Chinese what is wrong.
 * Runs in the browser; no Node imports.
 */
import { COMPARE_MIN, COMPARE_PARAM, compareUrl, decodeCompareQuery } from '../compare/comparison.ts';
import { compareView, esc, rankingHtml, sectionTableHtml, type CompareEntry } from './compare-view.ts';
import { basePath } from './paths.ts';

export interface CustomComparison {
  /** No `r` in the query: the reader has not chosen yet (show the form, no error). */
  empty: boolean;
  ok: boolean;
  ids: string[];
  errors: string[];
  /** The canonical URL of this comparison (compareUrl), when ok. */
  url: string | null;
  html: string;
}

/**
 * Decode `search` (location.search) against the report ids `known` (default: those of `entries`)
 * and render the comparison of the chosen reports (`entries` must hold at least those) or the errors.
 */
export function customComparison(search: string, entries: readonly CompareEntry[], base?: string, known: Iterable<string> = entries.map((e) => e.id)): CustomComparison {
  const params = new URLSearchParams(search.replace(/^[^?]*\?/, ''));
  if (params.getAll(COMPARE_PARAM).every((v) => v.trim() === '')) {
    return { empty: true, ok: false, ids: [], errors: [], url: null, html: `<p>请在上面勾选至少 ${COMPARE_MIN} 份报告，然后点“比较所选报告”。</p>` };
  }
  const decoded = decodeCompareQuery(params, known);
  if (!decoded.ok) {
    const html = `<div class="errors" role="alert"><p><strong>无法显示这个比较：</strong></p><ul>${decoded.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>`;
    return { empty: false, ok: false, ids: decoded.ids, errors: decoded.errors, url: null, html };
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const missing = decoded.ids.filter((id) => !byId.has(id));
  if (missing.length) {
    const errors = missing.map((id) => `报告 ${id} 的比较数据无法读取，请稍后重试。`);
    return { empty: false, ok: false, ids: decoded.ids, errors, url: null, html: `<div class="errors" role="alert"><ul>${errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>` };
  }
  const chosen = decoded.ids.map((id) => byId.get(id)!);
  const view = compareView(chosen);
  const url = compareUrl(decoded.ids, basePath(base));
  const section = (id: string) => view.sections.find((s) => s.id === id)!;
  const mixed = new Set(chosen.map((e) => `${e.category}|${e.year}|${e.stage}`)).size > 1;
  const scopes = new Set(chosen.map((e) => e.summary.scope.text));
  const notes = [
    mixed ? '所选报告不属于同一类单位、同一年度或同一阶段（预算/决算），数字只能参考，不宜直接排名。' : '',
    scopes.size > 1 ? `口径不同：${chosen.map((e) => `${e.name}为“${e.summary.scope.text}”`).join('，')}。“部门”含下属单位，“本级”只含机关本身。` : '',
    ...chosen.filter((e) => e.summary.total.partial).map((e) => `${e.name}只公开了项目表：总额只是这些项目的预算之和，不参与总额排名。`),
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
  return { empty: false, ok: true, ids: decoded.ids, errors: [], url, html };
}
