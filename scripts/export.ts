/**
 * node scripts/export.ts <outDir>
 *
 * Write the open data into <outDir>/data/ without building the site (the build writes it too).
 */
import { join, relative, resolve } from 'node:path';
import { reportsDir } from '../src/declaration/content-dir.ts';
import { formatDiagnostic } from '../src/declaration/diagnostic.ts';
import { loadReports } from '../src/declaration/load-reports.ts';
import { writeExports } from '../src/exports/write-exports.ts';

function main(): number {
  const out = process.argv[2];
  if (!out) {
    console.error('用法：node scripts/export.ts <输出目录>');
    return 2;
  }
  const { reports, diagnostics, hasErrors, regions } = loadReports(reportsDir());
  if (hasErrors) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
    console.error('内容声明有错误，导出已停止。');
    return 1;
  }
  const outDir = resolve(out);
  const { files } = writeExports(reports, outDir, regions);
  console.log(`wrote ${files.length} files to ${relative(process.cwd(), join(outDir, 'data')) || '.'}`);
  return 0;
}

process.exitCode = main();
