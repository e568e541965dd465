/**
 * The rounding tolerance, documented in one place.
 *
 * Sums are compared exactly, as Decimal. Documents round each printed line (usually to 2
 * decimals), so a total printed from unrounded figures may differ from the sum of the printed
 * lines. A difference is tolerated only up to half a unit of the least significant printed
 * decimal, times the number of addends: 0.005 × n for two-decimal amounts. Anything beyond that
 * is a real difference. Findings always state the difference exactly.
 */
import Decimal from 'decimal.js';
import { decimalsOf, inUnit, type Money, type MoneyUnit } from '../model/money.ts';

/** Half a unit of the last decimal printed in `m`, expressed in `unit`. */
export function halfUnit(m: Money, unit: MoneyUnit = m.unit): Decimal {
  const half = new Decimal(10).pow(-decimalsOf(m.text.replace(/,/g, ''))).div(2);
  return inUnit({ ...m, value: half }, unit);
}

/**
 * Tolerance for comparing a total with `addends` parts: half a unit of the finest printed
 * decimal among `figures` (the total and its parts), times the number of addends.
 */
export function roundingTolerance(figures: readonly Money[], addends: number, unit: MoneyUnit): Decimal {
  let finest: Decimal | undefined;
  for (const f of figures) {
    const h = halfUnit(f, unit);
    if (finest === undefined || h.lt(finest)) finest = h;
  }
  return (finest ?? new Decimal(0)).times(Math.max(addends, 1));
}

export type SumStatus = 'exact' | 'rounding' | 'mismatch';

export interface SumComparison {
  /** The unit all values below are in: the unit of the published total. */
  unit: MoneyUnit;
  /** The published total. */
  published: Decimal;
  /** The exact sum of the parts. */
  sum: Decimal;
  /** sum − published, exactly. */
  difference: Decimal;
  tolerance: Decimal;
  status: SumStatus;
  /** Decimals to show the sum with: the most any figure printed. */
  decimals: number;
}

/** Compare a published total with the exact sum of its parts. */
export function compareSum(total: Money, parts: readonly Money[]): SumComparison {
  const unit = total.unit;
  let sum = new Decimal(0);
  for (const p of parts) sum = sum.plus(inUnit(p, unit));
  const difference = sum.minus(total.value);
  const tolerance = roundingTolerance([total, ...parts], parts.length, unit);
  const status: SumStatus = difference.isZero() ? 'exact' : difference.abs().lte(tolerance) ? 'rounding' : 'mismatch';
  const decimals = Math.max(...[total, ...parts].filter((m) => m.unit === unit).map((m) => decimalsOf(m.text.replace(/,/g, ''))));
  return { unit, published: total.value, sum, difference, tolerance, status, decimals };
}
