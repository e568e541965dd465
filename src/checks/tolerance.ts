/**
 * The rounding tolerance, documented in one place.
 *
 * Sums are compared exactly, as Decimal. Documents round each printed line (usually to 2
 * decimals), so a total printed from unrounded figures may differ from the sum of the printed
 * lines. A difference is tolerated only up to half a unit of the least significant printed
 * decimal, times the number of addends: 0.005 × n for two-decimal amounts. Anything beyond that
 * is a real difference. Findings always state the difference exactly.
 */
import { Decimal } from '../model/decimal.ts';
import { convertUnit, moneyDecimals, type Money, type MoneyUnit } from '../model/money.ts';

const halves = new Map<number, Decimal>();

/** Half a unit of the `decimals`-th decimal place (0.005 for 2; 5000 for −4), exactly; a handful of values recur. */
export function halfOfDecimal(decimals: number): Decimal {
  let h = halves.get(decimals);
  if (!h) {
    h = new Decimal(10).pow(-decimals).div(2);
    halves.set(decimals, h);
  }
  return h;
}

/** The decimal place of the last digit printed in `m`, counted in `unit` (元 has 4 more places than 万元). */
function decimalsIn(m: Money, unit: MoneyUnit): number {
  const d = moneyDecimals(m);
  return m.unit === unit ? d : unit === '万元' ? d + 4 : d - 4;
}

/** Half a unit of the last decimal printed in `m`, expressed in `unit`. */
export function halfUnit(m: Money, unit: MoneyUnit = m.unit): Decimal {
  return halfOfDecimal(decimalsIn(m, unit));
}

/**
 * Tolerance for comparing a total with `addends` parts: half a unit of the finest printed
 * decimal among `figures` (the total and its parts), times the number of addends.
 */
export function roundingTolerance(figures: readonly Money[], addends: number, unit: MoneyUnit): Decimal {
  if (figures.length === 0) return new Decimal(0);
  // The finest decimal has the smallest half unit.
  let finest = -Infinity;
  for (const f of figures) finest = Math.max(finest, decimalsIn(f, unit));
  return halfOfDecimal(finest).times(Math.max(addends, 1));
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
  let decimals = moneyDecimals(total);
  for (const p of parts) {
    sum = sum.plus(convertUnit(p.value, p.unit, unit));
    if (p.unit === unit) decimals = Math.max(decimals, moneyDecimals(p));
  }
  const difference = sum.minus(total.value);
  const tolerance = roundingTolerance([total, ...parts], parts.length, unit);
  const status: SumStatus = difference.isZero() ? 'exact' : difference.abs().lte(tolerance) ? 'rounding' : 'mismatch';
  return { unit, published: total.value, sum, difference, tolerance, status, decimals };
}
