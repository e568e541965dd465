/**
 * The data-quality page: every finding across the site in one list, each with its rule (linked to
 * the rule's explanation), severity, region, unit and a link to the figure it concerns; and the
 * values the page's filter offers.
 */
import { SEVERITY_LABEL, SEVERITY_ORDER, type Finding, type Severity } from '../checks/finding.ts';
import type { Report } from '../model/report.ts';
import type { RuleInfo } from './findings.ts';
import type { FilterKey } from './quality-filter.ts';
import { anchorHref, reportHref, ruleHref } from './paths.ts';
import { regionLabel } from './regions.ts';

export interface QualityRow {
  rule: string;
  ruleTitle: string;
  ruleHref: string;
  severity: Severity;
  severityLabel: string;
  region: string;
  regionName: string;
  unit: string;
  unitShort: string;
  report: string;
  reportTitle: string;
  reportHref: string;
  message: string;
  /** The figure on the report page. */
  href: string;
}

/** Every finding, most severe first, then by report (newest first, as given), then in the report's order. */
export function qualityRows(reports: readonly { report: Report; findings: readonly Finding[] }[], rules: readonly RuleInfo[]): QualityRow[] {
  const titles = new Map(rules.map((r) => [r.id, r.title]));
  const rows = reports.flatMap(({ report: r, findings }) =>
    findings.map((f) => ({
      rule: f.rule,
      ruleTitle: titles.get(f.rule) ?? f.rule,
      ruleHref: ruleHref(f.rule),
      severity: f.severity,
      severityLabel: SEVERITY_LABEL[f.severity],
      region: r.unit.region.code,
      regionName: regionLabel(r.unit.region),
      unit: r.unit.name,
      unitShort: r.unit.short_name,
      report: r.id,
      reportTitle: `${r.unit.short_name} ${r.year}年${r.stage}`,
      reportHref: reportHref(r.id),
      message: f.message,
      href: anchorHref(r.id, f.where.anchor),
    })),
  );
  const sev = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return rows.map((row, i) => ({ row, i })).sort((a, b) => sev(a.row.severity) - sev(b.row.severity) || a.i - b.i).map((x) => x.row);
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface Facet {
  key: FilterKey;
  label: string;
  options: FacetOption[];
}

function facet(rows: readonly QualityRow[], key: FilterKey, label: string, labelOf: (r: QualityRow) => string, sort: (a: FacetOption, b: FacetOption) => number): Facet {
  const map = new Map<string, FacetOption>();
  for (const r of rows) {
    const value = r[key];
    const o = map.get(value);
    if (o) o.count++;
    else map.set(value, { value, label: labelOf(r), count: 1 });
  }
  return { key, label, options: [...map.values()].sort(sort) };
}

/** The select boxes: rule, severity, region, unit, report, each value with its count. */
export function qualityFacets(rows: readonly QualityRow[]): Facet[] {
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'zh') || (a.value < b.value ? -1 : 1);
  const byValue = (a: FacetOption, b: FacetOption) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  return [
    facet(rows, 'rule', '规则', (r) => `${r.ruleTitle}（${r.rule}）`, byValue),
    facet(rows, 'severity', '严重程度', (r) => r.severityLabel, (a, b) => SEVERITY_ORDER.indexOf(a.value as Severity) - SEVERITY_ORDER.indexOf(b.value as Severity)),
    facet(rows, 'region', '地区', (r) => r.regionName, byValue),
    facet(rows, 'unit', '单位', (r) => r.unit, byLabel),
    facet(rows, 'report', '报告', (r) => r.reportTitle, byValue),
  ];
}
