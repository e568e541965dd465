/**
 * SVG markup helpers: escaping, number formatting, elements and multi-line text.
 *
 * Every string that reaches the output passes through here, so escaping happens in one place:
 * attribute values through `escapeAttribute`, text content through `escapeText`. Element and
 * attribute names are never taken from the option.
 */

/** Escape text content (`&`, `<`, `>`). */
export function escapeText(s: string): string {
  // Most strings need nothing: test once instead of running three replacements.
  return /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
}

/** Escape an attribute value written between double quotes. */
export function escapeAttribute(s: string): string {
  return /[&"<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
}

/**
 * A coordinate with one decimal (a tenth of a CSS pixel is below what a screen shows, and it
 * keeps the markup short), never `-0` or an exponent.
 */
export function num(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`renderSvg: non-finite coordinate ${v}`);
  // In tenths as an integer: printing integers is much cheaper than printing doubles.
  const tenths = Math.round(v * 10);
  if (tenths === 0) return '0';
  const abs = Math.abs(tenths);
  const frac = abs % 10;
  const int = (abs - frac) / 10;
  return (tenths < 0 ? '-' : '') + (frac ? `${int}.${frac}` : `${int}`);
}

/** Attribute values: strings are escaped, numbers formatted with `num`, undefined omitted. */
export type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  let out = '';
  for (const k in attrs) {
    const v = attrs[k];
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeAttribute(v)}"`;
  }
  return out;
}

/**
 * An element; `content` is markup (already escaped), so callers pass `escapeText(...)` for text.
 * Without content the element is self-closing.
 */
export function el(name: string, attrs: Attributes, content?: string): string {
  return content === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** Path data of an axis-aligned rectangle. */
export function rectPath(x: number, y: number, w: number, h: number): string {
  return `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`;
}

/** Horizontal anchor of a text block, as in SVG. */
export type Anchor = 'start' | 'middle' | 'end';

/** A block of text lines, vertically centred on `y` (ECharts' verticalAlign 'middle'). */
export interface TextBlock {
  lines: string[];
  x: number;
  /** Centre of the block. */
  y: number;
  anchor: Anchor;
  lineHeight: number;
  fill: string;
}

/**
 * Text lines as one `<text>`: each line is its own text node (a `<tspan>` when there are several),
 * so a label reads as `>8 万元<` in the markup. Lines are centred on their line box with
 * `dominant-baseline="central"`, as zrender draws them. Runs of spaces are kept (xml:space).
 */
export function textBlock(b: TextBlock): string {
  if (b.lines.length === 0) return '';
  const top = b.y - (b.lines.length * b.lineHeight) / 2;
  const preserve = b.lines.some((l) => /\s\s|^\s|\s$/.test(l)) ? 'preserve' : undefined;
  const common: Attributes = {
    'dominant-baseline': 'central',
    'text-anchor': b.anchor === 'start' ? undefined : b.anchor,
    fill: b.fill,
    'xml:space': preserve,
  };
  if (b.lines.length === 1) return el('text', { x: b.x, y: b.y, ...common }, escapeText(b.lines[0]!));
  const spans = b.lines.map((l, i) => el('tspan', { x: b.x, y: top + (i + 0.5) * b.lineHeight }, escapeText(l))).join('');
  return el('text', common, spans);
}
