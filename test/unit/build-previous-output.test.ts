/** The previous build's output set aside and removed in the background (src/build/previous-output.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from '../../src/build/previous-output.ts';

const parents: string[] = [];
afterEach(() => {
  for (const p of parents.splice(0)) rmSync(p, { recursive: true, force: true });
});

function parent(): string {
  const p = mkdtempSync(join(tmpdir(), 'mingzhang-previous-'));
  parents.push(p);
  return p;
}

describe('setAsidePreviousOutput', () => {
  it('moves the output away at once and removes it completely in the background', async () => {
    const p = parent();
    const out = join(p, 'dist');
    for (let i = 0; i < 50; i++) {
      mkdirSync(join(out, 'reports', String(i)), { recursive: true });
      writeFileSync(join(out, 'reports', String(i), 'index.html'), '<p>旧</p>');
    }
    const removal = setAsidePreviousOutput(out);
    // The build can write a fresh outDir right away.
    expect(existsSync(out)).toBe(false);
    await removal.done;
    expect(readdirSync(p)).toEqual([]);
  });

  it('does nothing when there is no previous output', async () => {
    const p = parent();
    await setAsidePreviousOutput(join(p, 'dist')).done;
    expect(readdirSync(p)).toEqual([]);
  });

  it('never moves the working directory or a directory holding it', async () => {
    const p = parent();
    const out = join(p, 'dist');
    mkdirSync(join(out, 'inner'), { recursive: true });
    const cwd = process.cwd();
    process.chdir(join(out, 'inner'));
    try {
      await setAsidePreviousOutput(join(out, 'inner')).done;
      await setAsidePreviousOutput(out).done;
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(p)).toEqual(['dist']);
    expect(readdirSync(out)).toEqual(['inner']);
  });
});
