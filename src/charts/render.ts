/**
 * Build-time rendering of chart options to static SVG, and the look shared with the browser.
 *
 * The static SVG is drawn by our own small renderer (src/charts/svg/), not by ECharts: ECharts'
 * server-side rendering cost about 16 ms per report, most of a large build's time, and with a
 * variant per width (CHART_WIDTHS) it would cost three times that (measured on 200 synthetic
 * reports: 16–18 ms of CPU per SVG for ECharts' SSR, 0.3 ms for ours; 97 % of the charts are
 * distinct, so caching would not help). The renderer
 * interprets exactly the subset of the ECharts option that report-charts.ts produces and draws
 * it the way ECharts does (same plot areas, bar geometry, colours, label positions, treemap
 * layout, donut labels, legends), so that the browser's lazy hydration with ECharts from the same
 * option (hydrate.ts) replaces it without a jump. Only ECharts' option types are imported here.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption, TreemapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { renderChart } from './svg/render-chart.ts';

/** Every option the site's charts may use (the tooltip is added only in the browser). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | TreemapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * System CJK fonts only (no web fonts to download). Single quotes on purpose: zrender writes the
 * family into a double-quoted style attribute without escaping it.
 */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/** Text colour on the white page: 15.3:1, well above WCAG AA. */
export const TEXT_COLOR = '#222222';

/**
 * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies) for filled
 * areas; text on them uses `labelColorOn`, which keeps every label at WCAG AA (4.5:1) or better.
 */
export const PALETTE: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

/**
 * The Okabe–Ito colours that reach 3:1 against white (WCAG non-text contrast), for lines; series
 * beyond five repeat a colour with a different symbol.
 */
export const LINE_PALETTE: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000'];

/** Symbols for line series, so series differ in shape as well as colour. */
export const LINE_SYMBOLS: readonly string[] = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `fill`. */
export function labelColorOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, '#000000') ? '#ffffff' : '#000000';
}

/** Chart size in CSS pixels; the SVG carries a viewBox, so pages scale it to their width. */
export interface ChartSize {
  width: number;
  height: number;
}

/** Font size of chart text in the option and in the static SVG, px. */
export const CHART_FONT_SIZE = 12;

/** The smallest text a chart may show, CSS px (at any viewport width and in print). */
export const MIN_TEXT_PX = 11;

/**
 * The widths each chart is laid out at, narrowest first: a phone (a 360px screen gives a chart
 * 328px), the half-width column of a wide report page (≈544px) and a full-width chart (720px, the
 * figure's max-width). Each static variant is shown only in containers where its text, scaled to
 * the container, stays at MIN_TEXT_PX or more (`variantMinWidth`); the live chart is drawn into the
 * same box, so hydration moves nothing.
 */
export const CHART_WIDTHS: readonly number[] = [340, 540, 720];
/** The half-width layout: at this width and above a chart is no longer laid out for a phone. */
export const HALF_WIDTH = CHART_WIDTHS[1]!;
/** The full-width layout: below it a chart is narrow (a phone, or a half-width column). */
export const FULL_WIDTH = CHART_WIDTHS[2]!;

/**
 * The narrowest container a variant of `width` is shown in: where its scaled text is MIN_TEXT_PX.
 * The narrowest variant is shown below that too (nothing narrower to fall back to). Chart.astro's
 * container queries use these widths (test/unit/charts.test.ts checks that they agree).
 */
export function variantMinWidth(width: number): number {
  return width === CHART_WIDTHS[0] ? 0 : Math.ceil((width * MIN_TEXT_PX) / CHART_FONT_SIZE);
}

/** The option as rendered: fonts, colours and no animation, shared by the SSR and the browser. */
export function finalOption(option: ChartOption): ChartOption {
  return {
    animation: false,
    color: [...PALETTE],
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR, fontSize: CHART_FONT_SIZE },
    ...option,
  };
}

/**
 * Render `option` to an SVG string at build time.
 *
 * The result is deterministic for the same arguments, starts with
 * `<svg role="img" aria-label="…" focusable="false"` (the title, escaped) and carries width,
 * height and a viewBox so CSS can scale it (`width: 100%; height: auto`). Document text inside is
 * XML-escaped; there are no scripts, event attributes or external references, and the only id
 * (a clip path, when a line leaves its plot) starts with `id`, so several charts can share a page.
 * Throws an Error for an option outside the subset the static renderer draws (see
 * src/charts/svg/option.ts).
 */
export function renderSvg(id: string, title: string, option: ChartOption, size: ChartSize): string {
  return renderChart(id, title, finalOption(option), size.width, size.height);
}
