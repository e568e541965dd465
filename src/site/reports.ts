/**
 * The reports as pages see them: read from the content collection once per build, built into
 * the model and checked once, then shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildReport, type Report } from '../model/report.ts';
import { runChecks } from '../checks/engine.ts';
import type { Finding } from '../checks/finding.ts';
import type { ReportDecl } from '../model/schema.ts';
import { loadRegions } from '../model/region-schema.ts';
import { summarizeReport, type ReportSummary } from '../compare/report-summary.ts';

export interface CheckedReport {
  report: Report;
  /** The declaration as validated (the open-data exports read blank cells from it). */
  decl: ReportDecl;
  findings: Finding[];
}

let cache: Promise<CheckedReport[]> | undefined;

/** Every report with its findings, newest year first, then by region code and unit name. */
export function getReports(): Promise<CheckedReport[]> {
  cache ??= getCollection('reports').then((entries) =>
    entries
      .map((e) => {
        const decl = e.data as ReportDecl;
        const report = buildReport(e.id, decl);
        return { report, decl, findings: runChecks(report) };
      })
      .sort(
        (a, b) =>
          b.report.year - a.report.year ||
          a.report.unit.region.code.localeCompare(b.report.unit.region.code) ||
          a.report.unit.name.localeCompare(b.report.unit.name, 'zh'),
      ),
  );
  return cache;
}

let summaries: Promise<ReportSummary[]> | undefined;

/**
 * The comparable figures of every report (same order as getReports()), with the populations
 * declared in content/regions.yaml; computed once per build.
 */
export function getSummaries(): Promise<ReportSummary[]> {
  summaries ??= getReports().then((reports) => {
    const { regions, errors } = loadRegions();
    if (errors.length) throw new Error(`content/regions.yaml 有错误：\n${errors.join('\n')}`);
    return reports.map((r) => summarizeReport(r.report, r.findings, regions));
  });
  return summaries;
}
