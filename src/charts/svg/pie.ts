/**
 * Pie (donut) series with outside labels and leader lines, as ECharts draws it: slices clockwise
 * from `startAngle`, a white border between them, each label `formatter` text next to a leader
 * line in the slice's colour (placement in pie-layout.ts).
 */
import {
  UnsupportedOption,
  applyFormatter,
  arrayAt,
  boolAt,
  colorAt,
  length,
  numberAt,
  oneOf,
  section,
  stringAt,
  type BaseText,
  type Obj,
} from './option.ts';
import { layoutPieLabels, pieSlices, type PieGeometry, type Slice } from './pie-layout.ts';
import { el, num, textBlock } from './svg-markup.ts';
import { measureText, truncateLine } from './text-measure.ts';

const SERIES_KEYS = ['type', 'name', 'id', 'radius', 'center', 'startAngle', 'label', 'labelLine', 'itemStyle', 'data'];
const ITEM_KEYS = ['name', 'value', 'exact', 'itemStyle', 'label'];
const STYLE_KEYS = ['color', 'borderColor', 'borderWidth'];
const LABEL_KEYS = ['show', 'position', 'color', 'lineHeight', 'formatter'];
const LABEL_LINE_KEYS = ['show', 'length', 'length2'];

/** Path of a ring sector (a full ring when the slice is the whole circle). */
function sectorPath(cx: number, cy: number, r0: number, r: number, s: Slice): string {
  const angle = s.endAngle - s.startAngle;
  const pt = (radius: number, a: number) => `${num(cx + radius * Math.cos(a))} ${num(cy + radius * Math.sin(a))}`;
  if (angle >= Math.PI * 2 - 1e-6) {
    // Two half circles each way; the inner ring runs the other way, so it is a hole.
    const a0 = s.startAngle;
    const outer = `M${pt(r, a0)}A${num(r)} ${num(r)} 0 1 1 ${pt(r, a0 + Math.PI)}A${num(r)} ${num(r)} 0 1 1 ${pt(r, a0)}Z`;
    if (r0 <= 0) return outer;
    return `${outer}M${pt(r0, a0)}A${num(r0)} ${num(r0)} 0 1 0 ${pt(r0, a0 + Math.PI)}A${num(r0)} ${num(r0)} 0 1 0 ${pt(r0, a0)}Z`;
  }
  const large = angle > Math.PI ? 1 : 0;
  const outer = `A${num(r)} ${num(r)} 0 ${large} 1 ${pt(r, s.endAngle)}`;
  if (r0 <= 0) return `M${num(cx)} ${num(cy)}L${pt(r, s.startAngle)}${outer}Z`;
  return `M${pt(r, s.startAngle)}${outer}L${pt(r0, s.endAngle)}A${num(r0)} ${num(r0)} 0 ${large} 0 ${pt(r0, s.startAngle)}Z`;
}

/** ECharts' {d}: the share in percent with two decimals at most. */
function percentText(v: number, sum: number): string {
  return sum ? String(+((v / sum) * 100).toFixed(2)) : '0';
}

/** Draw a pie series into a `width` × `height` chart. */
export function drawPie(series: Obj, width: number, height: number, base: BaseText, palette: readonly string[]): string {
  const where = 'series[0]';
  section(series, SERIES_KEYS, where);
  const seriesLabel = section(series['label'], LABEL_KEYS, `${where}.label`);
  const seriesStyle = section(series['itemStyle'], STYLE_KEYS, `${where}.itemStyle`);
  const labelLine = section(series['labelLine'], LABEL_LINE_KEYS, `${where}.labelLine`);
  const radius = series['radius'] ?? [0, '50%'];
  const center = series['center'] ?? ['50%', '50%'];
  if (!Array.isArray(center) || center.length !== 2) throw new UnsupportedOption(`${where}.center`, 'expected [x, y]');
  const size = Math.min(width, height) / 2;
  const [r0raw, rraw] = Array.isArray(radius) ? radius : [0, radius];
  const r0 = length(r0raw, size, `${where}.radius`);
  const r = length(rraw, size, `${where}.radius`);
  const cx = length(center[0], width, `${where}.center`);
  const cy = length(center[1], height, `${where}.center`);
  const seriesName = stringAt(series, 'name', where);

  const data = (arrayAt(series, 'data', where) ?? []).map((raw, i) => {
    const w = `${where}.data[${i}]`;
    const item = section(raw, ITEM_KEYS, w)!;
    const value = numberAt(item, 'value', w);
    if (value === undefined || value < 0) throw new UnsupportedOption(`${w}.value`, 'a pie item needs a value ≥ 0');
    const style = section(item['itemStyle'], STYLE_KEYS, `${w}.itemStyle`);
    const label = section(item['label'], LABEL_KEYS, `${w}.label`);
    const pick = <T>(read: (o: Obj | undefined, at: string) => T | undefined): T | undefined => read(label, `${w}.label`) ?? read(seriesLabel, `${where}.label`);
    // Only outside labels are drawn: oneOf throws for another position.
    pick((o, at) => oneOf(o, 'position', ['outside', 'outer'], at));
    return {
      name: stringAt(item, 'name', w) ?? '',
      value,
      color: colorAt(style, 'color', w) ?? colorAt(seriesStyle, 'color', where) ?? palette[i % palette.length]!,
      borderColor: colorAt(style, 'borderColor', w) ?? colorAt(seriesStyle, 'borderColor', where),
      borderWidth: numberAt(style, 'borderWidth', w) ?? numberAt(seriesStyle, 'borderWidth', where) ?? 1,
      show: pick((o, at) => boolAt(o, 'show', at)) ?? true,
      formatter: pick((o, at) => stringAt(o, 'formatter', at)),
      labelColor: pick((o, at) => colorAt(o, 'color', at)),
      lineHeight: pick((o, at) => numberAt(o, 'lineHeight', at)) ?? base.fontSize,
      where: w,
    };
  });
  const sum = data.reduce((s, d) => s + d.value, 0);
  const slices = pieSlices(
    data.map((d) => d.value),
    numberAt(series, 'startAngle', where) ?? 90,
  );

  const shapes = data.map((d, i) =>
    el('path', {
      d: sectorPath(cx, cy, r0, r, slices[i]!),
      fill: d.color,
      stroke: d.borderWidth > 0 ? (d.borderColor ?? '#fff') : undefined,
      'stroke-width': d.borderWidth > 0 && d.borderWidth !== 1 ? d.borderWidth : undefined,
      'stroke-linejoin': d.borderWidth > 0 ? 'round' : undefined,
    }),
  );

  // Labels: the formatter's lines; names may be cut to the room beside the pie, figures never.
  const labelled = data.map((d, i) => ({ d, i })).filter(({ d }) => d.show);
  const texts = labelled.map(({ d }) => {
    const raw = d.formatter === undefined ? d.name : applyFormatter(d.formatter, { seriesName, name: d.name, value: String(d.value), percent: percentText(d.value, sum) }, `${d.where}.label.formatter`);
    return raw.split('\n');
  });
  const current = texts.map((t) => t.slice());
  const widthOf = (lines: string[]) => Math.max(0, ...lines.map((l) => measureText(l, base.fontSize)));
  const inputs = labelled.map(({ d, i }, k) => ({
    slice: slices[i]!,
    width: widthOf(texts[k]!),
    height: texts[k]!.length * d.lineHeight,
    constrain(available: number): number {
      current[k] = texts[k]!.map((l) => (measureText(l, base.fontSize) <= available ? l : (truncateLine(l, available, '...', base.fontSize) ?? l)));
      return widthOf(current[k]!);
    },
  }));
  const geometry: PieGeometry = {
    cx,
    cy,
    r,
    view: { x: 0, y: 0, width, height },
    len: numberAt(labelLine, 'length', `${where}.labelLine`) ?? 15,
    len2: numberAt(labelLine, 'length2', `${where}.labelLine`) ?? 30,
    distance: 5,
    bleedMargin: Math.min(width, height) > 200 ? 10 : 2,
  };
  const placed = layoutPieLabels(
    inputs,
    labelled.map(({ d }) => d.value),
    geometry,
  );
  const showLines = boolAt(labelLine, 'show', `${where}.labelLine`) ?? true;
  const lines: string[] = [];
  const labels: string[] = [];
  placed.forEach((p, k) => {
    if (!p) return;
    const { d } = labelled[k]!;
    if (showLines) {
      const [a, b, c] = p.line as [[number, number], [number, number], [number, number]];
      lines.push(el('path', { d: `M${num(a[0])} ${num(a[1])}L${num(b[0])} ${num(b[1])}L${num(c[0])} ${num(c[1])}`, fill: 'none', stroke: d.color }));
    }
    labels.push(textBlock({ lines: current[k]!, x: p.x, y: p.y, anchor: p.anchor, lineHeight: d.lineHeight, fill: d.labelColor ?? d.color }));
  });
  return lines.join('') + shapes.join('') + labels.join('');
}
