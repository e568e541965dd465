/**
 * npm run build [-- --outDir <dir>] [--force]
 *
 * The whole build, in the order data flows: refuse an output directory it must not replace
 * (src/build/output-dir.ts), wait for any other build of this project or output (build-lock.ts),
 * validate every declaration (stop with the same messages as `npm run validate` if one cannot be
 * used), let Astro render the pages (with their charts, src/charts/report-charts.ts) while Pagefind
 * indexes each report's search document, then write the open data (JSON, CSV, datapackage.json)
 * beside them — all into a staging directory that replaces the output only once it is complete
 * (src/build/replace-output.ts). Any failure or interruption leaves the previous site as it was.
 */
import { EventEmitter, on } from 'node:events';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { reportsDir } from '../src/declaration/content-dir.ts';
import { formatDiagnostic } from '../src/declaration/diagnostic.ts';
import { loadingReports, type LoadedReport, type LoadResult } from '../src/declaration/load-reports.ts';
import { contentFiles } from '../src/declaration/content-files.ts';
import { releaseLoadResult, shareLoadResult } from '../src/declaration/shared-load.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { writeExports } from '../src/exports/write-exports.ts';
import { makeBeside, recoverOutput, removeUnfinished, replaceOutput, type Removal } from '../src/build/replace-output.ts';
import { acquireLock, type HeldLock } from '../src/build/build-lock.ts';
import { outputDirProblem, SITE_MARKER, SITE_MARKER_TEXT } from '../src/build/output-dir.ts';
import { childProcesses } from '../src/build/processes.ts';
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

const USAGE = '用法：npm run build [-- --outDir <目录>] [--force]';

interface Args {
  outDir: string;
  force: boolean;
}

function parseArgs(argv: string[]): Args | { problem: string } {
  let outDir = 'dist';
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--force') force = true;
    else if (a === '--outDir' || a.startsWith('--outDir=')) {
      const v = a === '--outDir' ? argv[++i] : a.slice('--outDir='.length);
      if (!v) return { problem: '--outDir 缺少目录' };
      outDir = v;
    } else return { problem: `未知参数：${a}` };
  }
  return { outDir: resolve(outDir), force };
}

/** The locks this build holds, once it holds them, and whether its site has been swapped in: what an interrupted build must clean up. */
let held: { outDir: string; locks: HeldLock[]; swapped: boolean } | undefined;

/**
 * One build at a time per project (Astro's caches, `.astro/` and `node_modules/.astro`, are the
 * project's) and per output directory (another checkout may build into it): a second build waits
 * for the first and then builds, so what it leaves is its own complete site.
 */
async function takeLocks(outDir: string): Promise<HeldLock[]> {
  const wait = (what: string) => (pid: number) => console.log(`${what}正由另一个构建（进程 ${pid}）使用，等它结束…`);
  const project = await acquireLock(join(process.cwd(), '.mingzhang-build.lock'), wait('这个项目'));
  try {
    return [project, await acquireLock(join(dirname(outDir), `.${basename(outDir)}.lock`), wait(`输出目录 ${outDir} `))];
  } catch (e) {
    project.release();
    throw e;
  }
}

function release(): void {
  for (const l of held?.locks ?? []) l.release();
  held = undefined;
}

/** Whether main() has ended (or the build was stopped): until then an exit is a failure. */
let settled = false;

/**
 * Stop at once (interrupted, or the build broke outside the steps that report their own errors):
 * remove the site and index being built (the previous site is untouched until the swap, which runs
 * within one turn of the event loop), release the locks, say why, and exit with `code`.
 */
function stopNow(message: string, code: number): never {
  settled = true;
  for (const pid of childProcesses('pagefind')) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Ended already.
    }
  }
  if (held && !held.swapped) removeUnfinished(held.outDir);
  release();
  console.error(message);
  process.exit(code);
}

function onInterrupt(signal: 'SIGINT' | 'SIGTERM'): void {
  const what = held?.swapped ? '新网站已完整替换输出目录' : '未完成的输出已删除，原有的网站保持原样';
  stopNow(`构建被 ${signal} 中断，${what}。`, 128 + osConstants.signals[signal]);
}

function onUncaught(e: unknown): void {
  if (process.env.DEBUG) console.error(e);
  stopNow(`构建失败：${e instanceof Error ? e.message : String(e)}`, 1);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('problem' in args) {
    console.error(`${args.problem}\n${USAGE}`);
    return 2;
  }
  const { outDir, force } = args;
  const root = reportsDir();
  const content = contentFiles(root);
  if ('problem' in content) {
    console.error(content.problem);
    return 1;
  }
  const refused = outputDirProblem(outDir, { contentDir: root, projectRoot: process.cwd(), force });
  if (refused) {
    console.error(refused);
    return 1;
  }
  mkdirSync(dirname(outDir), { recursive: true });
  held = { outDir, locks: await takeLocks(outDir), swapped: false };
  const started = performance.now();
  try {
    // Listed again: the content may have changed while this build waited for another.
    const now = contentFiles(root);
    if ('problem' in now) {
      console.error(now.problem);
      return 1;
    }
    const code = await buildSite(root, now.files, outDir, started);
    if (code !== 0) return code;
  } finally {
    release();
  }
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

async function buildSite(root: string, files: string[], outDir: string, started: number): Promise<number> {
  // What killed or failed builds left beside outDir goes (and a previous site a swap left aside comes back).
  const leftovers = recoverOutput(outDir);
  // Read first: the search documents need the declared populations, and the reports the code list.
  const regions = loadContentRegions(root);
  // Pagefind (its own process) indexes each report as soon as it is loaded, and goes on while Astro renders the pages.
  const feed = new EventEmitter();
  const search = indexBeside(outDir, files.length, searchDocuments(feed, regions.regions));
  // The whole new site is built here and replaces outDir only when complete: the previous site stays servable until then.
  const staging = makeBeside(outDir, 'next');
  let previous: Removal | undefined;
  // Whatever stops the loading also ends the search documents: the index, and this build awaiting it, must not wait for more.
  const stopFeed = (e: Error) => feed.listenerCount('error') > 0 && feed.emit('error', e);
  try {
    let loaded: LoadResult;
    try {
      const steps = loadingReports(root, files, regions);
      let step = steps.next();
      for (let n = 1; !step.done; step = steps.next(), n++) {
        feed.emit('report', step.value);
        if (n % LOAD_TURN === 0) await setImmediate();
      }
      loaded = step.value;
    } catch (e) {
      stopFeed(new Error('读取内容声明失败'));
      throw e;
    }
    const { reports, diagnostics, hasErrors } = loaded;
    if (hasErrors) {
      stopFeed(new Error('内容声明有错误'));
      for (const d of diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
      console.error('内容声明有错误，构建已停止。运行 npm run validate 查看全部问题。');
      return 1;
    }
    feed.emit('end');
    console.log(`validated ${reports.length} reports (${diagnostics.length} findings) in ${Math.round(performance.now() - started)} ms`);
    memory('validation');
    // Astro's build runs in this process: its content loader and pages reuse this result.
    shareLoadResult(root, loaded, true);
    const pagesStart = performance.now();
    const { build } = await import('astro');
    await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });
    console.log(`rendered the pages in ${Math.round(performance.now() - pagesStart)} ms`);
    // What the pages computed from the shared result (summaries, views) can go; the reports stay for the exports.
    releaseLoadResult();
    memory('Astro build');
    const exportsStart = performance.now();
    const { files: written } = writeExports(reports, staging, loaded.regions);
    console.log(`wrote ${written.length} data files in ${Math.round(performance.now() - exportsStart)} ms`);
    memory('exports');
    const waited = performance.now();
    const index = await search.finish(staging);
    console.log(
      `indexed ${index.pages} reports for search in ${index.shards} shard(s) (${index.files} files, ${(index.bytes / 1024).toFixed(0)} KiB) in ${Math.round(index.ms)} ms, alongside the validation and the pages; waited ${Math.round(performance.now() - waited)} ms for it`,
    );
    // Written last: a directory holding it is a complete site of ours, which a later build may replace.
    writeFileSync(join(staging, SITE_MARKER), SITE_MARKER_TEXT);
    previous = replaceOutput(staging, outDir);
    if (held) held.swapped = true;
    return 0;
  } finally {
    await search.stop();
    if (!previous) rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
    for (const removal of [leftovers, previous]) await removal?.done.catch((e: unknown) => console.warn(e instanceof Error ? e.message : String(e)));
  }
}

// If the event loop empties before the build has settled, a step awaited something that can never
// come: that is a failure, never an exit 0.
process.on('beforeExit', () => {
  if (!settled) stopNow('构建失败：构建没有完成就停下了（有一步在等待永远不会来的结果）。这是明账的缺陷，请报告。', 1);
});
process.once('SIGINT', onInterrupt);
process.once('SIGTERM', onInterrupt);
process.on('uncaughtException', onUncaught);
process.on('unhandledRejection', onUncaught);

main().then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (e: unknown) => {
    settled = true;
    console.error(`构建失败：${e instanceof Error ? e.message : String(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
