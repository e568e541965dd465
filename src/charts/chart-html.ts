/**
 * One chart as HTML: a figure with its caption, the static SVG of each width it was laid out at
 * (CSS shows one), the one-sentence text alternative, the data table, and the ECharts options for
 * hydrate.ts. A string, not component markup: a report
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

/** Class of the variant of `width`: Chart.astro's container queries show one variant per container width. */
export function variantClass(width: number): string {
  return `chart-w${width}`;
}

/**
 * The figure of `chart`. Its SVGs are ours (document text inside them is escaped in
 * src/charts/svg/svg-markup.ts); the options of all variants share one script, an array in the
 * order of the variants.
 */
export function chartHtml(chart: ChartView): string {
  const variants = chart.variants
    .map((v) => `<div class="chart-variant ${variantClass(v.width)}" data-chart-variant data-chart-width="${v.width}" data-chart-height="${v.height}">${v.svg}</div>`)
    .join('');
  const options = `[${chart.variants.map((v) => v.option).join(',')}]`;
  return (
    `<figure id="${esc(chart.id)}" class="chart" data-chart><figcaption class="chart-title">${esc(chart.title)}</figcaption>` +
    `<div class="chart-canvas" data-chart-canvas>${variants}</div><p class="chart-summary">${esc(chart.summary)}</p>` +
    `<details class="chart-data"><summary>查看数据表</summary><div class="chart-table-wrap">${tableHtml(chart.table)}</div></details>` +
    `<script type="application/json" data-chart-option>${jsonForScript(options)}</script></figure>`
  );
}
