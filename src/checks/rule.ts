/**
 * A rule: one documented check. Rules are data: an id, a severity, a title, the reason it exists
 * (rationale) and where that reason comes from (basis), plus a small pure function.
 */
import type { Report } from '../model/report.ts';
import type { Finding, Severity } from './finding.ts';

export type RuleFinding = Omit<Finding, 'rule' | 'severity'>;

export interface Rule {
  /** Stable id, `area.name`, e.g. `sum.expenditure`; used in links and tests. */
  id: string;
  severity: Severity;
  /** Short Chinese title for lists. */
  title: string;
  /** Why this is checked, in plain Chinese. */
  rationale: string;
  /** The document or arithmetic the rule rests on. */
  basis?: string;
  check(report: Report): RuleFinding[];
}
