/**
 * Which output directories a build may replace (src/build/output-dir.ts), and the build refusing
 * the others before it touches anything (issue 15, item 6).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outputDirProblem, SITE_MARKER, SOURCE_DIRS } from '../../src/build/output-dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'content/reports/2024/320200-wuxi-renda-budget.yaml');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A scratch directory with a content directory of one declaration in it. */
function scratch(): { dir: string; content: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-outdir-'));
  dirs.push(dir);
  const content = join(dir, 'content', 'reports');
  mkdirSync(join(content, '2024'), { recursive: true });
  copyFileSync(SEED, join(content, '2024', 'wuxi.yaml'));
  return { dir, content };
}

const problem = (outDir: string, contentDir: string, force = false) => outputDirProblem(outDir, { contentDir, projectRoot: ROOT, force });

describe('outputDirProblem', () => {
  it('allows a new directory, an empty one and a site of ours', () => {
    const { dir, content } = scratch();
    expect(problem(join(dir, 'dist'), content)).toBeUndefined();
    mkdirSync(join(dir, 'empty'));
    expect(problem(join(dir, 'empty'), content)).toBeUndefined();
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', SITE_MARKER), '');
    writeFileSync(join(dir, 'site', 'index.html'), '');
    expect(problem(join(dir, 'site'), content)).toBeUndefined();
    expect(problem(join(ROOT, 'dist'), content)).toBeUndefined();
  });

  it('refuses the content directory, one inside it and one holding it, even with force', () => {
    const { dir, content } = scratch();
    for (const out of [content, join(content, '2024'), join(content, 'new'), join(dir, 'content'), dir]) {
      expect(problem(out, content, true)).toMatch(/内容目录/);
    }
  });

  it('sees through a symbolic link to the content directory', () => {
    const { dir, content } = scratch();
    symlinkSync(content, join(dir, 'link'));
    expect(problem(join(dir, 'link'), content, true)).toMatch(/内容目录/);
  });

  it("refuses the project's root, a directory holding it, and any directory inside its source, even with force", () => {
    const { content } = scratch();
    expect(problem(ROOT, content, true)).toMatch(/项目目录/);
    // The scratch content may lie below the same parent (a clone in the temporary directory): either reason refuses it.
    expect(problem(resolve(ROOT, '..'), content, true)).toMatch(/项目目录|包含内容目录/);
    for (const d of SOURCE_DIRS) {
      expect(problem(join(ROOT, d), content, true)).toContain(`${d}/`);
      expect(problem(join(ROOT, d, 'dist'), content, true)).toContain(`${d}/`);
    }
  });

  it('refuses a file, and a non-empty directory without the marker unless forced', () => {
    const { dir, content } = scratch();
    writeFileSync(join(dir, 'file'), '');
    expect(problem(join(dir, 'file'), content, true)).toMatch(/不是目录/);
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'photos', 'a.jpg'), '');
    expect(problem(join(dir, 'photos'), content)).toMatch(/--force/);
    expect(problem(join(dir, 'photos'), content, true)).toBeUndefined();
  });
});

/** Run a script of the project; its exit code and what it printed. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Every file below `dir`, relative. */
const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

// Each runs the scripts (~0.7 s a run, more on a busy machine).
describe('npm run build refuses, before it touches anything', { timeout: 60_000 }, () => {
  it('an output directory that is, holds or lies inside the content directory, deleting nothing', () => {
    const { dir, content } = scratch();
    const before = listing(dir);
    for (const out of [content, join(content, '2024'), dir]) {
      const r = run('build.ts', ['--outDir', out, '--force'], { MINGZHANG_CONTENT: content });
      expect(r.status).toBe(1);
      expect(r.out).toContain('内容目录');
      expect(r.out).not.toMatch(/\n\s+at /);
    }
    expect(listing(dir)).toEqual(before);
  });

  it("the project's root or its source", () => {
    const { content } = scratch();
    for (const out of ['.', 'src', 'test/unit', 'node_modules']) {
      const r = run('build.ts', ['--outDir', out], { MINGZHANG_CONTENT: content });
      expect(r.status).toBe(1);
      expect(r.out).toMatch(/项目/);
    }
  });

  it('a non-empty directory no build of ours wrote, keeping its files', () => {
    const { dir, content } = scratch();
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'photos', 'a.jpg'), 'x');
    const r = run('build.ts', [`--outDir=${join(dir, 'photos')}`], { MINGZHANG_CONTENT: content });
    expect(r.status).toBe(1);
    expect(r.out).toContain('--force');
    expect(listing(join(dir, 'photos'))).toEqual(['a.jpg']);
  });

  it('an unknown option or a missing directory, with the usage', () => {
    for (const args of [['--out', 'x'], ['--outDir'], ['dist']]) {
      const r = run('build.ts', args);
      expect(r.status).toBe(2);
      expect(r.out).toContain('用法：npm run build');
    }
  });
});

describe('an empty or missing content directory is refused by name', { timeout: 60_000 }, () => {
  it('by npm run build and npm run validate', () => {
    const { dir } = scratch();
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, '2024'), { recursive: true });
    writeFileSync(join(empty, '2024', 'notes.txt'), '');
    const missing = join(dir, 'missing');
    for (const [content, words] of [
      [empty, '里没有报告声明'],
      [missing, '不存在'],
    ] as const) {
      for (const [script, args] of [
        ['build.ts', ['--outDir', join(dir, 'dist')]],
        ['validate.ts', []],
      ] as const) {
        const r = run(script, [...args], { MINGZHANG_CONTENT: content });
        expect(r.status, `${script} ${content}`).toBe(1);
        expect(r.out).toContain(`内容目录 ${content} ${words}`);
      }
      const r = run('validate.ts', [content]);
      if (content === empty) expect(r.status).toBe(1);
      if (content === empty) expect(r.out).toContain(`内容目录 ${content} ${words}`);
    }
    expect(readdirSync(dir).sort()).toEqual(['content', 'empty']);
  });
});

