/**
 * Bar series on a category axis (vertical bars on a category x axis, horizontal bars on a
 * category y axis), stacked by `stack` (positive and negative values apart, as ECharts'
 * 'samesign'), with ECharts' widths: 20% of a band left between categories, 30% of a bar between
 * bars of a category, `barMaxWidth` capping them. Labels 'inside' (centred) or 'right' (5px after
 * the bar's end).
 */
import type { Axis, Cartesian, IndexedSeries } from './cartesian.ts';
import type { LegendEntry } from './legend.ts';
import { UnsupportedOption, applyFormatter, arrayAt, boolAt, colorAt, numberAt, oneOf, section, stringAt, type BaseText, type Obj } from './option.ts';
import { el, rectPath, textBlock } from './svg-markup.ts';

const SERIES_KEYS = ['type', 'name', 'id', 'data', 'stack', 'color', 'barMaxWidth', 'label', 'itemStyle'];
const ITEM_KEYS = ['name', 'value', 'exact', 'itemStyle', 'label'];
const LABEL_KEYS = ['show', 'position', 'color', 'formatter'];
const POSITIONS = ['inside', 'right'] as const;
type Position = (typeof POSITIONS)[number];

/** ECharts' default gap between the bars of a category, as a share of a bar. */
const BAR_GAP = 0.1;
/** Distance of an outside label from the bar. */
const LABEL_DISTANCE = 5;

interface Bar {
  category: number;
  value: number;
  name: string;
  color: string;
  label?: { text: string; color: string; position: Position } | undefined;
  /** Stacked start and end on the value axis. */
  from: number;
  to: number;
}

interface Column {
  key: string;
  maxWidth?: number | undefined;
  bars: Bar[];
}

/**
 * Bar widths of the columns in a band (ECharts' calcBarWidthAndOffset): the band less the
 * category gap is shared, then columns over their `barMaxWidth` are capped and the rest share
 * what is left.
 */
export function columnWidths(band: number, columns: { maxWidth?: number | undefined }[]): number[] {
  const n = columns.length;
  const categoryGap = (Math.max(35 - n * 4, 15) / 100) * band;
  let remained = band;
  let autoCount = n;
  let auto = Math.max((remained - categoryGap) / (autoCount + (autoCount - 1) * BAR_GAP), 0);
  const widths: (number | undefined)[] = columns.map((col) => {
    if (col.maxWidth === undefined || col.maxWidth >= auto) return undefined;
    const w = Math.min(col.maxWidth, remained);
    remained -= w + BAR_GAP * w;
    autoCount--;
    return w;
  });
  auto = Math.max((remained - categoryGap) / (autoCount + (autoCount - 1) * BAR_GAP), 0);
  return widths.map((w) => w ?? auto);
}

/** Bar series of a chart, ready to draw once the grid is laid out. */
export interface BarSeries {
  /** Extent of the stacked values, for the value axis. */
  extent: [number, number];
  /** Legend entries by series name. */
  legend: LegendEntry[];
  /** Bars and their labels (labels separate: they go over every shape). */
  draw(c: Cartesian, fontSize: number): { shapes: string; labels: string };
}

/**
 * Read the bar series of a chart. `category` is the axis the bars stand on ('x' for vertical
 * bars), `palette` gives series colours by series index.
 */
export function barSeries(list: IndexedSeries[], category: Axis['dim'], categories: string[], base: BaseText, palette: readonly string[]): BarSeries {
  const columns: Column[] = [];
  const legend: LegendEntry[] = [];
  // Running stack ends per stack key and category: positive and negative apart.
  const ends = new Map<string, { pos: number[]; neg: number[] }>();
  let lo = 0;
  let hi = 0;
  for (const { series, index } of list) {
    const where = `series[${index}]`;
    section(series, SERIES_KEYS, where);
    const name = stringAt(series, 'name', where);
    const style = section(series['itemStyle'], ['color'], `${where}.itemStyle`);
    const color = colorAt(series, 'color', where) ?? colorAt(style, 'color', `${where}.itemStyle`) ?? palette[index % palette.length]!;
    const seriesLabel = section(series['label'], LABEL_KEYS, `${where}.label`);
    const key = stringAt(series, 'stack', where) ?? `\u0000${index}`;
    let column = columns.find((c) => c.key === key);
    if (!column) {
      column = { key, bars: [] };
      columns.push(column);
    }
    const maxWidth = numberAt(series, 'barMaxWidth', where);
    if (maxWidth !== undefined) column.maxWidth = column.maxWidth === undefined ? maxWidth : Math.min(column.maxWidth, maxWidth);
    const end = ends.get(key) ?? { pos: categories.map(() => 0), neg: categories.map(() => 0) };
    ends.set(key, end);
    if (name !== undefined) legend.push({ name, color, kind: 'bar' });
    (arrayAt(series, 'data', where) ?? []).forEach((raw, i) => {
      const w = `${where}.data[${i}]`;
      if (i >= categories.length) throw new UnsupportedOption(w, 'more bars than categories');
      const item: Obj | undefined = typeof raw === 'number' ? undefined : section(raw, ITEM_KEYS, w);
      const value = typeof raw === 'number' ? raw : numberAt(item, 'value', w);
      if (value === undefined) return;
      const itemLabel = section(item?.['label'], LABEL_KEYS, `${w}.label`);
      const pick = <T>(read: (o: Obj | undefined, at: string) => T | undefined): T | undefined => read(itemLabel, `${w}.label`) ?? read(seriesLabel, `${where}.label`);
      const position = pick((o, at) => oneOf(o, 'position', POSITIONS, at)) ?? 'inside';
      const show = pick((o, at) => boolAt(o, 'show', at)) ?? false;
      const formatter = pick((o, at) => stringAt(o, 'formatter', at));
      const itemColor = colorAt(section(item?.['itemStyle'], ['color'], `${w}.itemStyle`), 'color', `${w}.itemStyle`) ?? color;
      const catName = stringAt(item, 'name', w) ?? categories[i]!;
      const stack = value >= 0 ? end.pos : end.neg;
      const from = stack[i]!;
      const to = from + value;
      stack[i] = to;
      lo = Math.min(lo, to);
      hi = Math.max(hi, to);
      column.bars.push({
        category: i,
        value,
        name: catName,
        color: itemColor,
        from,
        to,
        label: show
          ? {
              text: formatter === undefined ? String(value) : applyFormatter(formatter, { seriesName: name, name: catName, value: String(value) }, `${w}.label.formatter`),
              // ECharts' default: white inside the bar, the chart's text colour outside.
              color: pick((o, at) => colorAt(o, 'color', at)) ?? (position === 'inside' ? '#fff' : base.color),
              position,
            }
          : undefined,
      });
    });
  }

  return {
    extent: [lo, hi],
    legend,
    draw(c: Cartesian, fontSize: number) {
      const cat = category === 'x' ? c.x : c.y;
      const val = category === 'x' ? c.y : c.x;
      const widths = columnWidths(cat.band, columns);
      const total = widths.reduce((s, w) => s + w * (1 + BAR_GAP), 0) - widths[widths.length - 1]! * BAR_GAP;
      // The band's direction on screen: bars of a category follow it.
      const dir = Math.sign(cat.p1 - cat.p0) || 1;
      const shapes: string[] = [];
      const labels: string[] = [];
      let offset = -total / 2;
      columns.forEach((col, k) => {
        const w = widths[k]!;
        for (const b of col.bars) {
          const centre = cat.toPixel(b.category) + dir * (offset + w / 2);
          const v0 = val.toPixel(b.from);
          const v1 = val.toPixel(b.to);
          const [x, y, bw, bh] = category === 'x' ? [centre - w / 2, Math.min(v0, v1), w, Math.abs(v1 - v0)] : [Math.min(v0, v1), centre - w / 2, Math.abs(v1 - v0), w];
          if (bw > 0 && bh > 0) shapes.push(el('path', { d: rectPath(x, y, bw, bh), fill: b.color }));
          if (!b.label) continue;
          const [lx, ly, anchor] =
            b.label.position === 'inside' ? ([x + bw / 2, y + bh / 2, 'middle'] as const) : ([x + bw + LABEL_DISTANCE, y + bh / 2, 'start'] as const);
          labels.push(textBlock({ lines: b.label.text.split('\n'), x: lx, y: ly, anchor, lineHeight: fontSize, fill: b.label.color }));
        }
        offset += w * (1 + BAR_GAP);
      });
      return { shapes: shapes.join(''), labels: labels.join('') };
    },
  };
}
