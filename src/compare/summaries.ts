/**
 * The summaries of loaded reports, computed once per build. The pages (src/site/reports.ts), the
 * open-data exports and the search index all need every report's summary; the memo is keyed by
 * the report object and kept on `globalThis`, because Astro bundles the pages into their own module
 * graph while scripts/build.ts holds the same report objects.
 */
import type { Finding } from '../checks/finding.ts';
import type { Report } from '../model/report.ts';
import { loadRegions, type RegionFacts } from '../model/region-schema.ts';
import { summarizeReport, type ReportSummary } from './report-summary.ts';

const KEY = Symbol.for('mingzhang.summaries');
interface Memo {
  summaries: WeakMap<Report, ReportSummary>;
  regions?: RegionFacts[];
}
type WithMemo = typeof globalThis & { [KEY]?: Memo };

/** The populations declared in content/regions.yaml; a file with errors stops the build. */
export function declaredRegions(): RegionFacts[] {
  const { regions, errors } = loadRegions();
  if (errors.length) throw new Error(`content/regions.yaml 有错误：\n${errors.join('\n')}`);
  return regions;
}

/**
 * The summary of each of `reports`, in order. With the declared populations (default) each is
 * computed once per report object, and the populations are read once per process; with explicit
 * `regions` (tests) they are computed afresh.
 */
export function summariesOf(reports: readonly { report: Report; findings: readonly Finding[] }[], regions?: readonly RegionFacts[]): ReportSummary[] {
  if (regions) return reports.map((r) => summarizeReport(r.report, r.findings, regions));
  const memo = ((globalThis as WithMemo)[KEY] ??= { summaries: new WeakMap() });
  return reports.map((r) => {
    let s = memo.summaries.get(r.report);
    if (!s) {
      s = summarizeReport(r.report, r.findings, (memo.regions ??= declaredRegions()));
      memo.summaries.set(r.report, s);
    }
    return s;
  });
}
