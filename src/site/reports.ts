/**
 * The reports as pages see them: read from the content collection once per build, built into
 * the model and checked once, then shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildReport, type Report } from '../model/report.ts';
import { runChecks } from '../checks/engine.ts';
import type { Finding } from '../checks/finding.ts';
import type { ReportDecl } from '../model/schema.ts';

export interface CheckedReport {
  report: Report;
  findings: Finding[];
}

let cache: Promise<CheckedReport[]> | undefined;

/** Every report with its findings, newest year first, then by region code and unit name. */
export function getReports(): Promise<CheckedReport[]> {
  cache ??= getCollection('reports').then((entries) =>
    entries
      .map((e) => {
        const report = buildReport(e.id, e.data as ReportDecl);
        return { report, findings: runChecks(report) };
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
