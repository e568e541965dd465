/**
 * Reading the ECharts option safely. The static renderer draws only the subset of the option that
 * src/charts/report-charts.ts produces; anything else (an unknown key, a series type it does not
 * draw, a function formatter, a colour that is not a plain colour) throws, so that a new chart
 * feature fails the tests instead of being drawn wrong or silently left out.
 */

/** A JSON-like object of the option. */
export type Obj = Record<string, unknown>;

/** The error every unsupported option raises, naming where in the option it is. */
export class UnsupportedOption extends Error {
  constructor(where: string, what: string) {
    super(`renderSvg: unsupported option ${where}: ${what} (the static SVG renderer draws only what report-charts.ts produces)`);
    this.name = 'UnsupportedOption';
  }
}

/** `v` as an object (undefined when absent); throws for anything else. */
export function obj(v: unknown, where: string): Obj | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw new UnsupportedOption(where, `expected an object, got ${JSON.stringify(v)}`);
  return v as Obj;
}

/** Throw when `o` has a key outside `allowed`. */
export function checkKeys(o: Obj | undefined, allowed: readonly string[], where: string): void {
  if (!o) return;
  for (const k of Object.keys(o)) if (!allowed.includes(k) && o[k] !== undefined) throw new UnsupportedOption(`${where}.${k}`, 'key not drawn');
}

/** An object that must only have `allowed` keys. */
export function section(v: unknown, allowed: readonly string[], where: string): Obj | undefined {
  const o = obj(v, where);
  checkKeys(o, allowed, where);
  return o;
}

/** `o[key]` as a number (undefined when absent). */
export function numberAt(o: Obj | undefined, key: string, where: string): number | undefined {
  const v = o?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new UnsupportedOption(`${where}.${key}`, `expected a number, got ${JSON.stringify(v)}`);
  return v;
}

/** `o[key]` as a string (undefined when absent). */
export function stringAt(o: Obj | undefined, key: string, where: string): string | undefined {
  const v = o?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new UnsupportedOption(`${where}.${key}`, `expected a string, got ${typeof v === 'function' ? 'a function' : JSON.stringify(v)}`);
  return v;
}

/** `o[key]` as a boolean (undefined when absent). */
export function boolAt(o: Obj | undefined, key: string, where: string): boolean | undefined {
  const v = o?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new UnsupportedOption(`${where}.${key}`, `expected true or false, got ${JSON.stringify(v)}`);
  return v;
}

/** `o[key]` when it is one of `values`. */
export function oneOf<T extends string>(o: Obj | undefined, key: string, values: readonly T[], where: string): T | undefined {
  const v = stringAt(o, key, where);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw new UnsupportedOption(`${where}.${key}`, `"${v}" is not one of ${values.join(', ')}`);
  return v as T;
}

/** `o[key]` as an array (undefined when absent). */
export function arrayAt(o: Obj | undefined, key: string, where: string): unknown[] | undefined {
  const v = o?.[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new UnsupportedOption(`${where}.${key}`, 'expected an array');
  return v;
}

// Plain colours only: a `url(...)` paint would be an external reference.
const COLOR = /^(?:#[0-9a-fA-F]{3,8}|rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*)?\)|[a-zA-Z]+)$/;

/** `v` as a plain colour (hex, rgb(), rgba() or a keyword); throws for anything else. */
export function color(v: unknown, where: string): string {
  if (typeof v !== 'string' || !COLOR.test(v) || /^(?:url|inherit|var)$/i.test(v)) throw new UnsupportedOption(where, `${JSON.stringify(v)} is not a plain colour`);
  return v;
}

/** `o[key]` as a plain colour (undefined when absent). */
export function colorAt(o: Obj | undefined, key: string, where: string): string | undefined {
  const v = o?.[key];
  return v === undefined || v === null ? undefined : color(v, `${where}.${key}`);
}

/** A layout length: a number of px or a percentage of `whole`. */
export function lengthAt(o: Obj | undefined, key: string, whole: number, where: string): number | undefined {
  const v = o?.[key];
  return v === undefined || v === null ? undefined : length(v, whole, `${where}.${key}`);
}

/** A number of px, or a percentage string ("38%") of `whole`. */
export function length(v: unknown, whole: number, where: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(?:\.\d+)?%$/.test(v)) return (parseFloat(v) / 100) * whole;
  if (typeof v === 'string' && /^-?\d+(?:\.\d+)?$/.test(v)) return parseFloat(v);
  throw new UnsupportedOption(where, `expected px or a percentage, got ${JSON.stringify(v)}`);
}

/** What a string label formatter can refer to (ECharts' {a} {b} {c} {d}). */
export interface FormatterParams {
  seriesName?: string | undefined;
  name?: string | undefined;
  value?: string | undefined;
  percent?: string | undefined;
}

/**
 * Apply an ECharts string formatter: `{a}` series name, `{b}` data name, `{c}` value, `{d}` pie
 * percentage. Rich-text markup (`{style|text}`) is not drawn, so it is rejected; other braces
 * stay as they are, as in ECharts.
 */
export function applyFormatter(template: string, p: FormatterParams, where: string): string {
  if (/\{[a-zA-Z0-9_]+\|/.test(template)) throw new UnsupportedOption(where, 'rich-text formatter');
  const sub: Record<string, string | undefined> = { a: p.seriesName, b: p.name, c: p.value, d: p.percent };
  return template.replace(/\{([abcd])\}/g, (m: string, k: string) => sub[k] ?? m);
}

/** Text style the whole chart inherits (`textStyle` of the option). */
export interface BaseText {
  fontFamily: string;
  color: string;
  fontSize: number;
}
