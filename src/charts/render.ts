/**
 * Build-time rendering of ECharts options to static SVG.
 *
 * Only the chart types and components the site uses are registered (tree-shaken `echarts/core`),
 * and the output is post-processed so that it is byte-identical for the same input (ECharts
 * numbers its ids from a per-process counter) and accessible (role="img" with an aria-label:
 * ECharts' own aria option does nothing without a DOM).
 */
import { init, use, type ComposeOption } from 'echarts/core';
import {
  BarChart,
  LineChart,
  PieChart,
  TreemapChart,
  type BarSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
  type TreemapSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, PieChart, TreemapChart, GridComponent, LegendComponent, SVGRenderer]);

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

/** The default size of a chart. */
export const DEFAULT_SIZE: ChartSize = { width: 720, height: 360 };

/** The option as rendered: fonts, colours and no animation, shared by the SSR and the browser. */
export function finalOption(option: ChartOption): ChartOption {
  return {
    animation: false,
    color: [...PALETTE],
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR, fontSize: 12 },
    ...option,
  };
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Rewrite zrender's generated ids and class names ("zr3-cls-17", "zr3-c0") to ones derived from
 * `id`, numbered in order of first appearance. Inline SVG styles apply to the whole page, so the
 * names must also differ between charts: the chart id does that.
 */
function normaliseIds(svg: string, id: string): string {
  const seen = new Map<string, string>();
  const counters = new Map<string, number>();
  return svg.replace(/\bzr\d+-(cls-|[a-z]+)(\d+)\b/g, (match: string, kind: string) => {
    let out = seen.get(match);
    if (out === undefined) {
      const n = counters.get(kind) ?? 0;
      counters.set(kind, n + 1);
      out = `${id}-${kind}${n}`;
      seen.set(match, out);
    }
    return out;
  });
}

/**
 * Render `option` to an SVG string at build time.
 *
 * The result is deterministic for the same arguments, has role="img" and aria-label=`title`, and
 * carries a viewBox so CSS can scale it (`width: 100%; height: auto`). zrender's `ecmeta_*`
 * attributes are dropped: they only serve `echarts/ssr/client`, which the site does not use, and
 * they are not valid SVG attributes.
 */
export function renderSvg(id: string, title: string, option: ChartOption, size: ChartSize = DEFAULT_SIZE): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height, locale: 'ZH' });
  try {
    chart.setOption(finalOption(option));
    const svg = chart.renderToSVGString();
    return normaliseIds(svg, id)
      .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
      .replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(title)}" focusable="false" `);
  } finally {
    chart.dispose();
  }
}
