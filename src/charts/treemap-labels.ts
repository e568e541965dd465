/**
 * Which treemap labels show at the size a treemap is drawn. A label shows only with its whole
 * amount: a truncated one ("13.00 …" for 13.00 万元) would misstate it. Run at build time for the
 * static SVG (report-charts.ts) and again in the browser at the live chart's size
 * (echarts-client.ts): a narrower chart gives narrower rectangles. Kept free of the renderer so the
 * browser chunk only carries the layout and the text measure.
 */
import { FONT_SIZE, measureText } from './svg/text-measure.ts';
import { treemapLayout, type TreemapInput, type TreemapRect } from './svg/treemap-layout.ts';

/** Inner padding of a treemap label (ECharts' default `label.padding`). */
export const TREEMAP_LABEL_PADDING = 5;

/** A treemap data item as report-charts.ts writes it: sizes, borders, and its label texts. */
export interface LabelledItem {
  value: number;
  itemStyle?: { borderWidth?: number; gapWidth?: number };
  /** A leaf's label: `text[0]` when it fits, else hidden. */
  label?: { show?: boolean; formatter?: string; lineHeight?: number };
  /** A parent's band: `text[0]` when it fits, else `text[1]` (the name alone). */
  upperLabel?: { show?: boolean; height?: number; formatter?: string };
  /** The label with its amount, and without (the same when there is no amount). */
  text: [string, string];
  children?: LabelledItem[];
}

interface Box extends TreemapInput {
  item: LabelledItem;
  children: Box[];
}

function box(item: LabelledItem): Box {
  const parent = (item.children?.length ?? 0) > 0;
  return {
    item,
    value: item.value,
    borderWidth: item.itemStyle?.borderWidth ?? 0,
    gapWidth: item.itemStyle?.gapWidth ?? 0,
    upperLabelHeight: parent && item.upperLabel?.show ? (item.upperLabel.height ?? 20) : 0,
    children: (item.children ?? []).map(box),
  };
}

/**
 * Whether `text` can show in `width` × `height`: its lines fit the height, and its last line, the
 * one with the amount, fits the width whole (with the 1px margin zrender's truncation keeps); a
 * name above it may be cut with an ellipsis.
 */
function fits(text: string, width: number, height: number, lineHeight: number, measure: Measure): boolean {
  const lines = text.split('\n');
  return lines.length * lineHeight <= height && measure(lines[lines.length - 1]!) <= width - 1;
}

/** Width in px of one line of label text. */
export type Measure = (text: string) => number;

/**
 * Set each label of `items` (the top level of a treemap filling `width` × `height`) for that size:
 * a leaf shows `text[0]` only where it fits inside its border and padding; a parent's band shows
 * `text[0]` where it fits, else `text[1]`. Changes the items in place; items too small to be drawn
 * get no label. `lineHeight`: the series' label line height; `measure`: the text width (the
 * browser passes its own, which knows the real font).
 */
export function fitTreemapLabels(items: LabelledItem[], width: number, height: number, lineHeight: number, measure: Measure = measureText): void {
  // Every label starts hidden or short; the laid-out rectangles then show those with room.
  const reset = (item: LabelledItem): void => {
    if (item.children?.length) {
      if (item.upperLabel) item.upperLabel.formatter = item.text[1];
      item.children.forEach(reset);
    } else {
      item.label = { ...item.label, show: false, formatter: item.text[0] };
    }
  };
  const visit = (r: TreemapRect<Box>): void => {
    const { item } = r.node;
    if (item.children?.length) {
      if (item.upperLabel && fits(item.text[0], r.width, Infinity, lineHeight, measure)) item.upperLabel.formatter = item.text[0];
      r.children.forEach(visit);
      return;
    }
    const inset = 2 * ((item.itemStyle?.borderWidth ?? 0) + TREEMAP_LABEL_PADDING);
    // At least three characters of width, so that a name is not cut to nothing.
    if (r.width - inset - 1 >= 3 * FONT_SIZE && fits(item.text[0], r.width - inset, r.height - inset, item.label?.lineHeight ?? lineHeight, measure)) {
      item.label = { ...item.label, show: true };
    }
  };
  items.forEach(reset);
  treemapLayout(items.map(box), 0, 0, width, height).forEach(visit);
}
