/**
 * npm run build [-- --outDir <dir>]
 *
 * The whole build, in the order data flows: validate every declaration (stop with the same
 * messages as `npm run validate` if one cannot be used), let Astro render the pages, index them
 * for search (Pagefind), then write the open data (JSON, CSV, datapackage.json) beside them.
 */
import { relative, resolve } from 'node:path';
import { reportsDir } from '../src/declaration/content-dir.ts';
import { formatDiagnostic } from '../src/declaration/diagnostic.ts';
import { loadReports } from '../src/declaration/load-reports.ts';
import { writeExports } from '../src/exports/write-exports.ts';
import { writeSearchIndex } from '../src/search/write-index.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const outDir = resolve(option('--outDir') ?? 'dist');
  const started = performance.now();
  const { reports, diagnostics, hasErrors } = loadReports(reportsDir());
  if (hasErrors) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
    console.error('内容声明有错误，构建已停止。运行 npm run validate 查看全部问题。');
    return 1;
  }
  const findings = diagnostics.length;
  console.log(`validated ${reports.length} reports (${findings} findings) in ${Math.round(performance.now() - started)} ms`);
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir, logLevel: 'warn' });
  let step = performance.now();
  const search = await writeSearchIndex(outDir);
  console.log(`indexed ${search.pages} pages for search (${search.files} files, ${(search.bytes / 1024).toFixed(0)} KiB) in ${Math.round(performance.now() - step)} ms`);
  step = performance.now();
  const { files } = writeExports(reports, outDir);
  console.log(`wrote ${files.length} data files in ${Math.round(performance.now() - step)} ms`);
  console.log(`built ${relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`构建失败：${e instanceof Error ? e.message : String(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
