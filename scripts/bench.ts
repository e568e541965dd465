/**
 * npm run bench [-- --sizes 1000,10000] [--no-floor] [--no-lighthouse] [--json out.json]
 *
 * Builds the site from synthetic corpora (generated into .bench/synth-<N> when missing, seed 42)
 * and prints, per size: validate + checks, Astro build, Pagefind, exports, total wall time, ms per
 * report, peak RSS, size of dist/ and of the search index, gzipped bytes of a report page (HTML +
 * CSS) and of the JavaScript it loads up front, and the largest listing page. It also builds the
 * floor (scripts/bench-floor/: a bare Astro page per report) and prints our cost over it, and —
 * when the `lighthouse` package is installed in .bench/lighthouse (`npm install --prefix
 * .bench/lighthouse lighthouse@12`) — Lighthouse mobile scores of one synthetic report page and
 * one seed page. Not part of `npm test`: a full run takes several minutes.
 */
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { procStat } from '../src/build/processes.ts';

const BENCH = resolve('.bench');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);

interface Run {
  wallMs: number;
  /** Peak of the sum of RSS over the build's process tree, sampled every 100 ms. */
  peakTreeRss: number;
  /** Largest RSS of a single process (VmHWM), as the kernel recorded it. */
  peakRss: number;
  stdout: string;
  code: number;
}

function treeRss(root: number): { sum: number; hwm: number } {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const { ppid } = procStat(`/proc/${d}/stat`);
      (kids.get(ppid) ?? kids.set(ppid, []).get(ppid)!).push(Number(d));
    } catch {
      /* gone */
    }
  }
  let sum = 0;
  let hwm = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
      sum += kb('VmRSS');
      hwm = Math.max(hwm, kb('VmHWM'));
    } catch {
      /* gone */
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return { sum, hwm };
}

/** Run `node <args>` as a child, sampling its process tree's memory. */
function runNode(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let peakTreeRss = 0;
    let peakRss = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    const sample = () => {
      if (child.pid === undefined) return;
      const { sum, hwm } = treeRss(child.pid);
      peakTreeRss = Math.max(peakTreeRss, sum);
      peakRss = Math.max(peakRss, hwm);
    };
    const timer = setInterval(sample, 100);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      done({ wallMs: performance.now() - started, peakTreeRss, peakRss, stdout, code: code ?? 1 });
    });
  });
}

function ensureCorpus(n: number): Promise<string> {
  const dir = join(BENCH, `synth-${n}`);
  if (existsSync(join(dir, '.synth')) && readdirSync(dir).length > 1) return Promise.resolve(dir);
  console.error(`generating ${n} synthetic reports into ${dir} …`);
  return runNode(['scripts/synth.ts', '--count', String(n), '--seed', '42', '--out', dir], {}).then((r) => {
    if (r.code !== 0) throw new Error(`synth failed (${r.code})`);
    return dir;
  });
}

function du(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  let total = 0;
  for (const e of readdirSync(path)) total += du(join(path, e));
  return total;
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) htmlFiles(p, out);
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Stylesheets and up-front scripts (with their static imports) of one page. */
function pageAssets(dist: string, html: string): { css: number; js: number; jsFiles: string[] } {
  const text = readFileSync(html, 'utf8');
  const local = (href: string) => join(dist, href.replace(/^\/+/, '').split(/[?#]/)[0]!);
  let css = 0;
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gz(local(m[1]!));
  css += gzipSync(Buffer.from([...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''))).length * 0; // inline CSS is inside the HTML bytes already
  const seen = new Set<string>();
  const queue = [...text.matchAll(/<script[^>]+type="module"[^>]*src="([^"]+)"/g)].map((m) => local(m[1]!));
  // Inline module scripts count as HTML; their static imports are fetched up front.
  for (const m of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const i of m[1]!.matchAll(/(?:import|from)\s*"([^"]+\.js)"/g)) queue.push(local(i[1]!));
  }
  let js = 0;
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    js += gz(f);
    const src = readFileSync(f, 'utf8');
    // Static imports only (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` loads later.
    for (const i of src.matchAll(/(?:\bimport|\bfrom)\s*"(\.\/[^"]+\.js)"/g)) queue.push(join(f, '..', i[1]!));
  }
  return { css, js, jsFiles: [...seen].map((f) => f.slice(dist.length)) };
}

interface Row {
  size: number;
  validateMs: number;
  astroMs: number;
  pagefindMs: number;
  searchWaitMs: number;
  exportsMs: number;
  wallMs: number;
  msPerReport: number;
  peakRss: number;
  peakTreeRss: number;
  distBytes: number;
  searchBytes: number;
  reportHtmlGzMedian: number;
  reportHtmlGzMax: number;
  reportCssGz: number;
  reportJsGz: number;
  largestListing: { path: string; bytes: number; gz: number };
  /** Largest page of each kind of listing: path, raw and gzipped bytes. */
  listings: { kind: string; path: string; bytes: number; gz: number }[];
  floorMs?: number;
  floorRss?: number;
  sampleReport: string;
}

function stepMs(stdout: string, re: RegExp): number {
  const m = re.exec(stdout);
  return m ? Number(m[1]) : NaN;
}

async function benchSize(n: number, floor: boolean): Promise<Row> {
  const content = await ensureCorpus(n);
  const dist = join(BENCH, `dist-${n}`);
  rmSync(dist, { recursive: true, force: true });
  console.error(`building ${n} reports …`);
  const run = await runNode(['scripts/build.ts', '--outDir', dist], { MINGZHANG_CONTENT: content });
  if (run.code !== 0) throw new Error(`build of ${n} failed:\n${run.stdout}`);
  const validateMs = stepMs(run.stdout, /validated \d+ reports .* in (\d+) ms/);
  const astroMs = stepMs(run.stdout, /rendered the pages in (\d+) ms/);
  // Pagefind indexes from the first validated report on, beside the pages: its own duration, and how long the build then waited for it.
  const pagefindMs = stepMs(run.stdout, /indexed .* in (\d+) ms/);
  const searchWaitMs = stepMs(run.stdout, /waited (\d+) ms for it/);
  const exportsMs = stepMs(run.stdout, /wrote \d+ data files in (\d+) ms/);
  const pages = htmlFiles(dist);
  const reportPages = pages.filter((p) => p.includes(`${dist}/reports/`));
  const sizes = reportPages.map((p) => ({ p, gz: gz(p) })).sort((a, b) => a.gz - b.gz);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  const assets = pageAssets(dist, median.p);
  let largest = { path: '', bytes: 0, gz: 0 };
  for (const p of pages) {
    if (p.includes(`${dist}/reports/`)) continue;
    const bytes = statSync(p).size;
    if (bytes > largest.bytes) largest = { path: p.slice(dist.length), bytes, gz: 0 };
  }
  largest.gz = gz(join(dist, largest.path));
  const kinds: [string, RegExp][] = [
    ['home', /^\/index\.html$/],
    ['quality', /^\/quality\//],
    ['data', /^\/data\/index\.html$/],
    ['compare (custom)', /^\/compare\/custom\//],
    ['compare (index)', /^\/compare\/index\.html$/],
    ['compare (group)', /^\/compare\/(?!custom\/)[^/]+\/index\.html$/],
    ['compare (group, one province)', /^\/compare\/(?!custom\/)[^/]+\/[^/]+\/(\d+\/)?index\.html$/],
    ['regions', /^\/regions\//],
    ['lists', /^\/lists\//],
  ];
  const listings = kinds.map(([kind, re]) => {
    let best = { kind, path: '—', bytes: 0, gz: 0 };
    for (const p of pages) {
      const rel = p.slice(dist.length);
      if (!re.test(rel)) continue;
      const bytes = statSync(p).size;
      if (bytes > best.bytes) best = { kind, path: rel, bytes, gz: 0 };
    }
    if (best.bytes) best.gz = gz(join(dist, best.path));
    return best;
  });
  const row: Row = {
    size: n,
    validateMs,
    astroMs,
    pagefindMs,
    searchWaitMs,
    exportsMs,
    wallMs: run.wallMs,
    msPerReport: run.wallMs / n,
    peakRss: run.peakRss,
    peakTreeRss: run.peakTreeRss,
    distBytes: du(dist),
    // Every shard of the search bundle: pagefind/, pagefind-2/ … (src/search/search-shards.ts).
    searchBytes: readdirSync(dist).filter((d) => /^pagefind(-\d+)?$/.test(d)).reduce((sum, d) => sum + du(join(dist, d)), 0),
    reportHtmlGzMedian: median.gz,
    reportHtmlGzMax: sizes.at(-1)!.gz,
    reportCssGz: assets.css,
    reportJsGz: assets.js,
    largestListing: largest,
    listings,
    sampleReport: median.p.slice(dist.length),
  };
  if (floor) {
    const floorDist = join(BENCH, `floor-${n}`);
    rmSync(floorDist, { recursive: true, force: true });
    console.error(`building the floor for ${n} reports …`);
    const f = await runNode(['scripts/bench-floor/build.ts', '--content', content, '--outDir', floorDist], {});
    if (f.code !== 0) throw new Error(`floor build of ${n} failed`);
    row.floorMs = f.wallMs;
    row.floorRss = f.peakTreeRss;
  }
  return row;
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '?');

function table(rows: Row[]): string {
  const lines: [string, ...string[]][] = [
    ['reports', ...rows.map((r) => String(r.size))],
    ['validate + checks', ...rows.map((r) => s(r.validateMs))],
    ['Astro build', ...rows.map((r) => s(r.astroMs))],
    ['exports', ...rows.map((r) => s(r.exportsMs))],
    ['Pagefind, beside validation and pages (then waited for)', ...rows.map((r) => `${s(r.pagefindMs)} (${s(r.searchWaitMs)})`)],
    ['total wall time', ...rows.map((r) => s(r.wallMs))],
    ['ms per report', ...rows.map((r) => r.msPerReport.toFixed(1))],
    ['peak RSS (largest process)', ...rows.map((r) => mb(r.peakRss))],
    ['peak RSS (process tree, sampled)', ...rows.map((r) => mb(r.peakTreeRss))],
    ['dist/', ...rows.map((r) => mb(r.distBytes))],
    ['search index (all shards)', ...rows.map((r) => mb(r.searchBytes))],
    ['report page HTML, gzipped (median / max)', ...rows.map((r) => `${kb(r.reportHtmlGzMedian)} / ${kb(r.reportHtmlGzMax)}`)],
    ['report page CSS, gzipped', ...rows.map((r) => kb(r.reportCssGz))],
    ['report page HTML + CSS, gzipped (median)', ...rows.map((r) => kb(r.reportHtmlGzMedian + r.reportCssGz))],
    ['report page JS loaded up front, gzipped', ...rows.map((r) => kb(r.reportJsGz))],
    ['largest other page (raw / gzipped)', ...rows.map((r) => `${r.largestListing.path} ${kb(r.largestListing.bytes)} / ${kb(r.largestListing.gz)}`)],
  ];
  if (rows.some((r) => r.floorMs !== undefined)) {
    lines.push(['floor: bare Astro page per report', ...rows.map((r) => (r.floorMs === undefined ? '—' : `${s(r.floorMs)}, ${mb(r.floorRss!)}`))]);
    lines.push(['our wall time ÷ floor', ...rows.map((r) => (r.floorMs === undefined ? '—' : `${(r.wallMs / r.floorMs).toFixed(1)}×`))]);
  }
  if (rows.length >= 2) {
    const [a, b] = [rows[0]!, rows.at(-1)!];
    lines.push([`growth ${a.size} → ${b.size} (time ratio ÷ size ratio)`, '', `${((b.wallMs / a.wallMs) / (b.size / a.size)).toFixed(2)}`]);
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(lines[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.slice(1).map(fmt)].join('\n');
}

/** Lighthouse mobile scores of `urls`, or the reason it cannot run here. */
async function lighthouse(dist: string, paths: string[]): Promise<string> {
  type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined> } } | undefined>;
  // Lighthouse lives in its own directory (LIGHTHOUSE_DIR, default .bench/lighthouse): installing it
  // into the project's node_modules with --no-save re-resolves the tree and can break other tools.
  const lhDir = resolve(process.env.LIGHTHOUSE_DIR ?? join(BENCH, 'lighthouse'));
  const fromLhDir = (pkg: string, main: string) => pathToFileURL(join(lhDir, 'node_modules', pkg, main)).href;
  let lh: { default: Lighthouse };
  try {
    lh = (await import(fromLhDir('lighthouse', 'core/index.js'))) as { default: Lighthouse };
  } catch (e) {
    return `Lighthouse not run: the npm package \`lighthouse\` cannot be imported from ${lhDir} (${(e as Error).message.split('\n')[0]}). Install it with \`npm install --prefix ${relative(process.cwd(), lhDir)} lighthouse@12\`.`;
  }
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const { serveStatic } = await import('../test/e2e/static-server.ts');
  const { launch } = (await import(fromLhDir('chrome-launcher', 'dist/index.js'))) as {
    launch: (o: Record<string, unknown>) => Promise<{ port: number; kill: () => Promise<void> | void }>;
  };
  const server = await serveStatic(dist, '/');
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const out: string[] = [];
  try {
    for (const p of paths) {
      const result = await lh.default(`${server.url}${p.replace(/^\//, '').replace(/index\.html$/, '')}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${p}`);
      const c = result.lhr.categories;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      out.push(`| ${p} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return ['| page | performance | accessibility | best practices | SEO |', '| --- | --- | --- | --- | --- |', ...out].join('\n');
}

async function main() {
  const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number);
  const rows: Row[] = [];
  for (const n of sizes) rows.push(await benchSize(n, !flag('--no-floor')));
  const cpu = cpus()[0]?.model ?? '?';
  console.log(`machine: ${cpus().length} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`);
  console.log(table(rows));
  console.log(`sample report page: ${rows.at(-1)!.sampleReport}`);
  console.log('\nlargest listing page of each kind (raw / gzipped):');
  for (const r of rows) for (const l of r.listings) console.log(`  ${r.size}  ${l.kind.padEnd(18)} ${l.path}  ${kb(l.bytes)} / ${kb(l.gz)}`);
  if (!flag('--no-lighthouse')) {
    const seedDist = join(BENCH, 'dist-seed');
    rmSync(seedDist, { recursive: true, force: true });
    const seed = await runNode(['scripts/build.ts', '--outDir', seedDist], {});
    if (seed.code !== 0) throw new Error('seed build failed');
    console.log(await lighthouse(join(BENCH, `dist-${rows[0]!.size}`), [rows[0]!.sampleReport]));
    console.log(await lighthouse(seedDist, ['/reports/2024/320200-wuxi-renda-budget/index.html']));
  }
  const json = option('--json');
  if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
