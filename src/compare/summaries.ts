/**
 * The summaries of loaded reports, computed once per build. The pages (src/site/reports.ts), the
 * open-data exports and the search index all need every report's summary; the memo is keyed by
 * the report object and kept on `globalThis`, because Astro bundles the pages into their own module
 * graph while scripts/build.ts holds the same report objects.
 */
import type { Finding } from '../checks/finding.ts';
import type { Report } from '../model/report.ts';
import type { RegionFacts } from '../model/region-schema.ts';
import { summarizeReport, type ReportSummary } from './report-summary.ts';

const KEY = Symbol.for('mingzhang.summaries');
/** Per list of declared regions (a load's, see LoadResult.regions), the summary of each report object. */
type Memo = WeakMap<readonly RegionFacts[], WeakMap<Report, ReportSummary>>;
type WithMemo = typeof globalThis & { [KEY]?: Memo };

/**
 * The summary of each of `reports`, in order, with the populations `regions` declares (the load
 * result's `regions`): computed once per report object and list of regions.
 */
export function summariesOf(reports: readonly { report: Report; findings: readonly Finding[] }[], regions: readonly RegionFacts[]): ReportSummary[] {
  const memo = ((globalThis as WithMemo)[KEY] ??= new WeakMap());
  let byReport = memo.get(regions);
  if (!byReport) memo.set(regions, (byReport = new WeakMap()));
  return reports.map((r) => {
    let s = byReport.get(r.report);
    if (!s) {
      s = summarizeReport(r.report, r.findings, regions);
      byReport.set(r.report, s);
    }
    return s;
  });
}
