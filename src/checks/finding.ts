/**
 * A finding: one thing a check noticed about a report, said in plain Chinese, pointing at the
 * figure it concerns (its declaration path and its anchor on the report page).
 */
import type { Place } from '../model/report.ts';

/**
 * - `error`: the published figures do not add up (beyond rounding) or contradict each other.
 * - `warning`: something a reader should look at: likely inconsistent, incomplete or against guidance.
 * - `info`: context for the reader (rounding, columns not published, coverage), not a fault.
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提示关注', info: '说明' };

export interface Finding {
  /** The rule id, e.g. `sum.expenditure`. */
  rule: string;
  severity: Severity;
  /** Plain Chinese, naming the figures involved with their exact amounts. */
  message: string;
  where: Place;
}
