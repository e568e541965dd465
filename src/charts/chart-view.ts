/**
 * What a page needs to show one chart: static SVGs rendered at build time at a few widths
 * (readable with JavaScript off, on a phone, a desktop and in print), the ECharts option of each
 * to hydrate it later, an accessible data table with the amounts exactly as published, and a
 * one-sentence text alternative.
 */

/** The chart laid out at one width (render.ts's CHART_WIDTHS). */
export interface ChartVariant {
  /** Width and height of the layout, px: the SVG's viewBox and the live chart's aspect ratio. */
  width: number;
  height: number;
  /** Static SVG drawn at build time (src/charts/svg/); document text inside it is escaped there. */
  svg: string;
  /** JSON of the ECharts option the SVG was rendered from, for lazy hydration. Not yet escaped for `<script>`. */
  option: string;
}

/** One chart, ready for `src/components/Chart.astro`. */
export interface ChartView {
  /** Element id of the figure; also the prefix of every id inside the SVGs, so it must be unique on the page. */
  id: string;
  /** Visible caption and the SVG's aria-label. */
  title: string;
  /** The chart at each of CHART_WIDTHS, narrowest first; CSS shows the one that fits its container. */
  variants: ChartVariant[];
  /** Data table with exact amounts as published; the chart's accessible equivalent. */
  table: { caption: string; columns: string[]; rows: string[][] };
  /** One-sentence Chinese text alternative. */
  summary: string;
}

/**
 * Make JSON safe inside `<script type="application/json">`: `</` would end the element early and
 * `<!--` would switch the HTML parser into a script-escape state, so both are written with escapes
 * that JSON.parse reads back unchanged.
 */
export function jsonForScript(json: string): string {
  return json.replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
}
