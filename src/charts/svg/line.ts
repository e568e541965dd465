/**
 * Line series: a polyline through the points and a symbol on each, in the series colour, as
 * ECharts draws them (bevel joins, filled symbols). Points outside the plot are clipped the way
 * ECharts clips them: the line is cut at the plot's edge and the symbols outside are not drawn.
 */
import type { Cartesian, IndexedSeries, Rect } from './cartesian.ts';
import type { LegendEntry } from './legend.ts';
import { UnsupportedOption, arrayAt, colorAt, numberAt, section, stringAt, type Obj } from './option.ts';
import { el, num, rectPath } from './svg-markup.ts';
import { parseSymbol, symbolPath, type SymbolName } from './symbols.ts';

const SERIES_KEYS = ['type', 'name', 'id', 'data', 'color', 'symbol', 'symbolSize', 'lineStyle', 'itemStyle'];
const ITEM_KEYS = ['name', 'value', 'exact'];

interface LineModel {
  name?: string | undefined;
  color: string;
  width: number;
  symbol?: { shape: SymbolName; empty: boolean } | undefined;
  symbolSize: number;
  /** [x, y]: x is a category index on a category axis. */
  points: [number, number][];
}

/** Line series of a chart, ready to draw once the grid is laid out. */
export interface LineSeries {
  /** Extents of the x and y values, for value axes. */
  xExtent: [number, number];
  yExtent: [number, number];
  legend: LegendEntry[];
  draw(c: Cartesian, clipId: string): { defs: string; shapes: string };
}

function point(raw: unknown, i: number, xIsCategory: boolean, where: string): [number, number] | undefined {
  const item: Obj | undefined = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? section(raw, ITEM_KEYS, where) : undefined;
  const value = item ? item['value'] : raw;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && xIsCategory) return [i, value];
  if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v))) return [value[0] as number, value[1] as number];
  throw new UnsupportedOption(where, xIsCategory ? 'expected a number' : 'expected [x, y] on a value x axis');
}

/** Read the line series of a chart; `palette` gives series colours by series index. */
export function lineSeries(list: IndexedSeries[], xIsCategory: boolean, palette: readonly string[]): LineSeries {
  const lines: LineModel[] = list.map(({ series, index }) => {
    const where = `series[${index}]`;
    section(series, SERIES_KEYS, where);
    const lineStyle = section(series['lineStyle'], ['width'], `${where}.lineStyle`);
    const itemStyle = section(series['itemStyle'], ['color'], `${where}.itemStyle`);
    const points = (arrayAt(series, 'data', where) ?? [])
      .map((raw, i) => point(raw, i, xIsCategory, `${where}.data[${i}]`))
      .filter((p): p is [number, number] => p !== undefined);
    return {
      name: stringAt(series, 'name', where),
      color: colorAt(series, 'color', where) ?? colorAt(itemStyle, 'color', `${where}.itemStyle`) ?? palette[index % palette.length]!,
      width: numberAt(lineStyle, 'width', `${where}.lineStyle`) ?? 2,
      // ECharts' default symbol is an empty circle of 6px.
      symbol: parseSymbol(stringAt(series, 'symbol', where) ?? 'emptyCircle', `${where}.symbol`),
      symbolSize: numberAt(series, 'symbolSize', where) ?? 6,
      points,
    };
  });
  const all = lines.flatMap((l) => l.points);
  const extent = (k: 0 | 1): [number, number] => [Math.min(0, ...all.map((p) => p[k])), Math.max(0, ...all.map((p) => p[k]))];
  return {
    xExtent: extent(0),
    yExtent: extent(1),
    legend: lines.filter((l) => l.name !== undefined).map((l) => ({ name: l.name!, color: l.color, kind: 'line' as const, symbol: l.symbol, lineWidth: l.width })),
    draw(c: Cartesian, clipId: string) {
      const r: Rect = c.rect;
      const inside = ([x, y]: [number, number]) => x >= r.x - 1e-6 && x <= r.x + r.width + 1e-6 && y >= r.y - 1e-6 && y <= r.y + r.height + 1e-6;
      const pixels = lines.map((l) => l.points.map(([x, y]) => [c.x.toPixel(x), c.y.toPixel(y)] as [number, number]));
      const clip = pixels.some((ps) => !ps.every(inside));
      const paths: string[] = [];
      const symbols: string[] = [];
      lines.forEach((l, k) => {
        const ps = pixels[k]!;
        if (ps.length > 1) {
          const d = ps.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('');
          paths.push(el('path', { d, fill: 'none', stroke: l.color, 'stroke-width': l.width, 'stroke-linejoin': 'bevel' }));
        }
        if (!l.symbol) return;
        const shape = l.symbol.shape;
        const d = ps
          .filter(inside)
          .map(([x, y]) => symbolPath(shape, x, y, l.symbolSize))
          .join('');
        if (d) symbols.push(l.symbol.empty ? el('path', { d, fill: '#fff', stroke: l.color, 'stroke-width': 2 }) : el('path', { d, fill: l.color }));
      });
      // Only a chart with a point outside its plot needs a clip path (its id is the chart's).
      const defs = clip ? el('clipPath', { id: clipId }, el('path', { d: rectPath(r.x - 1, r.y - 1, r.width + 2, r.height + 2) })) : '';
      const body = paths.join('');
      const lined = clip && body ? el('g', { 'clip-path': `url(#${clipId})` }, body) : body;
      return { defs, shapes: lined + symbols.join('') };
    },
  };
}
