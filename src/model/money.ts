/**
 * Exact money. Amounts are parsed into Decimal once, here, and keep the text they came from.
 */
import { Decimal } from './decimal.ts';

export type MoneyUnit = '万元' | '元';

/** An amount as published: its original text, its exact value and its unit. */
export interface Money {
  text: string;
  value: Decimal;
  unit: MoneyUnit;
}

/** Parse a validated amount string ("1,048.54", "83.00") into Money. */
export function parseMoney(text: string, unit: MoneyUnit): Money {
  return { text, value: exactValue(text.replace(/,/g, '')), unit };
}

/**
 * Exact values by text: documents repeat the same amounts and shares ("0.00", "30") many times, and
 * a Decimal never changes, so one is made per text. Bounded: when full it starts again.
 */
const values = new Map<string, Decimal>();

/** The exact value of a plain decimal number ("1048.54", "30"). */
export function exactValue(text: string): Decimal {
  let v = values.get(text);
  if (!v) {
    v = new Decimal(text);
    if (values.size >= 50_000) values.clear();
    values.set(text, v);
  }
  return v;
}

/** Parse an optional amount: `undefined` (column absent) and `null` (cell left blank) stay absent. */
export function parseOptionalMoney(text: string | null | undefined, unit: MoneyUnit): Money | undefined {
  return text === null || text === undefined ? undefined : parseMoney(text, unit);
}

/** Convert to 万元 (the unit the site compares in) without losing precision. */
export function toWanyuan(m: Money): Decimal {
  return m.unit === '万元' ? m.value : m.value.div(10000);
}

/** The value of `m` expressed in `unit`, exactly. */
export function inUnit(m: Money, unit: MoneyUnit): Decimal {
  return convertUnit(m.value, m.unit, unit);
}

/** `value`, an amount in `from`, expressed in `to`, exactly. */
export function convertUnit(value: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  if (from === to) return value;
  return to === '万元' ? value.div(10000) : value.times(10000);
}

/**
 * Exact sum of amounts, printed at the finest precision of its parts (in 万元 when the units
 * differ); undefined when there is nothing to add or any part is missing (not published).
 */
export function sumMoney(items: readonly (Money | undefined)[]): Money | undefined {
  if (items.length === 0 || items.some((m) => m === undefined)) return undefined;
  const ms = items as Money[];
  const same = ms.every((m) => m.unit === ms[0]!.unit);
  const unit: MoneyUnit = same ? ms[0]!.unit : '万元';
  const value = sum(ms.map((m) => inUnit(m, unit)));
  const decimals = Math.max(...ms.map((m) => moneyDecimals(m) + (same || m.unit === '万元' ? 0 : 4)));
  return { text: value.toFixed(decimals), value, unit };
}

/** Exact sum of Decimals. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(v);
  return total;
}

/** Number of decimals the document printed, so sums can be shown at the published precision. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Number of decimals printed in an amount (thousands separators only come before the point). */
export function moneyDecimals(m: Money): number {
  return decimalsOf(m.text);
}

/** Format the Chinese way with thousands separators, at `decimals` places (default: as exact as needed). */
export function formatAmount(value: Decimal, decimals?: number): string {
  const fixed = decimals === undefined ? value.toFixed() : value.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** "6,431.71 万元" */
export function formatMoney(m: Money): string {
  return `${formatAmount(m.value, moneyDecimals(m))} ${m.unit}`;
}
