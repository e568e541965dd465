/**
 * npm run build [-- --outDir <dir>]
 *
 * The whole build, in the order data flows: validate every declaration (stop with the same
 * messages as `npm run validate` if one cannot be used), set the previous output aside to be
 * removed in the background (src/build/previous-output.ts), let Astro render the pages (with their
 * charts, src/charts/report-charts.ts) while Pagefind indexes each report's search
 * document, then write the open data (JSON, CSV, datapackage.json) beside them.
 */
import { EventEmitter, on } from 'node:events';
import { relative, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { reportsDir } from '../src/declaration/content-dir.ts';
import { formatDiagnostic } from '../src/declaration/diagnostic.ts';
import { listDeclarations, loadingReports, type LoadedReport } from '../src/declaration/load-reports.ts';
import { releaseLoadResult, shareLoadResult } from '../src/declaration/shared-load.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { writeExports } from '../src/exports/write-exports.ts';
import { setAsidePreviousOutput, type Removal } from '../src/build/previous-output.ts';
import { indexBeside, type SearchDocument } from '../src/search/write-index.ts';
import { searchDocument } from '../src/search/search-document.ts';
import { summariesOf } from '../src/compare/summaries.ts';
import { reportHref } from '../src/site/paths.ts';
import { loadContentRegions, type RegionFacts } from '../src/model/region-schema.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * The collector's defaults, measured wrong for this build (10,000 reports, BENCHMARKS.md): every
 * page's HTML passes through ArrayBuffers, and V8 began a full collection of the ~850 MB heap at
 * every 64 MB of them (28 during the pages, ~22 s) while the heap itself had 1.4 GB of room. Counted
 * in the heap's own limit instead, with the heap allowed to grow by half over what is live between
 * collections, that is 7 (~6 s). Without allocation-site pretenuring, V8 stops allocating what a page
 * render makes straight in the old generation, where only a full collection frees it: scavenges
 * ~13 → ~4 s. (At 1,000 reports, `--trace-gc-nvp`: 651 → 277 MB promoted.)
 */
for (const flag of ['--external-memory-accounted-in-global-limit', '--heap-growing-percent=50', '--no-allocation-site-pretenuring']) setFlagsFromString(flag);

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

/** The search document of each report the feed announces from now on, made when Pagefind asks for it. */
function searchDocuments(feed: EventEmitter, regions: readonly RegionFacts[]): AsyncIterable<SearchDocument> {
  // Listening starts here, not at the first document Pagefind asks for: no report is missed meanwhile.
  const reports = on(feed, 'report', { close: ['end'] }) as AsyncIterable<[LoadedReport]>;
  return (async function* () {
    for await (const [r] of reports) yield { url: reportHref(r.report.id, '/'), html: searchDocument(r.report, summariesOf([r], regions)[0]!) };
  })();
}

/**
 * Reports loaded between two turns of the event loop, where the search index takes the ones loaded
 * so far. Each search document reaches Pagefind through a pipe that holds ~64 KB (about two
 * documents) and is refilled only between turns: with 25 reports a turn, Pagefind waited for input
 * most of the validation and a core stood ~35 % idle (BENCHMARKS.md).
 */
const LOAD_TURN = 2;

async function buildSite(root: string, outDir: string, started: number): Promise<number> {
  const files = listDeclarations(root);
  // Read first: the search documents need the declared populations, and the reports the code list.
  const regions = loadContentRegions(root);
  // Pagefind (its own process) indexes each report as soon as it is loaded, and goes on while Astro renders the pages.
  const feed = new EventEmitter();
  const search = indexBeside(outDir, files.length, searchDocuments(feed, regions.regions));
  let previous: Removal | undefined;
  try {
    const steps = loadingReports(root, files, regions);
    let step = steps.next();
    for (let n = 1; !step.done; step = steps.next(), n++) {
      feed.emit('report', step.value);
      if (n % LOAD_TURN === 0) await setImmediate();
    }
    const loaded = step.value;
    const { reports, diagnostics, hasErrors } = loaded;
    if (hasErrors) {
      feed.emit('error', new Error('内容声明有错误'));
      for (const d of diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
      console.error('内容声明有错误，构建已停止。运行 npm run validate 查看全部问题。');
      return 1;
    }
    feed.emit('end');
    console.log(`validated ${reports.length} reports (${diagnostics.length} findings) in ${Math.round(performance.now() - started)} ms`);
    memory('validation');
    // Astro's build runs in this process: its content loader and pages reuse this result.
    shareLoadResult(root, loaded, true);
    // Only now that the declarations can be used: a build that stops on them leaves the previous site in place.
    previous = setAsidePreviousOutput(outDir);
    const pagesStart = performance.now();
    const { build } = await import('astro');
    await build({ root: process.cwd(), outDir, logLevel: 'warn' });
    console.log(`rendered the pages in ${Math.round(performance.now() - pagesStart)} ms`);
    // What the pages computed from the shared result (summaries, views) can go; the reports stay for the exports.
    releaseLoadResult();
    memory('Astro build');
    const exportsStart = performance.now();
    const { files: written } = writeExports(reports, outDir, loaded.regions);
    console.log(`wrote ${written.length} data files in ${Math.round(performance.now() - exportsStart)} ms`);
    memory('exports');
    const waited = performance.now();
    const index = await search.finish();
    console.log(
      `indexed ${index.pages} reports for search in ${index.shards} shard(s) (${index.files} files, ${(index.bytes / 1024).toFixed(0)} KiB) in ${Math.round(index.ms)} ms, alongside the validation and the pages; waited ${Math.round(performance.now() - waited)} ms for it`,
    );
    return 0;
  } finally {
    await search.stop();
    await previous?.done.catch((e: unknown) => console.warn(e instanceof Error ? e.message : String(e)));
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
