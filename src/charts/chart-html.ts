/**
 * One chart as HTML: a figure with its caption, the static SVG, the one-sentence text alternative,
 * the data table, and the ECharts option for hydrate.ts. A string, not component markup: a report
 * page has four or five charts whose data tables hold a row per project or line, and built as
 * strings they cost a fraction of Astro's per-element rendering (BENCHMARKS.md).
 */
import { esc } from '../site/html-escape.ts';
import { jsonForScript, type ChartView } from './chart-view.ts';

// Right-align cells that are amounts, percentages or counts, so digits line up.
const NUMERIC = /^[\d,.]+(?:\s*(?:万元|元|%|条))?$/;

function tableHtml(table: ChartView['table']): string {
  const head = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td${NUMERIC.test(cell) ? ' class="num"' : ''}>${esc(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<table><caption>${esc(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The figure of `chart`. Its SVG is ours (document text inside it is escaped in src/charts/svg/svg-markup.ts). */
export function chartHtml(chart: ChartView): string {
  return (
    `<figure id="${esc(chart.id)}" class="chart" data-chart><figcaption class="chart-title">${esc(chart.title)}</figcaption>` +
    `<div class="chart-canvas" data-chart-canvas>${chart.svg}</div><p class="chart-summary">${esc(chart.summary)}</p>` +
    `<details class="chart-data"><summary>查看数据表</summary><div class="chart-table-wrap">${tableHtml(chart.table)}</div></details>` +
    `<script type="application/json" data-chart-option>${jsonForScript(chart.option)}</script></figure>`
  );
}
