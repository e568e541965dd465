/**
 * How a build replaces its output directory without ever losing the previous site: the new site is
 * built whole in a staging directory beside it (`.dist-next-*`), then swapped in with two renames
 * (Node has no atomic exchange): the previous output into `.dist-previous-XXXXXX/dist`, the staging
 * directory onto `dist`. A build killed between the two leaves `dist` missing and the previous
 * site whole aside, and the next build puts it back (`recoverOutput`). The previous output is then
 * removed in the background by a child process at the lowest CPU priority: at 10,000 reports
 * (~30,000 files, 2.3 GB) removing it in the build took 13–16 s (BENCHMARKS.md). What a failed or
 * killed build left beside the output is removed by the next one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lowerPriority } from './processes.ts';

/** The removal of directories in the background (`replaceOutput`, `recoverOutput`). */
export interface Removal {
  /** Settles when they are gone; rejects with a message if one could not be removed. */
  done: Promise<void>;
}

/** What the build keeps beside `dist`: the site being built, the search index being written, a previous site being removed. */
export type Beside = 'next' | 'search' | 'previous';

/** A new directory `.<name>-<kind>-XXXXXX` beside `outDir` (absolute). */
export function makeBeside(outDir: string, kind: Beside): string {
  return mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-${kind}-`));
}

/** The directories of the given kinds beside `outDir`, left by this or an earlier build. */
export function besideDirs(outDir: string, kinds: readonly Beside[] = ['next', 'search', 'previous']): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefixes = kinds.map((k) => `.${basename(outDir)}-${k}-`);
  // mkdtemp's suffix is six characters.
  return readdirSync(parent)
    .filter((n) => prefixes.some((p) => n.startsWith(p) && n.length === p.length + 6))
    .map((n) => join(parent, n));
}

const REMOVE = "for (const p of process.argv.slice(1)) require('node:fs').rmSync(p, { recursive: true, force: true, maxRetries: 3 })";

/** Remove `dirs` in a child process at the lowest priority. */
function removeInBackground(dirs: string[]): Removal {
  if (dirs.length === 0) return { done: Promise.resolve() };
  const child = spawn(process.execPath, ['-e', REMOVE, ...dirs], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (child.pid !== undefined) lowerPriority(child.pid);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const what = dirs.join('、');
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (e) => reject(new Error(`${what} 没能删除：${e.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${what} 没能删除：${stderr.trim() || `退出码 ${code}`}`))));
  });
  // Awaited by the build at its end; this keeps an early failure from counting as unhandled meanwhile.
  done.catch(() => undefined);
  return { done };
}

/**
 * Before a build: if a build was killed between the two renames of its swap (`outDir` missing, the
 * previous site whole aside), put the previous site back; then start removing everything earlier
 * builds left beside `outDir`.
 */
export function recoverOutput(outDir: string): Removal {
  const name = basename(outDir);
  if (!existsSync(outDir)) {
    const whole = besideDirs(outDir, ['previous']).map((d) => join(d, name)).find((p) => existsSync(p));
    if (whole) renameSync(whole, outDir);
  }
  return removeInBackground(besideDirs(outDir));
}

/**
 * Replace `outDir` by the complete site in `staging` (made by `makeBeside(outDir, 'next')`) and
 * start removing the previous one. Throws, leaving the previous site in place, when it cannot.
 */
export function replaceOutput(staging: string, outDir: string): Removal {
  const name = basename(outDir);
  if (!existsSync(outDir)) {
    renameSync(staging, outDir);
    return { done: Promise.resolve() };
  }
  const aside = makeBeside(outDir, 'previous');
  try {
    renameSync(outDir, join(aside, name));
  } catch (e) {
    rmdirSync(aside);
    throw new Error(`无法替换输出目录 ${outDir}（${(e as Error).message}）。它若是挂载点，请把 --outDir 指向其中的一个子目录。`);
  }
  try {
    renameSync(staging, outDir);
  } catch (e) {
    renameSync(join(aside, name), outDir);
    rmdirSync(aside);
    throw e;
  }
  // No longer a site to put back (recoverOutput): from here on it is only being removed.
  renameSync(join(aside, name), join(aside, 'removing'));
  return removeInBackground([aside]);
}

/** Remove at once what this build has beside `outDir` (the site and index being built), when it is stopped. */
export function removeUnfinished(outDir: string): void {
  for (const d of besideDirs(outDir, ['next', 'search'])) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
}
