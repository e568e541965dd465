/**
 * Build the search bundle with Pagefind (its extended build segments Chinese at index time) from
 * each report's search document (search-document.ts), in shards of at most SHARD_SIZE reports:
 * Pagefind holds a whole index in memory until it writes it, and both its memory and its time
 * per page grew with the size of one index (10,000 pages in one index: ~5 GB and 117 s of CPU,
 * against ~0.7 GB and 8 s for 1,000). The search page queries every shard and merges the results
 * (search-page.ts).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { childProcesses, lowerPriority } from '../build/processes.ts';
import { makeBeside } from '../build/replace-output.ts';
import { searchShardDirs } from './search-shards.ts';

export interface SearchIndexStats {
  pages: number;
  shards: number;
  files: number;
  bytes: number;
}

/** One page to index: its URL below the site root ('/reports/…/') and the HTML Pagefind reads. */
export interface SearchDocument {
  url: string;
  html: string;
}

function du(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = du(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(p).size;
    }
  }
  return { files, bytes };
}

/**
 * Settings for Pagefind's allocator (jemalloc). By default it hands freed pages back to the kernel
 * within seconds, and each return interrupts every core to flush its address cache; on a virtual
 * machine that is dear: at 10,000 reports, 48 of Pagefind's 139 CPU-seconds were in the kernel,
 * most of them there. Its memory mostly grows until a shard is written, so it keeps what it frees
 * for the next shard; with one arena for all its threads (not one per thread, up to 4 per core)
 * what one thread frees serves the others: peak 1.76 → 1.39 GB. It asks for transparent huge
 * pages (2 MB; Linux, where they are allowed on request): indexing the 10,000 search documents
 * alone took 0.28 instead of 0.62 million page faults and ~81 instead of ~101 CPU-seconds
 * (BENCHMARKS.md). Elsewhere the request does nothing.
 */
const PAGEFIND_ALLOCATOR = 'dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:1,thp:always';

/**
 * `pagefind.createIndex`, whose first call starts Pagefind's process, with PAGEFIND_ALLOCATOR in
 * its environment unless one is set, and at the background niceness (src/build/processes.ts): on
 * a machine with few cores its threads took turns with the thread that renders the pages.
 */
async function createPagefindIndex(): ReturnType<typeof pagefind.createIndex> {
  const own = process.env._RJEM_MALLOC_CONF;
  process.env._RJEM_MALLOC_CONF = own ?? PAGEFIND_ALLOCATOR;
  let created: ReturnType<typeof pagefind.createIndex>;
  try {
    created = pagefind.createIndex({});
  } finally {
    if (own === undefined) delete process.env._RJEM_MALLOC_CONF;
  }
  const answer = await created;
  // Once it has answered, its threads are running, and those it starts later inherit the niceness.
  for (const pid of childProcesses('pagefind')) lowerPriority(pid);
  return answer;
}

/**
 * `p`, or the abort of `signal` if that comes first: a document that never comes (the build
 * stopped producing them) must not keep the index, and the build awaiting it, pending forever.
 */
function unlessAborted<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Pages sent to Pagefind and not yet answered, at most: enough to keep it busy, few enough to bound the messages queued in memory. */
const IN_FLIGHT = 200;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Send documents `from` … `to` - 1 (of `count`) from `docs` to `index`, each as soon as it comes
 * and while fewer than IN_FLIGHT wait for an answer (a fixed batch answered as a whole left
 * Pagefind's threads idle while it finished the batch's last pages). Resolves once every one is
 * indexed; throws the first error.
 */
async function addDocuments(
  index: PagefindIndex,
  docs: AsyncIterator<SearchDocument>,
  from: number,
  to: number,
  count: number,
  signal?: AbortSignal,
): Promise<void> {
  const waiting = new Set<Promise<void>>();
  let failure: Error | undefined;
  try {
    for (let i = from; i < to && !failure; i++) {
      signal?.throwIfAborted();
      if (waiting.size >= IN_FLIGHT) await Promise.race(waiting);
      const next = await unlessAborted(docs.next(), signal);
      if (next.done) throw new Error(`搜索索引：应有 ${count} 个文档，只收到 ${i} 个`);
      const added: Promise<void> = index
        .addHTMLFile({ url: next.value.url, content: next.value.html })
        .then((a) => {
          if (a.errors.length) failure ??= new Error(a.errors.join('; '));
        })
        .catch((e: unknown) => {
          failure ??= e instanceof Error ? e : new Error(String(e));
        })
        .finally(() => waiting.delete(added));
      waiting.add(added);
    }
  } finally {
    // Let what was sent settle even when taking the next document failed.
    await Promise.all(waiting);
  }
  if (failure) throw failure;
}

/**
 * Index the `count` documents that `documents` yields, in order, into the shard bundles below
 * `outDir`. They are taken as they come (the build yields each report as soon as it is loaded), at
 * most IN_FLIGHT at a time. A failing `documents` fails the index; aborting `signal` stops it
 * before the next document and ends the Pagefind process.
 */
export async function writeSearchIndex(
  outDir: string,
  count: number,
  documents: AsyncIterable<SearchDocument>,
  signal?: AbortSignal,
): Promise<SearchIndexStats> {
  const dirs = searchShardDirs(count);
  const perShard = Math.ceil(count / dirs.length);
  const docs = documents[Symbol.asyncIterator]();
  let files = 0;
  let bytes = 0;
  try {
    for (const [s, dir] of dirs.entries()) {
      const { index, errors } = await createPagefindIndex();
      if (!index) throw new Error(errors.join('; '));
      await addDocuments(index, docs, s * perShard, Math.min(count, (s + 1) * perShard), count, signal);
      const out = join(outDir, dir);
      const written = await index.writeFiles({ outputPath: out });
      if (written.errors.length) throw new Error(written.errors.join('; '));
      await index.deleteIndex();
      // The site has its own search page; Pagefind's ready-made UIs would only be dead weight in dist/.
      for (const f of readdirSync(out)) {
        if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(join(out, f));
      }
      const size = du(out);
      files += size.files;
      bytes += size.bytes;
    }
    return { pages: count, shards: dirs.length, files, bytes };
  } finally {
    await pagefind.close();
  }
}

/** An index being written in the background (`indexBeside`). */
export interface BackgroundIndex {
  /** Wait for the index, then move its shards into `into` (outDir unless given): call once the pages are written. */
  finish(into?: string): Promise<SearchIndexStats & { ms: number }>;
  /** End it early if it still runs, and remove what it left beside outDir. Safe after `finish`. */
  stop(): Promise<void>;
}

/**
 * Start indexing now, while the declarations still load and the pages are rendered: the
 * documents come from the models, not from the pages. The shards are written into a temporary
 * directory beside `outDir` (`.dist-search-*`: Astro empties its output directory when it starts)
 * and moved in by `finish`; `stop` aborts a document still awaited.
 */
export function indexBeside(outDir: string, count: number, documents: AsyncIterable<SearchDocument>): BackgroundIndex {
  mkdirSync(dirname(outDir), { recursive: true });
  const staging = makeBeside(outDir, 'search');
  const abort = new AbortController();
  const started = performance.now();
  let ms = 0;
  const running = writeSearchIndex(staging, count, documents, abort.signal).then((stats) => ({ ...stats, ms: (ms = performance.now() - started) }));
  // Awaited by finish or stop; this keeps an early failure from counting as unhandled meanwhile.
  running.catch(() => undefined);
  return {
    async finish(into = outDir) {
      const stats = await running;
      mkdirSync(into, { recursive: true });
      for (const dir of searchShardDirs(count)) renameSync(join(staging, dir), join(into, dir));
      return { ...stats, ms };
    },
    async stop() {
      abort.abort();
      await running.catch(() => undefined);
      rmSync(staging, { recursive: true, force: true });
    },
  };
}
