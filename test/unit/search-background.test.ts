/**
 * The search index written beside the output while the pages render (write-index.ts indexBeside):
 * moved in when finished, and nothing left behind when it fails.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexBeside } from '../../src/search/write-index.ts';
import { childProcesses, procStat } from '../../src/build/processes.ts';

const parents: string[] = [];
afterEach(() => {
  for (const p of parents.splice(0)) rmSync(p, { recursive: true, force: true });
});

function outDir(): { parent: string; out: string } {
  const parent = mkdtempSync(join(tmpdir(), 'mingzhang-index-'));
  parents.push(parent);
  return { parent, out: join(parent, 'dist') };
}

/** This process's Pagefind child (Linux: found in /proc). */
function pagefindChild(): number {
  const [pid] = childProcesses('pagefind');
  if (pid === undefined) throw new Error('no Pagefind process found');
  return pid;
}

/** The niceness of each thread of process `pid`. */
function threadNiceness(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => procStat(`/proc/${pid}/task/${tid}/stat`).nice);
}

const doc = (i: number) => ({ url: `/reports/r${i}/`, html: `<html lang="zh-CN"><body><main data-pagefind-body><h1>报告${i}</h1><p>预算 ${i}</p></main></body></html>` });

/** `n` documents, arriving one at a time like reports being loaded. */
async function* docs(n: number) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 5));
    yield doc(i);
  }
}

describe('indexBeside', () => {
  it('moves the finished index into the output directory and leaves nothing beside it', async () => {
    const { parent, out } = outDir();
    const search = indexBeside(out, 2, docs(2));
    const stats = await search.finish();
    await search.stop();
    expect(stats.pages).toBe(2);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it.runIf(process.platform === 'linux')('starts Pagefind with its allocator told to keep freed memory and every thread at niceness 19, and leaves this process as it was', async () => {
    const { out } = outDir();
    let seen: string[] = [];
    let niceness: number[] = [];
    const search = indexBeside(
      out,
      1,
      (async function* () {
        // Asked for the first document: Pagefind runs.
        const pid = pagefindChild();
        seen = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
        niceness = threadNiceness(pid);
        yield doc(0);
      })(),
    );
    await search.finish();
    await search.stop();
    expect(seen).toContain('_RJEM_MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:1,thp:always');
    expect(process.env._RJEM_MALLOC_CONF).toBeUndefined();
    expect(niceness.length).toBeGreaterThan(1);
    expect(new Set(niceness)).toEqual(new Set([19]));
    expect(getPriority()).toBe(0);
  });

  it('fails with the error of a document, and stop removes what it wrote', async () => {
    const { parent, out } = outDir();
    const search = indexBeside(
      out,
      2,
      (async function* () {
        yield doc(0);
        throw new Error('坏文档');
      })(),
    );
    await expect(search.finish()).rejects.toThrow('坏文档');
    await search.stop();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('fails when fewer documents come than it was told to expect', async () => {
    const { parent, out } = outDir();
    const search = indexBeside(out, 3, docs(2));
    await expect(search.finish()).rejects.toThrow('应有 3 个文档，只收到 2 个');
    await search.stop();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('stop ends an index still waiting for a document that never comes, and removes what it wrote', async () => {
    // The build's documents stopped once a declaration made the loading throw: the index must not wait for them (issue 15, item 1).
    const { parent, out } = outDir();
    const search = indexBeside(
      out,
      2,
      (async function* () {
        yield doc(0);
        await new Promise(() => undefined);
      })(),
    );
    await new Promise((r) => setTimeout(r, 500));
    await search.stop();
    await expect(search.finish()).rejects.toThrow();
    expect(readdirSync(parent)).toEqual([]);
  });
});
