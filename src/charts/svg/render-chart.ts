/**
 * The static SVG of one chart option, without ECharts: reads the option (option.ts checks it is
 * within the subset drawn), picks the chart kind from its series and assembles the document.
 */
import { barSeries } from './bar.ts';
import { drawAxes, gridRect, layoutCartesian, parseAxis, type IndexedSeries } from './cartesian.ts';
import { valueScale } from './axis-scale.ts';
import { drawLegend, type LegendEntry } from './legend.ts';
import { lineSeries } from './line.ts';
import { UnsupportedOption, arrayAt, checkKeys, color, colorAt, numberAt, obj, section, stringAt, type BaseText, type Obj } from './option.ts';
import { drawPie } from './pie.ts';
import { el, escapeAttribute } from './svg-markup.ts';
import { drawTreemap } from './treemap.ts';

/** Top-level keys read (animation has no static meaning; the tooltip only exists once hydrated). */
const OPTION_KEYS = ['animation', 'color', 'textStyle', 'series', 'grid', 'xAxis', 'yAxis', 'legend', 'tooltip'];
const SERIES_TYPES = ['treemap', 'pie', 'bar', 'line'] as const;

function baseText(option: Obj): BaseText {
  const t = section(option['textStyle'], ['fontFamily', 'color', 'fontSize'], 'textStyle');
  return {
    fontFamily: stringAt(t, 'fontFamily', 'textStyle') ?? 'sans-serif',
    color: colorAt(t, 'color', 'textStyle') ?? '#333',
    fontSize: numberAt(t, 'fontSize', 'textStyle') ?? 12,
  };
}

function palette(option: Obj): string[] {
  const colors = arrayAt(option, 'color', 'option') ?? [];
  if (colors.length === 0) throw new UnsupportedOption('color', 'the palette must be set (finalOption sets it)');
  return colors.map((c, i) => color(c, `color[${i}]`));
}

/** Keys that a chart without a grid must not have. */
function noneOf(option: Obj, keys: string[], kind: string): void {
  for (const k of keys) if (option[k] !== undefined) throw new UnsupportedOption(k, `not drawn with a ${kind} chart`);
}

/** Bars and lines on one grid: axes, series, series labels and the legend. */
function drawCartesian(option: Obj, series: IndexedSeries[], width: number, height: number, base: BaseText, colors: string[], id: string): { defs: string; body: string } {
  const xm = parseAxis(option['xAxis'], 'x', base);
  const ym = parseAxis(option['yAxis'], 'y', base);
  const bars = series.filter((s) => s.series['type'] === 'bar');
  const lines = series.filter((s) => s.series['type'] === 'line');
  if (xm.type === 'category' && ym.type === 'category') throw new UnsupportedOption('yAxis.type', 'two category axes');
  let barDim: 'x' | 'y' | undefined;
  if (bars.length > 0) {
    if (xm.type === 'category') barDim = 'x';
    else if (ym.type === 'category') barDim = 'y';
    else throw new UnsupportedOption('xAxis.type', 'bars need a category axis');
  }
  if (lines.length > 0 && ym.type === 'category') throw new UnsupportedOption('yAxis.type', 'lines are drawn on a value y axis');
  const categories = (barDim === 'y' ? ym : xm).categories;
  const barPart = bars.length > 0 ? barSeries(bars, barDim!, categories, base, colors) : undefined;
  const linePart = lines.length > 0 ? lineSeries(lines, xm.type === 'category', colors) : undefined;

  // Value-axis extents over every series on that axis.
  const extentOf = (dim: 'x' | 'y'): [number, number] => {
    let lo = 0;
    let hi = 0;
    if (barPart && barDim !== dim) [lo, hi] = [Math.min(lo, barPart.extent[0]), Math.max(hi, barPart.extent[1])];
    if (linePart) {
      const e = dim === 'x' ? linePart.xExtent : linePart.yExtent;
      [lo, hi] = [Math.min(lo, e[0]), Math.max(hi, e[1])];
    }
    return [lo, hi];
  };
  const scaleOf = (m: typeof xm) => (m.type === 'value' ? valueScale(...extentOf(m.dim), { min: m.min, max: m.max, interval: m.interval }) : undefined);
  const c = layoutCartesian(gridRect(option['grid'], width, height), xm, ym, scaleOf(xm), scaleOf(ym), width, height, base.fontSize);

  const axes = drawAxes(c, base.fontSize);
  const barDrawn = barPart?.draw(c, base.fontSize);
  const lineDrawn = linePart?.draw(c, `${id}-clip`);
  const entries = new Map<string, LegendEntry>();
  for (const e of [...(barPart?.legend ?? []), ...(linePart?.legend ?? [])]) if (!entries.has(e.name)) entries.set(e.name, e);
  // Series order decides the legend's default order; the option's legend.data overrides it.
  const ordered = new Map<string, LegendEntry>();
  for (const { series: s } of series) {
    const name = s['name'];
    if (typeof name === 'string' && entries.has(name) && !ordered.has(name)) ordered.set(name, entries.get(name)!);
  }
  const legend = drawLegend(option['legend'], ordered, width, height, base.fontSize);
  return {
    defs: lineDrawn?.defs ?? '',
    body: axes.under + axes.labels + (barDrawn?.shapes ?? '') + (lineDrawn?.shapes ?? '') + (barDrawn?.labels ?? '') + legend,
  };
}

/**
 * Render a final option (after `finalOption`) to an SVG document of `width` × `height`.
 * Throws `UnsupportedOption` for anything outside the subset it draws.
 */
export function renderChart(id: string, title: string, option: unknown, width: number, height: number): string {
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) throw new Error(`renderSvg: bad size ${width}×${height}`);
  const o = obj(option, 'option');
  if (!o) throw new UnsupportedOption('option', 'expected an object');
  checkKeys(o, OPTION_KEYS, 'option');
  const base = baseText(o);
  const colors = palette(o);
  const list = arrayAt(o, 'series', 'option') ?? [];
  if (list.length === 0) throw new UnsupportedOption('series', 'no series to draw');
  const series: IndexedSeries[] = list.map((s, index) => {
    const so = obj(s, `series[${index}]`);
    const type = stringAt(so, 'type', `series[${index}]`);
    if (!so || !(SERIES_TYPES as readonly string[]).includes(type ?? '')) {
      throw new UnsupportedOption(`series[${index}].type`, `"${type}" is not drawn (only ${SERIES_TYPES.join(', ')})`);
    }
    return { series: so, index };
  });
  const types = new Set(series.map((s) => s.series['type'] as string));
  let defs = '';
  let body: string;
  if (types.has('treemap') || types.has('pie')) {
    const kind = types.has('treemap') ? 'treemap' : 'pie';
    if (series.length > 1) throw new UnsupportedOption('series', `a ${kind} chart has exactly one series`);
    noneOf(o, ['grid', 'xAxis', 'yAxis', 'legend'], kind);
    const s = series[0]!.series;
    body = kind === 'treemap' ? drawTreemap(s, width, height, base, colors) : drawPie(s, width, height, base, colors);
  } else {
    ({ defs, body } = drawCartesian(o, series, width, height, base, colors, id));
  }
  const head =
    `<svg role="img" aria-label="${escapeAttribute(title)}" focusable="false" xmlns="http://www.w3.org/2000/svg"` +
    ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeAttribute(base.fontFamily)}" font-size="${base.fontSize}">`;
  return head + (defs ? el('defs', {}, defs) : '') + body + '</svg>';
}
