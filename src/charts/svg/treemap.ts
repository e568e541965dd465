/**
 * Treemap series: nested rectangles laid out by `treemapLayout`, drawn as ECharts' TreemapView
 * draws them. Each node has a background in its border colour; a leaf also has a content
 * rectangle inset by its border width in its own colour, with its label centred; a parent shows
 * its children over the background and, when `upperLabel.show`, a label in the band on top.
 */
import {
  UnsupportedOption,
  applyFormatter,
  arrayAt,
  boolAt,
  colorAt,
  lengthAt,
  numberAt,
  oneOf,
  section,
  stringAt,
  type BaseText,
  type Obj,
} from './option.ts';
import { el, rectPath, textBlock } from './svg-markup.ts';
import { truncateLine } from './text-measure.ts';
import { TREEMAP_LABEL_PADDING } from '../treemap-labels.ts';
import { treemapLayout, type TreemapInput, type TreemapRect } from './treemap-layout.ts';

const SERIES_KEYS = ['type', 'name', 'id', 'roam', 'nodeClick', 'breadcrumb', 'left', 'right', 'top', 'bottom', 'label', 'upperLabel', 'itemStyle', 'data'];
// `exact` and `text` are ours (the tooltip's exact amount; the label texts treemap-labels.ts picks from).
const ITEM_KEYS = ['name', 'value', 'exact', 'text', 'itemStyle', 'label', 'upperLabel', 'children'];
const STYLE_KEYS = ['color', 'borderColor', 'borderWidth', 'gapWidth'];
const LABEL_KEYS = ['show', 'position', 'overflow', 'ellipsis', 'lineHeight', 'color', 'formatter'];
const UPPER_LABEL_KEYS = ['show', 'height', 'overflow', 'ellipsis', 'lineHeight', 'color', 'formatter'];


interface LabelSpec {
  show: boolean;
  text: string;
  color: string;
  lineHeight: number;
  fontSize: number;
  truncate: boolean;
  ellipsis: string;
}

interface Node extends TreemapInput {
  color: string;
  borderColor: string;
  label: LabelSpec;
  upperLabel: LabelSpec;
  children: Node[];
}

/** ECharts merges an item's label options over the series' ones. */
function labelSpec(series: Obj | undefined, item: Obj | undefined, name: string, value: number, base: BaseText, where: string, upper: boolean): LabelSpec {
  const pick = <T>(read: (o: Obj | undefined) => T | undefined): T | undefined => read(item) ?? read(series);
  const formatter = pick((o) => stringAt(o, 'formatter', where));
  const fontSize = base.fontSize;
  // Only centred ('inside') labels are drawn; oneOf throws for any other position.
  pick((o) => oneOf(o, 'position', ['inside'], where));
  const overflow = pick((o) => oneOf(o, 'overflow', ['truncate', 'none'], where)) ?? 'truncate';
  return {
    show: pick((o) => boolAt(o, 'show', where)) ?? !upper,
    text: formatter === undefined ? name : applyFormatter(formatter, { name, value: String(value) }, where),
    // ECharts' default treemap label colour is white.
    color: pick((o) => colorAt(o, 'color', where)) ?? '#fff',
    lineHeight: pick((o) => numberAt(o, 'lineHeight', where)) ?? fontSize,
    fontSize,
    truncate: overflow === 'truncate',
    ellipsis: pick((o) => stringAt(o, 'ellipsis', where)) ?? '...',
  };
}

function parseItem(raw: unknown, where: string, series: Obj, base: BaseText, inherited: string | undefined, index: number, palette: readonly string[]): Node {
  const item = section(raw, ITEM_KEYS, where)!;
  const name = stringAt(item, 'name', where) ?? '';
  const value = numberAt(item, 'value', where);
  if (value === undefined || value < 0) throw new UnsupportedOption(`${where}.value`, 'a treemap item needs a value ≥ 0');
  const style = section(item['itemStyle'], STYLE_KEYS, `${where}.itemStyle`);
  const seriesStyle = section(series['itemStyle'], STYLE_KEYS, 'series.itemStyle');
  const styled = <T>(read: (o: Obj | undefined) => T | undefined): T | undefined => read(style) ?? read(seriesStyle);
  // Top-level items take palette colours by index, children their parent's colour.
  const color = styled((o) => colorAt(o, 'color', `${where}.itemStyle`)) ?? inherited ?? palette[index % palette.length]!;
  const seriesLabel = section(series['label'], LABEL_KEYS, 'series.label');
  const seriesUpper = section(series['upperLabel'], UPPER_LABEL_KEYS, 'series.upperLabel');
  const label = labelSpec(seriesLabel, section(item['label'], LABEL_KEYS, `${where}.label`), name, value, base, `${where}.label`, false);
  const upper = labelSpec(seriesUpper, section(item['upperLabel'], UPPER_LABEL_KEYS, `${where}.upperLabel`), name, value, base, `${where}.upperLabel`, true);
  const upperHeight = numberAt(section(item['upperLabel'], UPPER_LABEL_KEYS, where), 'height', where) ?? numberAt(seriesUpper, 'height', where) ?? 20;
  const children = (arrayAt(item, 'children', where) ?? []).map((c, i) => parseItem(c, `${where}.children[${i}]`, series, base, color, i, palette));
  return {
    value,
    color,
    borderColor: styled((o) => colorAt(o, 'borderColor', `${where}.itemStyle`)) ?? '#fff',
    borderWidth: styled((o) => numberAt(o, 'borderWidth', `${where}.itemStyle`)) ?? 0,
    gapWidth: styled((o) => numberAt(o, 'gapWidth', `${where}.itemStyle`)) ?? 0,
    upperLabelHeight: upper.show ? upperHeight : 0,
    label,
    upperLabel: upper,
    children,
  };
}

/** Lines of a label that fit `width` × `height` (lines beyond the height are dropped, as ECharts' lineOverflow 'truncate'). */
function fitLines(spec: LabelSpec, width: number, height: number): string[] {
  const lines = spec.text.split('\n').slice(0, Math.max(0, Math.floor(height / spec.lineHeight)));
  if (!spec.truncate) return lines;
  return lines.map((l) => truncateLine(l, width, spec.ellipsis, spec.fontSize)).filter((l): l is string => l !== undefined);
}

/** Draw a treemap series into a `width` × `height` chart. */
export function drawTreemap(series: Obj, width: number, height: number, base: BaseText, palette: readonly string[]): string {
  section(series, SERIES_KEYS, 'series[0]');
  const breadcrumb = section(series['breadcrumb'], ['show'], 'series[0].breadcrumb');
  if (boolAt(breadcrumb, 'show', 'series[0].breadcrumb') !== false) throw new UnsupportedOption('series[0].breadcrumb.show', 'the breadcrumb is not drawn; set it to false');
  const data = arrayAt(series, 'data', 'series[0]') ?? [];
  const roots = data.map((d, i) => parseItem(d, `series[0].data[${i}]`, series, base, undefined, i, palette));
  // ECharts' default box: 20px sides, 50px top and bottom.
  const left = lengthAt(series, 'left', width, 'series[0]') ?? 20;
  const right = lengthAt(series, 'right', width, 'series[0]') ?? 20;
  const top = lengthAt(series, 'top', height, 'series[0]') ?? 50;
  const bottom = lengthAt(series, 'bottom', height, 'series[0]') ?? 50;
  const boxW = Math.max(width - left - right, 0);
  const boxH = Math.max(height - top - bottom, 0);

  const shapes: string[] = [];
  const labels: string[] = [];
  // The virtual root's background (series border colour, white).
  shapes.push(el('path', { d: rectPath(left, top, boxW, boxH), fill: '#fff' }));
  const draw = (r: TreemapRect<Node>): void => {
    const n = r.node;
    if (r.width <= 0 || r.height <= 0) return;
    shapes.push(el('path', { d: rectPath(r.x, r.y, r.width, r.height), fill: n.borderColor }));
    if (r.children.length > 0) {
      if (n.upperLabel.show && n.upperLabelHeight > 0) {
        const w = r.width - 2 * n.borderWidth;
        const upper = Math.max(n.borderWidth, n.upperLabelHeight);
        const lines = fitLines(n.upperLabel, w, upper);
        labels.push(textBlock({ lines, x: r.x + n.borderWidth, y: r.y + upper / 2, anchor: 'start', lineHeight: n.upperLabel.lineHeight, fill: n.upperLabel.color }));
      }
      r.children.forEach(draw);
      return;
    }
    const cw = Math.max(r.width - 2 * n.borderWidth, 0);
    const ch = Math.max(r.height - 2 * n.borderWidth, 0);
    if (cw > 0 && ch > 0) shapes.push(el('path', { d: rectPath(r.x + n.borderWidth, r.y + n.borderWidth, cw, ch), fill: n.color }));
    if (n.label.show) {
      const lines = fitLines(n.label, cw - 2 * TREEMAP_LABEL_PADDING, ch - 2 * TREEMAP_LABEL_PADDING);
      labels.push(textBlock({ lines, x: r.x + r.width / 2, y: r.y + r.height / 2, anchor: 'middle', lineHeight: n.label.lineHeight, fill: n.label.color }));
    }
  };
  treemapLayout(roots, left, top, boxW, boxH).forEach(draw);
  return shapes.join('') + labels.join('');
}
