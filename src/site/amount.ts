/**
 * How an amount is printed in a cell: at the precision the document printed it, and the exact
 * decimal for machines (data-amount). Never through a float.
 */
import { formatAmount, moneyDecimals, type Money, type MoneyUnit } from '../model/money.ts';

export interface AmountDisplay {
  /** "6,431.71" (no unit: the table caption or column says it). */
  text: string;
  /** "6,431.71 万元" */
  withUnit: string;
  /** Exact plain decimal, e.g. "6431.71", for data-amount. */
  exact: string;
  unit: MoneyUnit;
}

export function amountDisplay(m: Money): AmountDisplay {
  const decimals = moneyDecimals(m);
  const text = formatAmount(m.value, decimals);
  return { text, withUnit: `${text} ${m.unit}`, exact: m.value.toFixed(), unit: m.unit };
}
