/**
 * What the home page says about the whole site: how many reports, units, regions; the sum of
 * published totals per year and stage; the latest disclosures; the ways in by category and year.
 */
import type { Report } from '../model/report.ts';
import type { Finding } from '../checks/finding.ts';
import { totalsOf, type RegionTotal } from './regions.ts';

export interface SiteTotals {
  reports: number;
  units: number;
  provinces: number;
  projects: number;
  indicators: number;
  findings: Record<Finding['severity'], number>;
  /** Per year and stage: sum of published (or summed-from-published-parts) totals, in 万元. */
  byYear: RegionTotal[];
}

type Item = { report: Report; findings: readonly Finding[] };

function indicatorCount(r: Report): number {
  return (r.overall?.indicators?.length ?? 0) + r.projects.reduce((n, p) => n + p.indicators.length, 0);
}

export function siteTotals(items: readonly Item[]): SiteTotals {
  const units = new Set(items.map(({ report: r }) => `${r.unit.region.code}|${r.unit.name}`));
  const provinces = new Set(items.map(({ report: r }) => r.unit.region.code.slice(0, 2)));
  const findings = { error: 0, warning: 0, info: 0 };
  for (const { findings: fs } of items) for (const f of fs) findings[f.severity]++;
  return {
    reports: items.length,
    units: units.size,
    provinces: provinces.size,
    projects: items.reduce((n, { report }) => n + report.projects.length, 0),
    indicators: items.reduce((n, { report }) => n + indicatorCount(report), 0),
    findings,
    byYear: totalsOf(items),
  };
}

/** Newest first: by publication date when known, then year, then the given order. */
export function latestReports<T extends Item>(items: readonly T[], n = 10): T[] {
  return items
    .map((x, i) => ({ x, i }))
    .sort(
      (a, b) =>
        (b.x.report.source.published ?? '').localeCompare(a.x.report.source.published ?? '') ||
        b.x.report.year - a.x.report.year ||
        a.i - b.i,
    )
    .slice(0, n)
    .map((e) => e.x);
}

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Reports by unit category (人大, 财政 …), categories by number of reports then name. */
export function byCategory<T extends Item>(items: readonly T[]): Group<T>[] {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const c = x.report.unit.category;
    const list = m.get(c);
    if (list) list.push(x);
    else m.set(c, [x]);
  }
  return [...m.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'zh'))
    .map(([key, items]) => ({ key, label: key, items }));
}

/** Reports by year, newest first. */
export function byYear<T extends Item>(items: readonly T[]): Group<T>[] {
  const m = new Map<number, T[]>();
  for (const x of items) {
    const list = m.get(x.report.year);
    if (list) list.push(x);
    else m.set(x.report.year, [x]);
  }
  return [...m.entries()].sort((a, b) => b[0] - a[0]).map(([year, items]) => ({ key: String(year), label: `${year}年`, items }));
}

/** "2024年 预算" */
export function reportTitle(r: Report): string {
  return `${r.unit.name} ${r.year}年${r.stage}`;
}
