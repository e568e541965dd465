/**
 * Write the open data below an output directory: one JSON per report (data/reports/<id>.json),
 * the CSV tables (data/*.csv) and data/datapackage.json. Deterministic: the same content gives the
 * same bytes (rows sorted, no timestamps).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadRegions, type RegionFacts } from '../model/region-schema.ts';
import { summarizeReport } from '../compare/report-summary.ts';
import { reportJsonPath, reportJsonText, type ExportInput } from './report-json.ts';
import { buildTables, tableCsv } from './tables.ts';
import { dataPackageText } from './datapackage.ts';

/** Files written, relative to outDir, sorted. */
export interface ExportResult {
  files: string[];
}

/**
 * Write every export for `reports` (e.g. `loadReports(dir).reports`) below `outDir`.
 * `regions`: declared populations (default: content/regions.yaml, which may declare none).
 */
export function writeExports(reports: readonly ExportInput[], outDir: string, regions?: readonly RegionFacts[]): ExportResult {
  let regionList = regions;
  if (regionList === undefined) {
    const loaded = loadRegions();
    if (loaded.errors.length) throw new Error(`content/regions.yaml 有错误：\n${loaded.errors.join('\n')}`);
    regionList = loaded.regions;
  }
  const summaries = reports.map((r) => summarizeReport(r.report, r.findings, regionList));
  const files: Record<string, string> = {};
  reports.forEach((r, i) => {
    files[reportJsonPath(r.report.id)] = reportJsonText(r, summaries[i]!);
  });
  for (const t of buildTables(reports, summaries)) files[`data/${t.spec.path}`] = tableCsv(t);
  files['data/datapackage.json'] = dataPackageText();
  const names = Object.keys(files).sort();
  for (const name of names) {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, files[name]!);
  }
  return { files: names };
}
