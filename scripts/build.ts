/**
 * npm run build [-- --outDir <dir>]
 *
 * The whole build, in the order data flows: validate every declaration (stop with the same
 * messages as `npm run validate` if one cannot be used), let Astro render the pages (with their
 * charts, src/charts/report-charts.ts) while Pagefind indexes each report's search
 * document, then write the open data (JSON, CSV, datapackage.json) beside them.
 */
import { relative, resolve } from 'node:path';
import { reportsDir } from '../src/declaration/content-dir.ts';
import { formatDiagnostic } from '../src/declaration/diagnostic.ts';
import { loadReports } from '../src/declaration/load-reports.ts';
import { releaseLoadResult, shareLoadResult } from '../src/declaration/shared-load.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { writeExports } from '../src/exports/write-exports.ts';
import { indexBeside } from '../src/search/write-index.ts';
import { searchDocument } from '../src/search/search-document.ts';
import { summariesOf } from '../src/compare/summaries.ts';
import { reportHref } from '../src/site/paths.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** MINGZHANG_BUILD_MEMORY=1: print the live heap after each step (after a full GC). */
function memory(step: string): void {
  if (!process.env.MINGZHANG_BUILD_MEMORY) return;
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const m = process.memoryUsage();
  console.log(`memory after ${step}: heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(m.rss / 2 ** 20).toFixed(0)} MB`);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const outDir = resolve(option('--outDir') ?? 'dist');
  const started = performance.now();
  const root = reportsDir();
  const code = await buildSite(root, outDir, started);
  if (code !== 0) return code;
  memory('search index');
  console.log(`built ${relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

async function buildSite(root: string, outDir: string, started: number): Promise<number> {
  const loaded = loadReports(root);
  const { reports, diagnostics, hasErrors } = loaded;
  if (hasErrors) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
    console.error('内容声明有错误，构建已停止。运行 npm run validate 查看全部问题。');
    return 1;
  }
  const findings = diagnostics.length;
  console.log(`validated ${reports.length} reports (${findings} findings) in ${Math.round(performance.now() - started)} ms`);
  memory('validation');
  // Astro's build runs in this process: its content loader and pages reuse this result.
  shareLoadResult(root, loaded, true);
  // The same summaries the pages and the exports use (computed once, summaries.ts).
  const summaries = summariesOf(reports);
  // Pagefind (its own process) indexes the search documents while Astro renders the pages.
  const search = indexBeside(outDir, reports.length, (i) => {
    const r = reports[i]!;
    return { url: reportHref(r.report.id, '/'), html: searchDocument(r.report, summaries[i]!) };
  });
  try {
    const pagesStart = performance.now();
    const { build } = await import('astro');
    await build({ root: process.cwd(), outDir, logLevel: 'warn' });
    console.log(`rendered the pages in ${Math.round(performance.now() - pagesStart)} ms`);
    // What the pages computed from the shared result (summaries, views) can go; the reports stay for the exports and the search index.
    releaseLoadResult();
    memory('Astro build');
    const step = performance.now();
    const { files: written } = writeExports(reports, outDir);
    console.log(`wrote ${written.length} data files in ${Math.round(performance.now() - step)} ms`);
    memory('exports');
    const waited = performance.now();
    const index = await search.finish();
    console.log(
      `indexed ${index.pages} reports for search in ${index.shards} shard(s) (${index.files} files, ${(index.bytes / 1024).toFixed(0)} KiB) in ${Math.round(index.ms)} ms, alongside the pages; waited ${Math.round(performance.now() - waited)} ms for it`,
    );
    return 0;
  } finally {
    await search.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`构建失败：${e instanceof Error ? e.message : String(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
