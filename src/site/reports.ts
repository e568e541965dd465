/**
 * The reports as pages see them: validated, built into the model and checked once per build
 * (by scripts/build.ts or the content loader, see src/declaration/shared-load.ts), then shared by
 * every page.
 */
import { getCollection } from 'astro:content';
import type { Report } from '../model/report.ts';
import type { Finding } from '../checks/finding.ts';
import type { ReportDecl } from '../model/schema.ts';
import type { ReportSummary } from '../compare/report-summary.ts';
import { summariesOf } from '../compare/summaries.ts';
import { reportsDir } from '../declaration/content-dir.ts';
import { loadReportsShared } from '../declaration/shared-load.ts';
import type { LoadResult } from '../declaration/load-reports.ts';

export interface CheckedReport {
  report: Report;
  /** The declaration as validated (the open-data exports read blank cells from it). */
  decl: ReportDecl;
  findings: Finding[];
}

/** Keyed by the load result, so that once the build releases it (shared-load.ts) all of this can be freed. */
const caches = new WeakMap<LoadResult, { source: LoadResult; reports: Promise<CheckedReport[]>; summaries?: Promise<ReportSummary[]> }>();

/** Newest year first, then by region code and unit name. */
export function compareReports(a: CheckedReport, b: CheckedReport): number {
  return (
    b.report.year - a.report.year ||
    a.report.unit.region.code.localeCompare(b.report.unit.region.code) ||
    a.report.unit.name.localeCompare(b.report.unit.name, 'zh')
  );
}

function current() {
  const source = loadReportsShared(reportsDir());
  let cache = caches.get(source);
  if (!cache) {
    // The collection says which reports exist (and ties the pages to it in `astro dev`).
    const reports = getCollection('reports').then((entries) => {
      const byId = new Map(source.reports.map((r) => [r.id, r]));
      return entries
        .map((e) => byId.get(e.id))
        .filter((r) => r !== undefined)
        .map(({ report, decl, findings }) => ({ report, decl, findings }))
        .sort(compareReports);
    });
    cache = { source, reports };
    caches.set(source, cache);
  }
  return cache;
}

/** Every report with its findings, newest year first, then by region code and unit name. */
export function getReports(): Promise<CheckedReport[]> {
  return current().reports;
}

/**
 * The comparable figures of every report (same order as getReports()), with the populations
 * declared in content/regions.yaml; computed once per build.
 */
export function getSummaries(): Promise<ReportSummary[]> {
  const c = current();
  c.summaries ??= c.reports.then((reports) => summariesOf(reports, c.source.regions));
  return c.summaries;
}
