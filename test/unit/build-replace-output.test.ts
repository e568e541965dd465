/**
 * How a build replaces its output (src/build/replace-output.ts): the new site is swapped in whole,
 * the previous one removed in the background, and what a killed build left is cleaned up (or, if it
 * was killed between the two renames of the swap, the previous site is put back).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { besideDirs, makeBeside, recoverOutput, removeUnfinished, replaceOutput } from '../../src/build/replace-output.ts';

const parents: string[] = [];
afterEach(() => {
  for (const p of parents.splice(0)) rmSync(p, { recursive: true, force: true });
});

function parent(): string {
  const p = mkdtempSync(join(tmpdir(), 'mingzhang-replace-'));
  parents.push(p);
  return p;
}

/** A site of `n` pages saying `text`. */
function site(dir: string, text: string, n = 20): void {
  for (let i = 0; i < n; i++) {
    mkdirSync(join(dir, 'reports', String(i)), { recursive: true });
    writeFileSync(join(dir, 'reports', String(i), 'index.html'), `<p>${text}</p>`);
  }
}

const page = (dir: string) => readFileSync(join(dir, 'reports', '0', 'index.html'), 'utf8');

describe('replaceOutput', () => {
  it('swaps the staged site in for the previous one and removes that completely in the background', async () => {
    const p = parent();
    const out = join(p, 'dist');
    site(out, '旧');
    const staging = makeBeside(out, 'next');
    site(staging, '新');
    const removal = replaceOutput(staging, out);
    expect(page(out)).toBe('<p>新</p>');
    await removal.done;
    expect(readdirSync(p)).toEqual(['dist']);
    expect(readdirSync(join(out, 'reports'))).toHaveLength(20);
  });

  it('moves the staged site in when there was no previous one', async () => {
    const p = parent();
    const out = join(p, 'dist');
    const staging = makeBeside(out, 'next');
    site(staging, '新');
    await replaceOutput(staging, out).done;
    expect(page(out)).toBe('<p>新</p>');
    expect(readdirSync(p)).toEqual(['dist']);
  });

  it('leaves the previous site in place when the staged one cannot be moved in', () => {
    const p = parent();
    const out = join(p, 'dist');
    site(out, '旧');
    expect(() => replaceOutput(join(p, '.dist-next-gone00'), out)).toThrow();
    expect(page(out)).toBe('<p>旧</p>');
    expect(readdirSync(p)).toEqual(['dist']);
  });
});

describe('recoverOutput', () => {
  it('puts back a previous site that a build killed between the two renames of its swap left aside', async () => {
    const p = parent();
    const out = join(p, 'dist');
    const aside = makeBeside(out, 'previous');
    site(join(aside, 'dist'), '旧');
    site(makeBeside(out, 'next'), '新');
    await recoverOutput(out).done;
    expect(page(out)).toBe('<p>旧</p>');
    expect(readdirSync(join(out, 'reports'))).toHaveLength(20);
    expect(readdirSync(p)).toEqual(['dist']);
  });

  it('removes half-built sites, search indexes and previous sites being removed, and nothing else', async () => {
    const p = parent();
    const out = join(p, 'dist');
    site(out, '现');
    site(makeBeside(out, 'next'), '半');
    site(makeBeside(out, 'search'), '半');
    site(join(makeBeside(out, 'previous'), 'removing'), '旧', 3);
    // Not ours: other names, another output's leftovers.
    for (const other of ['.dist-nextabcdef', '.dist-next-abc', 'dist-next-abcdef', '.site-next-abcdef', 'notes']) mkdirSync(join(p, other));
    expect(besideDirs(out)).toHaveLength(3);
    await recoverOutput(out).done;
    expect(page(out)).toBe('<p>现</p>');
    expect(readdirSync(p).sort()).toEqual(['.dist-next-abc', '.dist-nextabcdef', '.site-next-abcdef', 'dist', 'dist-next-abcdef', 'notes']);
  });

  it('does nothing when there is nothing beside the output', async () => {
    const p = parent();
    await recoverOutput(join(p, 'dist')).done;
    expect(readdirSync(p)).toEqual([]);
  });
});

describe('removeUnfinished', () => {
  it('removes the site and index being built at once and leaves the output and a previous site being removed', () => {
    const p = parent();
    const out = join(p, 'dist');
    site(out, '现');
    site(makeBeside(out, 'next'), '半');
    site(makeBeside(out, 'search'), '半');
    const previous = makeBeside(out, 'previous');
    removeUnfinished(out);
    expect(readdirSync(p).sort()).toEqual([previous.slice(p.length + 1), 'dist'].sort());
    expect(existsSync(join(out, 'reports', '0', 'index.html'))).toBe(true);
  });
});
