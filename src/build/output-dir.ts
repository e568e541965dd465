/**
 * Which directories a build may replace. A build replaces its whole output directory, so it
 * refuses one that is, holds or lies inside the content or the project's source, and one that
 * holds files no build of ours wrote: each output carries a marker file (SITE_MARKER) naming it
 * ours. `force` allows only the last, for a directory the user knows may go.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** Written into every output the build completes. */
export const SITE_MARKER = '.mingzhang-site';
export const SITE_MARKER_TEXT = '明账构建写出的网站。下次构建会整个替换这个目录。\n';

/** The project's own directories: an output there would delete them. */
export const SOURCE_DIRS = ['src', 'scripts', 'test', 'content', 'public', 'node_modules', '.git'];

/** `p` (absolute) with symbolic links resolved, as far as it exists. */
function real(p: string): string {
  if (existsSync(p)) return realpathSync(p);
  const parent = dirname(p);
  return parent === p ? p : join(real(parent), basename(p));
}

/** `a` is `b` or lies inside it. */
function within(a: string, b: string): boolean {
  return a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
}

export interface OutputDirContext {
  /** The content directory (MINGZHANG_CONTENT or content/reports). */
  contentDir: string;
  /** The project's root (where astro.config.mjs is). */
  projectRoot: string;
  force: boolean;
}

/** Why the build must not replace `outDir` (absolute), or undefined when it may. */
export function outputDirProblem(outDir: string, { contentDir, projectRoot, force }: OutputDirContext): string | undefined {
  const out = real(outDir);
  const content = real(contentDir);
  const root = real(projectRoot);
  const refuse = (why: string) => `不能把 ${outDir} 作为输出目录：它${why}，构建会整个替换输出目录。请换一个 --outDir。`;
  if (within(out, content)) return refuse(`在内容目录 ${contentDir} 里面（或就是它）`);
  if (within(content, out)) return refuse(`包含内容目录 ${contentDir}`);
  if (within(root, out)) return refuse('是项目目录或包含项目目录');
  if (within(real(process.cwd()), out)) return refuse('是当前目录或包含当前目录');
  for (const d of SOURCE_DIRS) if (within(out, join(root, d))) return refuse(`在项目的 ${d}/ 目录里面`);
  const stat = statSync(out, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isDirectory()) return refuse('不是目录');
  if (force || existsSync(join(out, SITE_MARKER)) || readdirSync(out).length === 0) return undefined;
  return `不能把 ${outDir} 作为输出目录：它不是空目录，也不是明账构建写出的网站（没有 ${SITE_MARKER} 标记文件）。构建会替换整个目录，删除其中所有文件；确认可以删除时加 --force。`;
}
