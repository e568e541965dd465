/**
 * Fault tests of the build (issue 15, items 2 and 5): real builds of a two-report content directory
 * into an output that already holds a complete site, failed after validation, killed with
 * SIGKILL, SIGTERM or SIGINT at several points, and run two at once. The previous site must stay
 * byte for byte as it was until a complete new one replaces it, and the next build must remove
 * whatever a killed one left. Here, not in test/unit/: it runs ~10 builds, which must not share
 * the two cores with the unit tests (the kill points are timed against the pages' progress).
 * ~70 s on an idle machine; the time limits allow for one shared with other work (~5 min seen).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_MARKER } from '../../src/build/output-dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = ['320200-wuxi-renda-budget.yaml', '510411-renhe-renda-budget.yaml'];

let work: string;
let content: string;
let regions: string;
let out: string;
/** The complete site every fault must leave as it was: path → sha256. */
let previous: Map<string, string>;
/** How long the first build rendered its pages, to time the kills by. */
let pagesMs: number;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Run the build; `onLine` sees each line it prints, with the process to kill. */
function build(args: string[] = [], env: Record<string, string> = {}, onLine?: (line: string, kill: (s: NodeJS.Signals) => void) => void): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', out, ...args], {
    cwd: ROOT,
    env: { ...process.env, MINGZHANG_CONTENT: content, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let partial = '';
  const kill = (s: NodeJS.Signals) => child.kill(s);
  const take = (d: string) => {
    output += d;
    const lines = (partial + d).split('\n');
    partial = lines.pop()!;
    for (const l of lines) onLine?.(l, kill);
  };
  child.stdout.setEncoding('utf8').on('data', take);
  child.stderr.setEncoding('utf8').on('data', take);
  return new Promise((done) => child.on('close', (code, signal) => done({ code, signal, output })));
}

/** Every file below `dir` (dot files too) with its hash. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = join(dir, rel);
    try {
      files.set(rel, createHash('sha256').update(readFileSync(p)).digest('hex'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EISDIR') throw e;
      files.set(rel, 'dir');
    }
  }
  return files;
}

/** What is beside the output directory. */
const beside = () => readdirSync(dirname(out)).sort();

function expectPreviousSite(): void {
  const now = snapshot(out);
  // Compared as lists first, so a failure names the files missing or added.
  expect([...now.keys()]).toEqual([...previous.keys()]);
  expect(now).toEqual(previous);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mingzhang-faults-'));
  content = join(work, 'content', 'reports');
  mkdirSync(join(content, '2024'), { recursive: true });
  for (const s of SEEDS) copyFileSync(join(ROOT, 'content/reports/2024', s), join(content, '2024', s));
  // MINGZHANG_CONTENT=<dir>/reports reads <dir>/regions.yaml (src/model/region-schema.ts).
  regions = join(work, 'content', 'regions.yaml');
  copyFileSync(join(ROOT, 'content/regions.yaml'), regions);
  out = join(work, 'site', 'dist');
  // A directory no build wrote, replaced only because --force says so.
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'stray.txt'), '');
  const r = await build(['--force']);
  expect(r.code, r.output).toBe(0);
  expect(existsSync(join(out, 'stray.txt'))).toBe(false);
  expect(existsSync(join(out, SITE_MARKER))).toBe(true);
  previous = snapshot(out);
  expect([...previous.keys()]).toEqual(expect.arrayContaining(['index.html', 'data/datapackage.json', 'pagefind/pagefind.js']));
  pagesMs = Number(/rendered the pages in (\d+) ms/.exec(r.output)![1]);
  expect(beside()).toEqual(['dist']);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build that fails after validation', { timeout: 180_000 }, () => {
  it('with a broken regions.yaml leaves the previous site as it was, and nothing beside it', async () => {
    const good = readFileSync(regions);
    writeFileSync(regions, 'regions: [\n');
    try {
      const r = await build();
      expect(r.code, r.output).toBe(1);
      expect(r.output).toContain('regions.yaml');
      expect(r.output).not.toMatch(/\n\s+at /);
    } finally {
      writeFileSync(regions, good);
    }
    expectPreviousSite();
    expect(beside()).toEqual(['dist']);
  });

  it('in Astro (a site address that is not a URL) leaves the previous site as it was, and nothing beside it', async () => {
    const r = await build([], { MINGZHANG_SITE: '不是网址' });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain('构建失败');
    expectPreviousSite();
    expect(beside()).toEqual(['dist']);
  });
});

describe('a build killed', () => {
  /** When to kill: at the line that says validation is done, plus a share of the pages' time. */
  const points: { signal: NodeJS.Signals; share: number }[] = [
    { signal: 'SIGKILL', share: 0 },
    { signal: 'SIGKILL', share: 0.4 },
    { signal: 'SIGKILL', share: 0.9 },
    { signal: 'SIGTERM', share: 0.6 },
    { signal: 'SIGINT', share: 0.2 },
  ];

  it('at any point leaves the previous site as it was; interrupted, it cleans up and exits 128 + the signal', async () => {
    const left = new Set<string>();
    for (const { signal, share } of points) {
      const r = await build([], {}, (line, kill) => {
        if (line.startsWith('validated ')) setTimeout(() => kill(signal), share * pagesMs);
      });
      const where = `${signal} at ${share} of the pages: ${r.output}`;
      if (r.code === 0) {
        // Killed after the swap: the new site is complete, and a rebuild of the same content is the same bytes.
        expectPreviousSite();
        continue;
      }
      expectPreviousSite();
      if (signal === 'SIGKILL') {
        expect(r.signal, where).toBe('SIGKILL');
        for (const b of beside()) left.add(b.replace(/-[A-Za-z0-9]{6}$/, '-*'));
      } else {
        expect(r.code, where).toBe(128 + constants.signals[signal]);
        expect(r.output).toContain(`构建被 ${signal} 中断`);
        expect(beside().filter((b) => /-(next|search)-/.test(b)), where).toEqual([]);
      }
    }
    // A build killed while rendering left its half-built site beside the output.
    expect([...left]).toContain('.dist-next-*');
    const r = await build();
    expect(r.code, r.output).toBe(0);
    expectPreviousSite();
    expect(beside()).toEqual(['dist']);
    expect(existsSync(join(ROOT, '.mingzhang-build.lock'))).toBe(false);
  }, 600_000);
});

describe('two builds started at once', () => {
  it('both succeed, one after the other, and leave one complete site', async () => {
    const [a, b] = await Promise.all([build(), build()]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect(a.output + b.output).toMatch(/正由另一个构建（进程 \d+）使用，等它结束/);
    expectPreviousSite();
    expect(beside()).toEqual(['dist']);
  }, 300_000);
});
