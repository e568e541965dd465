/**
 * ECharts' built-in symbols (util/symbol.js) as SVG path data at absolute coordinates, for line
 * series points and legend icons. Paths of one colour can be concatenated into one element.
 */
import { UnsupportedOption } from './option.ts';
import { num, rectPath } from './svg-markup.ts';

/** Symbols this renderer draws ('empty…' variants are the same shapes, outlined). */
export const SYMBOLS = ['circle', 'rect', 'roundRect', 'triangle', 'diamond', 'pin', 'arrow'] as const;
/** A symbol shape by its ECharts name. */
export type SymbolName = (typeof SYMBOLS)[number];

/** A symbol type from the option: the shape and whether it is drawn empty (outlined). */
export function parseSymbol(v: string, where: string): { shape: SymbolName; empty: boolean } | undefined {
  if (v === 'none') return undefined;
  const empty = v.startsWith('empty');
  const shape = empty ? v.charAt(5).toLowerCase() + v.slice(6) : v;
  if (!(SYMBOLS as readonly string[]).includes(shape)) throw new UnsupportedOption(where, `symbol "${v}" is not drawn`);
  return { shape: shape as SymbolName, empty };
}

function pt(x: number, y: number): string {
  return `${num(x)} ${num(y)}`;
}

/** Path data of `shape` of `size` px centred on (cx, cy), as ECharts builds it. */
export function symbolPath(shape: SymbolName, cx: number, cy: number, size: number): string {
  const h = size / 2;
  switch (shape) {
    case 'circle':
      return `M${pt(cx - h, cy)}a${num(h)} ${num(h)} 0 1 0 ${num(size)} 0a${num(h)} ${num(h)} 0 1 0 ${num(-size)} 0Z`;
    case 'rect':
      return rectPath(cx - h, cy - h, size, size);
    case 'roundRect':
      return roundRectPath(cx - h, cy - h, size, size, size / 4);
    case 'triangle':
      return `M${pt(cx, cy - h)}L${pt(cx + h, cy + h)}L${pt(cx - h, cy + h)}Z`;
    case 'diamond':
      return `M${pt(cx, cy - h)}L${pt(cx + h, cy)}L${pt(cx, cy + h)}L${pt(cx - h, cy)}Z`;
    case 'pin': {
      // A map pin whose tip is the point (ECharts' Pin shape).
      const w = (size / 5) * 3;
      const ph = Math.max(w, size);
      const r = w / 2;
      const dy = (r * r) / (ph - r);
      const pcy = cy - ph + r + dy;
      const angle = Math.asin(dy / r);
      const dx = Math.cos(angle) * r;
      const tanX = Math.sin(angle);
      const tanY = Math.cos(angle);
      const cp = r * 0.6;
      const cp2 = r * 0.7;
      return (
        `M${pt(cx - dx, pcy + dy)}A${num(r)} ${num(r)} 0 1 1 ${pt(cx + dx, pcy + dy)}` +
        `C${pt(cx + dx - tanX * cp, pcy + dy + tanY * cp)} ${pt(cx, cy - cp2)} ${pt(cx, cy)}` +
        `C${pt(cx, cy - cp2)} ${pt(cx - dx + tanX * cp, pcy + dy + tanY * cp)} ${pt(cx - dx, pcy + dy)}Z`
      );
    }
    case 'arrow': {
      // Tip at the point, as ECharts' Arrow shape.
      const dx = (size / 3) * 2;
      return `M${pt(cx, cy)}L${pt(cx + dx, cy + size)}L${pt(cx, cy + (size / 4) * 3)}L${pt(cx - dx, cy + size)}Z`;
    }
  }
}

/** Path data of a rectangle with rounded corners of radius `r`. */
export function roundRectPath(x: number, y: number, w: number, h: number, r: number): string {
  const a = `A${num(r)} ${num(r)} 0 0 1`;
  return (
    `M${pt(x + r, y)}L${pt(x + w - r, y)}${a} ${pt(x + w, y + r)}L${pt(x + w, y + h - r)}${a} ${pt(x + w - r, y + h)}` +
    `L${pt(x + r, y + h)}${a} ${pt(x, y + h - r)}L${pt(x, y + r)}${a} ${pt(x + r, y)}Z`
  );
}
