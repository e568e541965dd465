/**
 * Where a report page gets its charts: from the chart pool scripts/build.ts started in this
 * process (chart-pool.ts), else rendered in place. Kept on `globalThis` because Astro bundles the
 * pages into their own module graph.
 */
import { reportCharts, type ChartViews } from './report-charts.ts';
import type { Report } from '../model/report.ts';

export interface ChartSource {
  charts(id: string): Promise<ChartViews | undefined>;
}

const KEY = Symbol.for('mingzhang.chartSource');
type WithSource = typeof globalThis & { [KEY]?: ChartSource };

/** Let pages in this process take their charts from `source` (undefined: render them in place). */
export function shareChartSource(source: ChartSource | undefined): void {
  (globalThis as WithSource)[KEY] = source;
}

/** The charts of `report`, the same as reportCharts(report). */
export async function chartsFor(report: Report): Promise<ChartViews> {
  const source = (globalThis as WithSource)[KEY];
  return (source && (await source.charts(report.id))) ?? reportCharts(report);
}
