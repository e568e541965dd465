/**
 * The engine: runs rules over a report and returns findings in a deterministic order —
 * by severity (错误, 提示关注, 说明), then by the order of the rule list, then in the order each
 * rule reports them (document order).
 */
import type { Report } from '../model/report.ts';
import { SEVERITY_ORDER, type Finding } from './finding.ts';
import type { Rule } from './rule.ts';
import { allRules } from './rules/index.ts';

function order<T extends Finding>(findings: { f: T; rule: number; n: number }[]): T[] {
  return findings
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) || a.rule - b.rule || a.n - b.n,
    )
    .map((x) => x.f);
}

/** Run `rules` (default: all) over one report. */
export function runChecks(report: Report, rules: readonly Rule[] = allRules): Finding[] {
  const found: { f: Finding; rule: number; n: number }[] = [];
  rules.forEach((rule, r) => {
    rule.check(report).forEach((f, n) => {
      found.push({ f: { rule: rule.id, severity: rule.severity, message: f.message, where: f.where }, rule: r, n });
    });
  });
  return order(found);
}
