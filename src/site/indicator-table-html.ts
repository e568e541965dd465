/**
 * An indicator table (indicator-table.ts computes what it shows) as HTML: 一级 / 二级 merged like
 * the document, every published value column, kind badges, and a mark beside each flagged row.
 *
 * A string, not an Astro component: a report page has ~100 indicator rows of ~8 cells, and at
 * 10,000 reports Astro's rendering of them as components cost ~4 ms a page, about half the page
 * (BENCHMARKS.md). Every text from the document goes through `esc`.
 */
import { NOT_PUBLISHED_HTML } from './amount.ts';
import type { FindingMark } from './findings.ts';
import { findingMarkHtml } from './finding-mark-html.ts';
import { esc } from './html-escape.ts';
import { VALUE_COLUMN_LABEL, type IndicatorRow, type IndicatorTableView, type MergedCell } from './indicator-table.ts';

function mergedCell(cell: MergedCell | null, className: string): string {
  if (!cell) return '';
  const span = cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '';
  return `<td${span} class="${className}">${esc(cell.text)}</td>`;
}

function rowHtml(view: IndicatorTableView, r: IndicatorRow, marks: ReadonlyMap<string, FindingMark>): string {
  const c = view.columns;
  const mark = marks.get(r.anchor);
  let h = `<tr id="${esc(r.anchor)}"${mark ? ' class="flagged"' : ''}>`;
  if (c.level1) h += mergedCell(r.level1, 'level1');
  if (c.level2) h += mergedCell(r.level2, 'level2');
  if (c.level3) h += `<th scope="row" class="level3">${esc(r.level3 ?? '')}${findingMarkHtml(mark)}</th>`;
  if (c.keyWork) h += `<td>${esc(r.keyWork ?? '')}</td>`;
  if (c.description) h += `<td>${esc(r.description ?? '')}</td>`;
  for (const v of r.values) {
    h += v
      ? `<td class="value ${esc(v.className)}"><span class="value-text">${esc(v.text)}</span><span class="badge kind-badge">${esc(v.kindLabel)}</span></td>`
      : `<td class="value">${NOT_PUBLISHED_HTML}</td>`;
  }
  if (c.basis) h += `<td>${esc(r.basis ?? '')}</td>`;
  if (c.note) h += `<td class="cell-note-col">${esc(r.note ?? '')}</td>`;
  return `${h}</tr>`;
}

/** The table's caption: its own name in the document, with `caption` (what it measures) unless one contains the other. */
function captionText(view: IndicatorTableView, caption: string): string {
  if (!view.title) return caption;
  return view.title.includes(caption) || caption.includes(view.title) ? view.title : `${caption}：${view.title}`;
}

/**
 * One indicator table in its scrolling region. `caption` names what it measures (整体绩效指标,
 * <project>绩效指标); `marks` maps anchors to the findings about them. Without a 三级 column the
 * marks of flagged rows are listed under the table.
 */
export function indicatorTableHtml(view: IndicatorTableView, caption: string, marks: ReadonlyMap<string, FindingMark>): string {
  const c = view.columns;
  const captionId = `${view.anchor}-caption`;
  const head = [
    c.level1 && '一级指标',
    c.level2 && '二级指标',
    c.level3 && '三级指标',
    c.keyWork && '重点工作',
    c.description && '指标描述',
    ...view.valueColumns.map((v) => VALUE_COLUMN_LABEL[v]),
    c.basis && '指标值确定依据',
    c.note && '转录说明',
  ]
    .filter((x) => x !== false)
    .map((label) => `<th scope="col">${label}</th>`)
    .join('');
  const flagged = c.level3 ? [] : view.rows.filter((r) => marks.has(r.anchor));
  const list = flagged.length
    ? `<ul class="table-marks">${flagged.map((r) => `<li>${esc(r.level2?.text ?? r.level1?.text ?? r.anchor)}：${findingMarkHtml(marks.get(r.anchor))}</li>`).join('')}</ul>`
    : '';
  return (
    `<div class="table-block" id="${esc(view.anchor)}"><div class="table-scroll" role="region" aria-labelledby="${esc(captionId)}" tabindex="0">` +
    `<table class="indicator-table"><caption id="${esc(captionId)}">${esc(captionText(view, caption))}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${view.rows.map((r) => rowHtml(view, r, marks)).join('')}</tbody></table></div>${list}</div>`
  );
}
