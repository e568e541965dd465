/**
 * The output of the previous build, removed in the background. Astro empties its output directory
 * itself, on the thread that renders the pages, before the first page: at 10,000 reports (~30,000
 * files, 2.3 GB) that was 13–16 s of a rebuild (BENCHMARKS.md). Moved aside instead (one rename),
 * it is removed by a child process at the lowest CPU priority while the build goes on.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { lowerPriority } from './processes.ts';

/** The removal of a previous output (`setAsidePreviousOutput`). */
export interface Removal {
  /** Settles when what was set aside is gone; rejects with a message if it could not be removed. */
  done: Promise<void>;
}

const REMOVE = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })";

/**
 * Move `outDir` (an absolute path), if it exists, into a new directory beside it and start
 * removing that in a child process; the build then writes into a directory that does not exist.
 * When `outDir` cannot be moved (a mount point, say) it is left for Astro to empty, as before.
 */
export function setAsidePreviousOutput(outDir: string): Removal {
  // Never the directory we work in or one holding it (`--outDir .`): that is Astro's to refuse.
  const holdsCwd = !relative(outDir, process.cwd()).startsWith('..');
  if (!existsSync(outDir) || holdsCwd || dirname(outDir) === outDir) return { done: Promise.resolve() };
  const aside = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-previous-`));
  try {
    renameSync(outDir, join(aside, basename(outDir)));
  } catch {
    rmdirSync(aside);
    return { done: Promise.resolve() };
  }
  const child = spawn(process.execPath, ['-e', REMOVE, aside], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (child.pid !== undefined) lowerPriority(child.pid);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (e) => reject(new Error(`上次的输出 ${aside} 没能删除：${e.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`上次的输出 ${aside} 没能删除：${stderr.trim() || `退出码 ${code}`}`))));
  });
  // Awaited by the build at its end; this keeps an early failure from counting as unhandled meanwhile.
  done.catch(() => undefined);
  return { done };
}
