/**
 * The declarations of a content directory, or why there are none to use: a missing directory and
 * one without declarations are refused by name (an empty site built from a mistyped path looked
 * like success).
 */
import { statSync } from 'node:fs';
import { listDeclarations } from './load-reports.ts';

export type ContentFiles = { files: string[] } | { problem: string };

/** The declaration files below `root`, or a message naming `root` when it has none. */
export function contentFiles(root: string): ContentFiles {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) return { problem: `内容目录 ${root} 不存在。请检查路径（或 MINGZHANG_CONTENT）。` };
  if (!stat.isDirectory()) return { problem: `内容目录 ${root} 不是目录。请检查路径（或 MINGZHANG_CONTENT）。` };
  let files: string[];
  try {
    files = listDeclarations(root);
  } catch (e) {
    return { problem: `无法读取内容目录 ${root}：${(e as Error).message}` };
  }
  if (files.length === 0) return { problem: `内容目录 ${root} 里没有报告声明（.yaml、.yml 或 .json 文件）。请检查路径（或 MINGZHANG_CONTENT）。` };
  return { files };
}
