/**
 * The data-quality pages: every finding across the site, each with its rule (linked to the rule's
 * explanation), severity, region, unit and a link to the figure it concerns; the values the
 * filter offers; and, so that no page grows with the site, the findings split by province
 * (`quality/320000/`, paginated) under an overview that counts them by province and by rule.
 */
import { SEVERITY_LABEL, SEVERITY_ORDER, type Finding, type Severity } from '../checks/finding.ts';
import type { Report } from '../model/report.ts';
import type { RuleInfo } from './findings.ts';
import { filterSearch, type FilterKey } from './quality-filter.ts';
import { listHref } from './report-lists.ts';
import { anchorHref, reportHref, ruleHref } from './paths.ts';
import { regionLabel } from './regions.ts';
import { severityCounts } from './findings.ts';
import { partLinks, provinceOf, splitByProvince, type PartLink, type ProvincePart } from './region-parts.ts';

/**
 * Findings a page lists at most: about 200 KB of HTML, 20 KB compressed, and few enough for the
 * filter to stay quick. The overview lists them all itself while the whole site has no more.
 */
export const QUALITY_PAGE_SIZE = 200;

/** The CSV tables behind the data-quality pages, for their downloads section. */
export const QUALITY_DOWNLOADS: readonly { file: string; what: string }[] = [
  { file: 'findings.csv', what: '全站全部发现，每条一行（含规则、严重程度、页面锚点）' },
  { file: 'reports.csv', what: '每份报告的地区和错误、提示关注、说明条数（按 report_id 与 findings.csv 对应）' },
];

export interface QualityRow {
  rule: string;
  ruleTitle: string;
  ruleHref: string;
  severity: Severity;
  severityLabel: string;
  region: string;
  regionName: string;
  /** Province code (`320000`) and name: the part of the list the finding is on. */
  province: string;
  provinceName: string;
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
  const rows = reports.flatMap(({ report: r, findings }) => {
    const province = provinceOf(r.unit.region);
    return findings.map((f) => ({
      rule: f.rule,
      ruleTitle: titles.get(f.rule) ?? f.rule,
      ruleHref: ruleHref(f.rule),
      severity: f.severity,
      severityLabel: SEVERITY_LABEL[f.severity],
      region: r.unit.region.code,
      regionName: regionLabel(r.unit.region),
      province: province.code,
      provinceName: province.name,
      unit: r.unit.name,
      unitShort: r.unit.short_name,
      report: r.id,
      reportTitle: `${r.unit.short_name} ${r.year}年${r.stage}`,
      reportHref: reportHref(r.id),
      message: f.message,
      href: anchorHref(r.id, f.where.anchor),
    }));
  });
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

/** The findings by province, most severe first within each (the order of `rows`), in pages. */
export function qualityParts(rows: readonly QualityRow[], size: number = QUALITY_PAGE_SIZE): ProvincePart<QualityRow>[] {
  return splitByProvince(rows, (r) => ({ code: r.province, name: r.provinceName }), 'quality/', size);
}

export interface ProvinceQuality extends PartLink {
  counts: Record<Severity, number>;
  /** Reports with at least one finding. */
  reports: number;
  /** Per severity, the first page of the province listing one, filtered to it (null when it has none). */
  severityHref: Record<Severity, string | null>;
}

/** The overview's row per province. */
export function provinceQuality(parts: readonly ProvincePart<QualityRow>[]): ProvinceQuality[] {
  const links = partLinks(parts);
  return parts.map((p, i) => {
    const severityHref = (s: Severity) => {
      const page = p.pages.find((pg) => pg.items.some((r) => r.severity === s));
      return page ? `${listHref(p.listPath, page.number)}${filterSearch({ severity: s })}` : null;
    };
    return {
      ...links[i]!,
      counts: severityCounts(p.items),
      reports: new Set(p.items.map((r) => r.report)).size,
      severityHref: { error: severityHref('error'), warning: severityHref('warning'), info: severityHref('info') },
    };
  });
}

export interface RuleQuality {
  rule: string;
  title: string;
  href: string;
  counts: Record<Severity, number>;
  total: number;
}

/** The overview's row per rule that found something: most errors first, then most warnings, notes. */
export function ruleQuality(rows: readonly QualityRow[]): RuleQuality[] {
  const byRule = new Map<string, QualityRow[]>();
  for (const r of rows) {
    const list = byRule.get(r.rule);
    if (list) list.push(r);
    else byRule.set(r.rule, [r]);
  }
  return [...byRule.values()]
    .map((list) => ({ rule: list[0]!.rule, title: list[0]!.ruleTitle, href: list[0]!.ruleHref, counts: severityCounts(list), total: list.length }))
    .sort((a, b) => SEVERITY_ORDER.reduce((d, s) => d || b.counts[s] - a.counts[s], 0) || (a.rule < b.rule ? -1 : 1));
}

export interface QualityOverview {
  rows: QualityRow[];
  counts: Record<Severity, number>;
  /** Reports with at least one error. */
  withError: number;
  provinces: ProvinceQuality[];
  rules: RuleQuality[];
  /** Few enough findings for the overview to list them all itself. */
  inline: boolean;
}

/** What the data-quality overview shows: the counts, by province and by rule, and whether it lists every finding. */
export function qualityOverview(rows: QualityRow[], size: number = QUALITY_PAGE_SIZE): QualityOverview {
  return {
    rows,
    counts: severityCounts(rows),
    withError: new Set(rows.filter((r) => r.severity === 'error').map((r) => r.report)).size,
    provinces: provinceQuality(qualityParts(rows, size)),
    rules: ruleQuality(rows),
    inline: rows.length <= size,
  };
}
