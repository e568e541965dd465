/**
 * A build that fails while it reads the declarations (issue 15, item 1): whatever throws, it says
 * so in Chinese, exits 1, prints no stack trace and leaves nothing beside the output. It had exited
 * 0 with nothing printed: once Pagefind had started, the search index awaited a document the
 * stopped loading never sent, and Node ended with an empty event loop.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SITE_MARKER } from '../../src/build/output-dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Nested anchors and aliases (each level nine aliases of the one above): the YAML reader refuses to expand them. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n') + '\n';

describe('a build whose declarations make the reader throw', { timeout: 120_000 }, () => {
  it('exits 1 with a message, no stack trace, nothing left beside the output and the previous output untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-failures-'));
    dirs.push(dir);
    const content = join(dir, 'reports');
    // Enough reports before it that Pagefind has started and waits for the next one when the reader throws.
    const synth = spawnSync(process.execPath, [join(ROOT, 'scripts/synth.ts'), '--count', '200', '--out', content], { encoding: 'utf8' });
    expect(synth.status, synth.stderr).toBe(0);
    mkdirSync(join(content, '2024'), { recursive: true });
    writeFileSync(join(content, '2024', 'zz-bomb.yaml'), ALIAS_BOMB);
    const out = join(dir, 'site', 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, SITE_MARKER), '');
    writeFileSync(join(out, 'index.html'), '<p>旧</p>');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], { cwd: ROOT, env: { ...process.env, MINGZHANG_CONTENT: content }, encoding: 'utf8' });
    const output = r.stdout + r.stderr;
    expect(r.status, output).toBe(1);
    expect(output).toMatch(/构建失败|内容声明有错误/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dir, 'site'))).toEqual(['dist']);
    expect(readdirSync(out).sort()).toEqual([SITE_MARKER, 'index.html']);
  });
});
