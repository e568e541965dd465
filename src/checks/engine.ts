/**
 * The engine: runs rules over a report and returns findings in a deterministic order —
 * by severity (错误, 提示关注, 说明), then by the order of the rule list, then in the order each
 * rule reports them (document order).
 */
import type { Report } from '../model/report.ts';
import { SEVERITY_ORDER, type Finding } from './finding.ts';
import type { CrossFinding, CrossRule, Rule } from './rule.ts';
import { allRules, crossRules } from './rules/index.ts';

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

/** Run the cross-report rules over all reports together. */
export function runCrossChecks(reports: readonly Report[], rules: readonly CrossRule[] = crossRules): CrossFinding[] {
  const found: { f: CrossFinding; rule: number; n: number }[] = [];
  rules.forEach((rule, r) => {
    rule.check(reports).forEach((f, n) => {
      found.push({ f: { rule: rule.id, severity: rule.severity, report: f.report, message: f.message, where: f.where }, rule: r, n });
    });
  });
  return order(found);
}

/** Findings for every report, keyed by report id, plus the cross-report findings under each report. */
export function runAllChecks(reports: readonly Report[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const r of reports) out.set(r.id, runChecks(r));
  for (const f of runCrossChecks(reports)) {
    const { report, ...finding } = f;
    const list = out.get(report) ?? [];
    list.unshift(finding);
    out.set(report, list);
  }
  return out;
}
