/**
 * Worker thread of the chart pool (chart-pool.ts): read one declaration, build its report model
 * exactly as the loader does, render its charts (ECharts SSR) and send them back.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { parseSource } from '../declaration/yaml-source.ts';
import { report as reportSchema } from '../model/schema.ts';
import { buildReport } from '../model/report.ts';
import { reportCharts } from './report-charts.ts';

export interface ChartRequest {
  id: string;
  file: string;
}

parentPort?.on('message', ({ id, file }: ChartRequest) => {
  try {
    const source = parseSource(file, readFileSync(file, 'utf8'));
    const decl = reportSchema.parse(source.data);
    parentPort!.postMessage({ id, views: reportCharts(buildReport(id, decl)) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
