/**
 * Write the open data below an output directory: one JSON per report (data/reports/<id>.json),
 * the CSV tables (data/*.csv) and data/datapackage.json. Deterministic: the same content gives the
 * same bytes (rows sorted, no timestamps).
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RegionFacts } from '../model/region-schema.ts';
import { summariesOf } from '../compare/summaries.ts';
import { reportJsonPath, reportJsonText, type ExportInput } from './report-json.ts';
import { buildTables, tableCsvChunks } from './tables.ts';
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
  const summaries = summariesOf(reports, regions);
  // Written as they are made, one file at a time: at 10,000 reports the JSON files and the CSV
  // tables held together would not fit in the heap.
  const names: string[] = [];
  const open = (name: string) => {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    names.push(name);
    return path;
  };
  reports.forEach((r, i) => writeFileSync(open(reportJsonPath(r.report.id)), reportJsonText(r, summaries[i]!)));
  const tables = buildTables(reports, summaries);
  for (const t of tables) {
    const fd = openSync(open(`data/${t.spec.path}`), 'w');
    try {
      for (const chunk of tableCsvChunks(t)) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    t.rows = [];
  }
  writeFileSync(open('data/datapackage.json'), dataPackageText());
  names.sort();
  return { files: names };
}
