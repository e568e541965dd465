/**
 * The legend, laid out as ECharts' horizontal legend: items (25×14 icon, 5px gap, name) 8px
 * apart in rows 8px apart, wrapped at the chart's width less `left`, the block placed by
 * top/bottom/left/right (centred when neither `left` nor `right` is set) with 5px padding.
 */
import { UnsupportedOption, arrayAt, boolAt, colorAt, lengthAt, section, type Obj } from './option.ts';
import { el, num, textBlock } from './svg-markup.ts';
import { measureText } from './text-measure.ts';
import { roundRectPath, symbolPath, type SymbolName } from './symbols.ts';

const LEGEND_KEYS = ['show', 'top', 'bottom', 'left', 'right', 'textStyle', 'data'];

/** What a legend item shows for its series. */
export interface LegendEntry {
  name: string;
  color: string;
  /** Line series: the line and its symbol; bar series: a rounded rectangle. */
  kind: 'line' | 'bar';
  symbol?: { shape: SymbolName; empty: boolean } | undefined;
  lineWidth?: number | undefined;
}

const ITEM_WIDTH = 25;
const ITEM_HEIGHT = 14;
const ITEM_GAP = 8;
const TEXT_GAP = 5;
const PADDING = 5;
/** ECharts' default legend text colour. */
const LEGEND_TEXT = '#54555a';

/** Vertical extent of an item's drawing relative to its origin: the box ECharts lays it out by. */
function itemExtent(entry: LegendEntry, fontSize: number): [number, number] {
  const mid = ITEM_HEIGHT / 2;
  // The text line, centred on the icon.
  let top = mid - fontSize / 2;
  let bottom = mid + fontSize / 2;
  if (entry.kind === 'bar') return [Math.min(top, 0), Math.max(bottom, ITEM_HEIGHT)];
  const s = ITEM_HEIGHT * 0.8;
  const symbol: Record<SymbolName, [number, number]> = {
    circle: [mid - s / 2, mid + s / 2],
    rect: [mid - s / 2, mid + s / 2],
    roundRect: [mid - s / 2, mid + s / 2],
    triangle: [mid - s / 2, mid + s / 2],
    diamond: [mid - s / 2, mid + s / 2],
    // A pin stands on the point, an arrow hangs from it (symbols.ts).
    pin: [mid - s + (((s * 3) / 10) ** 2) / (s - (s * 3) / 10), mid],
    arrow: [mid, mid + s],
  };
  if (entry.symbol) {
    const [t, b] = symbol[entry.symbol.shape];
    top = Math.min(top, t);
    bottom = Math.max(bottom, b);
  }
  return [top, bottom];
}

/** Draw the legend of `option.legend` for `entries` (series by name), or '' without a legend. */
export function drawLegend(raw: unknown, entries: Map<string, LegendEntry>, width: number, height: number, fontSize: number): string {
  const legend = section(raw, LEGEND_KEYS, 'legend');
  if (!legend || boolAt(legend, 'show', 'legend') === false) return '';
  const textStyle = section(legend['textStyle'], ['color'], 'legend.textStyle');
  const textColor = colorAt(textStyle, 'color', 'legend.textStyle') ?? LEGEND_TEXT;
  const names = (arrayAt(legend, 'data', 'legend') ?? [...entries.keys()]).map((n, i) => {
    if (typeof n === 'string') return n;
    const o = section(n, ['name'], `legend.data[${i}]`) as Obj;
    if (typeof o['name'] !== 'string') throw new UnsupportedOption(`legend.data[${i}]`, 'expected a name');
    return o['name'];
  });
  // Names without a series have no item (as in ECharts).
  const items = names.map((n) => entries.get(n)).filter((e): e is LegendEntry => e !== undefined);
  if (items.length === 0) return '';

  const left = lengthAt(legend, 'left', width, 'legend');
  const right = lengthAt(legend, 'right', width, 'legend');
  const top = lengthAt(legend, 'top', height, 'legend');
  const bottom = lengthAt(legend, 'bottom', height, 'legend');
  // Where ECharts 6 wraps, as measured: `right` does not narrow the rows.
  const maxWidth = width - (left ?? 0) - 2 * PADDING;
  // zrender's box layout: items in rows by their bounding boxes, rows as tall as their tallest item.
  const placed: { entry: LegendEntry; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const entry of items) {
    // A line item's box starts 1px left of its icon (its hit area), a bar item's at the icon.
    const x0 = entry.kind === 'line' ? -1 : 0;
    const w = ITEM_WIDTH + TEXT_GAP + measureText(entry.name, fontSize) - x0;
    const [t, b] = itemExtent(entry, fontSize);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += rowHeight + ITEM_GAP;
      rowHeight = 0;
    }
    rowHeight = Math.max(rowHeight, b - t);
    placed.push({ entry, x: x - x0, y });
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x + w), Math.min(minY, y + t), Math.max(maxY, y + b)];
    x += w + ITEM_GAP;
  }
  const boxWidth = maxX - minX + 2 * PADDING;
  const boxHeight = maxY - minY + 2 * PADDING;
  const boxX = left !== undefined ? left : right !== undefined ? width - right - boxWidth : (width - boxWidth) / 2;
  // ECharts' default legend sits 15px above the bottom.
  const boxY = top !== undefined ? top : height - (bottom ?? 15) - boxHeight;
  const ox = boxX + PADDING - minX;
  const oy = boxY + PADDING - minY;

  return placed
    .map(({ entry, x: ix, y: iy }) => {
      const x0 = ox + ix;
      const cy = oy + iy + ITEM_HEIGHT / 2;
      let icon: string;
      if (entry.kind === 'line') {
        icon = el('path', { d: `M${num(x0)} ${num(cy)}h${ITEM_WIDTH}`, stroke: entry.color, 'stroke-width': entry.lineWidth ?? 2 });
        if (entry.symbol) {
          const d = symbolPath(entry.symbol.shape, x0 + ITEM_WIDTH / 2, cy, ITEM_HEIGHT * 0.8);
          icon += entry.symbol.empty ? el('path', { d, fill: '#fff', stroke: entry.color, 'stroke-width': 2 }) : el('path', { d, fill: entry.color });
        }
      } else {
        icon = el('path', { d: roundRectPath(x0, oy + iy, ITEM_WIDTH, ITEM_HEIGHT, ITEM_HEIGHT / 4), fill: entry.color });
      }
      const label = textBlock({ lines: [entry.name], x: x0 + ITEM_WIDTH + TEXT_GAP, y: cy, anchor: 'start', lineHeight: fontSize, fill: textColor });
      return icon + label;
    })
    .join('');
}
