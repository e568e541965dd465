/**
 * node scripts/export.ts <outDir>
 *
 * Write the open data into <outDir>/data/: one JSON per report (data/reports/<id>.json), the CSV
 * tables (data/*.csv) and data/datapackage.json. Deterministic: the same content gives the same
 * bytes (rows sorted, no timestamps). The build calls `writeExports(reports, outDir)`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportsDir } from '../src/declaration/content-dir.ts';
import { formatDiagnostic } from '../src/declaration/diagnostic.ts';
import { loadReports } from '../src/declaration/load-reports.ts';
import { loadRegions, type RegionFacts } from '../src/model/region-schema.ts';
import { summarizeReport } from '../src/compare/report-summary.ts';
import { reportJsonPath, reportJsonText, type ExportInput } from '../src/exports/report-json.ts';
import { buildTables, tableCsv } from '../src/exports/tables.ts';
import { dataPackageText } from '../src/exports/datapackage.ts';

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

function main(): number {
  const out = process.argv[2];
  if (!out) {
    console.error('用法：node scripts/export.ts <输出目录>');
    return 2;
  }
  const { reports, diagnostics, hasErrors } = loadReports(reportsDir());
  if (hasErrors) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
    console.error('内容声明有错误，导出已停止。');
    return 1;
  }
  const outDir = resolve(out);
  const { files } = writeExports(reports, outDir);
  console.log(`wrote ${files.length} files to ${relative(process.cwd(), join(outDir, 'data')) || '.'}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
