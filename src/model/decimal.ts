/**
 * The project's one Decimal: decimal.js with a precision that keeps every amount, sum and unit
 * conversion exact. decimal.js rounds every result to `precision` significant digits (20 by
 * default, which turned a 31-digit table that balances exactly into a difference of
 * 100,000,000,000 万元), so every Decimal is made here; results take the precision of the
 * constructor that made their left operand.
 *
 * Amounts are limited (src/model/schema.ts, AMOUNT_LIMIT) to 30 digits before the point and 10
 * after. The largest exact result: a sum of up to 10^7 of them (37 digits), in 元 (4 more before
 * the point) or in 万元 (4 more after): 41 + 14 = 55 significant digits, within the 64 kept.
 * Ratios (shares, execution rates, per-resident figures) are quotients, computed to 64
 * significant digits and printed rounded to the decimals each states.
 */
import DecimalJs from 'decimal.js';

export const PRECISION = 64;

/** Never exponent notation in toString/toJSON (the open-data JSON writes Decimals as their text). */
export const Decimal = DecimalJs.clone({ precision: PRECISION, toExpNeg: -9e15, toExpPos: 9e15 });
export type Decimal = DecimalJs;
