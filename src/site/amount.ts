/**
 * How an amount is printed in a cell: at the precision the document printed it, and the exact
 * decimal for machines (data-amount). Never through a float.
 */
import { formatAmount, moneyDecimals, type Money, type MoneyUnit } from '../model/money.ts';
import { esc } from './html-escape.ts';

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

/** What a page prints for a figure or part the document did not publish. */
export const NOT_PUBLISHED_HTML = '<span class="not-published" data-status="not-published">未公开</span>';

/**
 * One amount as HTML, with the exact decimal in data-amount, or 未公开 when it was not published;
 * `withUnit` prints the unit after the number (outside tables). A string, not an Astro component:
 * a report page prints ~85 amounts, and a component instance each cost more than its markup.
 */
export function amountHtml(m: Money | undefined, withUnit = false): string {
  if (!m) return NOT_PUBLISHED_HTML;
  const a = amountDisplay(m);
  return `<span class="amount" data-amount="${esc(a.exact)}" data-unit="${esc(a.unit)}">${esc(withUnit ? a.withUnit : a.text)}</span>`;
}
