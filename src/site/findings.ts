/**
 * The findings of the checks on one report, grouped by severity for reading, each with the
 * rule it comes from and a link to the figure it concerns; and the reverse map, figure → findings,
 * so a figure can point to what was found about it.
 */
import { SEVERITY_LABEL, SEVERITY_ORDER, type Finding, type Severity } from '../checks/finding.ts';

export interface RuleInfo {
  id: string;
  title: string;
}

export interface FindingItem {
  /** Element id of the finding itself: `finding-1` … */
  id: string;
  message: string;
  rule: string;
  ruleTitle: string;
  /** Element id of the figure on the report page. */
  anchor: string;
}

export interface FindingGroup {
  severity: Severity;
  label: string;
  items: FindingItem[];
}

export function findingId(index: number): string {
  return `finding-${index + 1}`;
}

/** Groups in severity order (错误, 提示关注, 说明), findings in their original order within each. */
export function groupFindings(findings: readonly Finding[], rules: readonly RuleInfo[]): FindingGroup[] {
  const titles = new Map(rules.map((r) => [r.id, r.title]));
  const items = findings.map((f, i) => ({
    severity: f.severity,
    item: { id: findingId(i), message: f.message, rule: f.rule, ruleTitle: titles.get(f.rule) ?? f.rule, anchor: f.where.anchor },
  }));
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    label: SEVERITY_LABEL[severity],
    items: items.filter((x) => x.severity === severity).map((x) => x.item),
  })).filter((g) => g.items.length > 0);
}

export interface FindingMark {
  /** The most severe finding about this figure. */
  severity: Severity;
  /** Ids of the findings about it. */
  ids: string[];
}

/** anchor → the findings about that figure. */
export function findingsByAnchor(findings: readonly Finding[]): Map<string, FindingMark> {
  const map = new Map<string, FindingMark>();
  findings.forEach((f, i) => {
    const m = map.get(f.where.anchor);
    if (!m) map.set(f.where.anchor, { severity: f.severity, ids: [findingId(i)] });
    else {
      m.ids.push(findingId(i));
      if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(m.severity)) m.severity = f.severity;
    }
  });
  return map;
}

/** Count per severity: { error: 1, warning: 0, info: 3 }. */
export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
