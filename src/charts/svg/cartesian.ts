/**
 * The cartesian grid: one x and one y axis, their scales, the plot rectangle, and the axis lines,
 * ticks, split lines and labels, following ECharts' defaults (grid 15%/65/10%/80, labels 8px from
 * the axis, split lines #dbdee4, axis lines and ticks #54555a, value-axis lines and ticks only
 * when both axes are value axes, the plot shrunk so axis labels stay inside the chart).
 * Series are drawn by bar.ts and line.ts through the `Axis` mapping.
 */
import { tickLabel, type ValueScale } from './axis-scale.ts';
import { UnsupportedOption, arrayAt, boolAt, colorAt, lengthAt, numberAt, oneOf, section, stringAt, type BaseText, type Obj } from './option.ts';
import { el, num, textBlock, type Anchor } from './svg-markup.ts';
import { measureText, truncateLine, wrapText } from './text-measure.ts';

const AXIS_KEYS = ['type', 'show', 'min', 'max', 'interval', 'inverse', 'data', 'axisTick', 'axisLine', 'axisLabel', 'splitLine'];
const AXIS_LABEL_KEYS = ['show', 'color', 'width', 'overflow', 'lineHeight', 'formatter'];
const GRID_KEYS = ['left', 'right', 'top', 'bottom'];

/** ECharts' colours for axis lines, ticks and default labels, and for split lines. */
const AXIS_COLOR = '#54555a';
const SPLIT_COLOR = '#dbdee4';
/** Label distance from the axis line, tick length, horizontal text margin (ECharts defaults). */
const LABEL_MARGIN = 8;
const TICK_LENGTH = 5;
const TEXT_MARGIN_X = 3;

/** What the option says about one axis. */
export interface AxisModel {
  dim: 'x' | 'y';
  type: 'value' | 'category';
  show: boolean;
  inverse: boolean;
  categories: string[];
  min?: number | undefined;
  max?: number | undefined;
  interval?: number | undefined;
  axisLine: boolean | 'auto';
  axisTick: boolean | 'auto';
  splitLine: boolean;
  label: {
    show: boolean;
    color: string;
    width?: number | undefined;
    overflow: 'break' | 'truncate' | 'none';
    lineHeight: number;
    formatter?: string | undefined;
  };
}

/** An axis laid out on the plot rectangle. */
export interface Axis extends AxisModel {
  scale?: ValueScale | undefined;
  /** Pixel of the axis' start (minimum value, or the first category's outer edge) and end. */
  p0: number;
  p1: number;
  /** Width of one category's band in px (0 on a value axis). */
  band: number;
  /** Pixel of a value (value axis) or of the centre of category `i` (category axis). */
  toPixel(v: number): number;
}

/** Plot rectangle. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Read `xAxis` or `yAxis`. */
export function parseAxis(raw: unknown, dim: 'x' | 'y', base: BaseText): AxisModel {
  const where = `${dim}Axis`;
  if (Array.isArray(raw)) throw new UnsupportedOption(where, 'one axis per direction only');
  const o = section(raw, AXIS_KEYS, where);
  if (!o) throw new UnsupportedOption(where, 'a cartesian chart needs both axes');
  const type = oneOf(o, 'type', ['value', 'category'], where) ?? (dim === 'x' ? 'category' : 'value');
  const data = arrayAt(o, 'data', where) ?? [];
  const categories = data.map((d, i) => {
    if (typeof d === 'string') return d;
    if (typeof d === 'number') return String(d);
    throw new UnsupportedOption(`${where}.data[${i}]`, 'categories are strings');
  });
  if (type === 'value' && data.length > 0) throw new UnsupportedOption(`${where}.data`, 'a value axis has no categories');
  const tick = section(o['axisTick'], ['show'], `${where}.axisTick`);
  const line = section(o['axisLine'], ['show'], `${where}.axisLine`);
  const split = section(o['splitLine'], ['show'], `${where}.splitLine`);
  const label = section(o['axisLabel'], AXIS_LABEL_KEYS, `${where}.axisLabel`);
  return {
    dim,
    type,
    show: boolAt(o, 'show', where) ?? true,
    inverse: boolAt(o, 'inverse', where) ?? false,
    categories,
    min: numberAt(o, 'min', where),
    max: numberAt(o, 'max', where),
    interval: numberAt(o, 'interval', where),
    axisLine: boolAt(line, 'show', `${where}.axisLine`) ?? (type === 'category' ? true : 'auto'),
    axisTick: boolAt(tick, 'show', `${where}.axisTick`) ?? 'auto',
    splitLine: boolAt(split, 'show', `${where}.splitLine`) ?? type === 'value',
    label: {
      show: boolAt(label, 'show', `${where}.axisLabel`) ?? true,
      color: colorAt(label, 'color', `${where}.axisLabel`) ?? AXIS_COLOR,
      width: numberAt(label, 'width', `${where}.axisLabel`),
      overflow: oneOf(label, 'overflow', ['break', 'truncate', 'none'], `${where}.axisLabel`) ?? 'none',
      lineHeight: numberAt(label, 'lineHeight', `${where}.axisLabel`) ?? base.fontSize,
      formatter: stringAt(label, 'formatter', `${where}.axisLabel`),
    },
  };
}

/** Lay out `model` along `rect`, with `scale` for a value axis. */
export function layoutAxis(model: AxisModel, rect: Rect, scale: ValueScale | undefined): Axis {
  let [p0, p1] = model.dim === 'x' ? [rect.x, rect.x + rect.width] : [rect.y + rect.height, rect.y];
  if (model.inverse) [p0, p1] = [p1, p0];
  if (model.type === 'category') {
    const n = Math.max(model.categories.length, 1);
    const step = (p1 - p0) / n;
    return { ...model, p0, p1, band: Math.abs(step), toPixel: (i) => p0 + (i + 0.5) * step };
  }
  const s = scale!;
  const span = s.max - s.min;
  return { ...model, scale: s, p0, p1, band: 0, toPixel: (v) => p0 + ((v - s.min) / span) * (p1 - p0) };
}

/** zrender's subPixelOptimize for a 1px line: put it on a half pixel so it stays crisp. */
function crisp(p: number): number {
  const r = Math.round(p * 2);
  return r % 2 !== 0 ? r / 2 : (r + 1) / 2;
}

interface AxisLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: Anchor;
  /** Box the text takes, with ECharts' 3px horizontal text margin. */
  box: Rect;
}

/** Category labels shown: every (interval+1)-th, as ECharts' 'auto' interval keeps them apart. */
function categoryInterval(axis: Axis, texts: string[], fontSize: number): number {
  if (axis.band <= 0) return 0;
  let size = 7;
  for (const t of texts) {
    const lines = t.split('\n');
    const extent = axis.dim === 'x' ? Math.max(...lines.map((l) => measureText(l, fontSize))) : lines.length * fontSize;
    size = Math.max(size, extent * 1.3);
  }
  return Math.max(0, Math.floor(size / axis.band));
}

function labelLines(axis: Axis, text: string, fontSize: number): string[] {
  const width = axis.label.width;
  if (width === undefined || axis.label.overflow === 'none') return text.split('\n');
  if (axis.label.overflow === 'break') return wrapText(text, width, fontSize);
  return text.split('\n').map((l) => truncateLine(l, width, '...', fontSize) ?? l);
}

/** The labels of `axis` at their positions, for the plot rectangle `rect`. */
function axisLabels(axis: Axis, rect: Rect, fontSize: number): AxisLabel[] {
  if (!axis.show || !axis.label.show) return [];
  const format = (s: string) => (axis.label.formatter === undefined ? s : axis.label.formatter.replace(/\{value\}/g, s));
  let items: { text: string; at: number }[];
  if (axis.type === 'category') {
    const texts = axis.categories.map(format);
    const interval = categoryInterval(axis, texts, fontSize);
    items = texts.map((text, i) => ({ text, at: axis.toPixel(i) })).filter((_, i) => i % (interval + 1) === 0);
  } else {
    items = axis.scale!.ticks.map((v) => ({ text: format(tickLabel(v)), at: axis.toPixel(v) }));
  }
  return items.map(({ text, at }) => {
    const lines = labelLines(axis, text, fontSize);
    const naturalWidth = Math.max(0, ...lines.map((l) => measureText(l, fontSize)));
    // A label with a set width and overflow takes that width (zrender's box for it).
    const width = axis.label.width !== undefined && axis.label.overflow !== 'none' ? axis.label.width : naturalWidth;
    const height = lines.length * axis.label.lineHeight;
    if (axis.dim === 'y') {
      const x = rect.x - LABEL_MARGIN;
      return { lines, x, y: at, anchor: 'end', box: { x: x - width - TEXT_MARGIN_X, y: at - height / 2, width: width + 2 * TEXT_MARGIN_X, height } };
    }
    const y = rect.y + rect.height + LABEL_MARGIN + height / 2;
    return { lines, x: at, y, anchor: 'middle', box: { x: at - width / 2 - TEXT_MARGIN_X, y: y - height / 2, width: width + 2 * TEXT_MARGIN_X, height } };
  });
}

/** The grid rectangle of `option.grid` (ECharts' defaults for what it leaves out). */
export function gridRect(raw: unknown, width: number, height: number): Rect {
  const grid = section(raw, GRID_KEYS, 'grid');
  const left = lengthAt(grid, 'left', width, 'grid') ?? 0.15 * width;
  const right = lengthAt(grid, 'right', width, 'grid') ?? 0.1 * width;
  const top = lengthAt(grid, 'top', height, 'grid') ?? 65;
  const bottom = lengthAt(grid, 'bottom', height, 'grid') ?? 80;
  return { x: left, y: top, width: Math.max(width - left - right, 0), height: Math.max(height - top - bottom, 0) };
}

/** Axes laid out on the grid, the plot shrunk so that axis labels stay inside the chart. */
export interface Cartesian {
  rect: Rect;
  x: Axis;
  y: Axis;
}

/**
 * Lay out both axes on `raw` (the option's grid rectangle), then shrink it by how far axis labels
 * reach past the chart's edges (ECharts 6 `outerBoundsMode: 'auto'`), keeping at least a quarter
 * of each side.
 */
export function layoutCartesian(raw: Rect, xm: AxisModel, ym: AxisModel, xs: ValueScale | undefined, ys: ValueScale | undefined, width: number, height: number, fontSize: number): Cartesian {
  const build = (rect: Rect) => {
    const x = layoutAxis(xm, rect, xs);
    const y = layoutAxis(ym, rect, ys);
    return { rect, x, y };
  };
  const first = build(raw);
  const boxes = [...axisLabels(first.x, raw, fontSize), ...axisLabels(first.y, raw, fontSize)].map((l) => l.box);
  let [left, right, top, bottom] = [0, 0, 0, 0];
  for (const b of boxes) {
    left = Math.max(left, -b.x);
    right = Math.max(right, b.x + b.width - width);
    top = Math.max(top, -b.y);
    bottom = Math.max(bottom, b.y + b.height - height);
  }
  if (left + right + top + bottom === 0) return first;
  // Shrink by the overflow, but keep a quarter of the grid (ECharts' outerBoundsClamp '25%').
  const kx = left + right > raw.width * 0.75 ? (raw.width * 0.75) / (left + right) : 1;
  const ky = top + bottom > raw.height * 0.75 ? (raw.height * 0.75) / (top + bottom) : 1;
  return build({
    x: raw.x + left * kx,
    y: raw.y + top * ky,
    width: raw.width - (left + right) * kx,
    height: raw.height - (top + bottom) * ky,
  });
}

/** Whether the axis line (or ticks) of `axis` shows: 'auto' means when the other axis is a value axis. */
function autoShown(v: boolean | 'auto', axis: Axis, other: Axis, isTick: boolean): boolean {
  if (v !== 'auto') return v;
  if (other.type !== 'value') return false;
  // Ticks of a category axis between bands are hidden by default.
  return !(isTick && axis.type === 'category');
}

/**
 * Split lines, axis lines and ticks (drawn under the series), and the axis labels (over them).
 */
export function drawAxes(c: Cartesian, fontSize: number): { under: string; labels: string } {
  const { rect } = c;
  const split: string[] = [];
  const lines: string[] = [];
  const labels: string[] = [];
  for (const [axis, other] of [
    [c.x, c.y],
    [c.y, c.x],
  ] as const) {
    if (!axis.show) continue;
    // Ticks and split lines: at the ticks of a value axis, between the bands of a category axis.
    const n = axis.categories.length;
    const positions =
      axis.type === 'value' ? axis.scale!.ticks.map((v) => axis.toPixel(v)) : Array.from({ length: n + 1 }, (_, i) => axis.p0 + (i * (axis.p1 - axis.p0)) / Math.max(n, 1));
    // The axis line sits at the plot's edge, or on zero when the other axis' range spans zero.
    let at = axis.dim === 'x' ? rect.y + rect.height : rect.x;
    if (other.type === 'value' && other.scale && other.scale.min < 0 && other.scale.max > 0) at = other.toPixel(0);
    if (axis.splitLine) {
      for (const p of positions) {
        split.push(axis.dim === 'x' ? `M${num(crisp(p))} ${num(rect.y)}V${num(rect.y + rect.height)}` : `M${num(rect.x)} ${num(crisp(p))}H${num(rect.x + rect.width)}`);
      }
    }
    if (autoShown(axis.axisLine, axis, other, false)) {
      lines.push(axis.dim === 'x' ? `M${num(rect.x)} ${num(crisp(at))}H${num(rect.x + rect.width)}` : `M${num(crisp(at))} ${num(rect.y + rect.height)}V${num(rect.y)}`);
    }
    if (autoShown(axis.axisTick, axis, other, true)) {
      for (const p of positions) {
        lines.push(axis.dim === 'x' ? `M${num(crisp(p))} ${num(at)}v${TICK_LENGTH}` : `M${num(at)} ${num(crisp(p))}h${-TICK_LENGTH}`);
      }
    }
    for (const l of axisLabels(axis, rect, fontSize)) {
      labels.push(textBlock({ lines: l.lines, x: l.x, y: l.y, anchor: l.anchor, lineHeight: axis.label.lineHeight, fill: axis.label.color }));
    }
  }
  let under = '';
  if (split.length) under += el('path', { d: split.join(''), fill: 'none', stroke: SPLIT_COLOR });
  if (lines.length) under += el('path', { d: lines.join(''), fill: 'none', stroke: AXIS_COLOR });
  return { under, labels: labels.join('') };
}

/** An `Obj` series with its index in `option.series`. */
export interface IndexedSeries {
  series: Obj;
  index: number;
}
