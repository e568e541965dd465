/**
 * A declaration's place agrees with what it declares. Files live at
 * `content/reports/<year>/<region code>-<slug>-<budget|final>.yaml`; a file moved or copied without
 * its fields being changed (or the reverse) would publish a report under the wrong year, stage or
 * region. Only what the path states is checked, so files kept elsewhere (test fixtures, a
 * newsroom's own layout) are checked as far as their names follow the convention.
 */
import { basename, dirname } from 'node:path';
import type { ReportDecl } from '../model/schema.ts';
import { formatPath, type Diagnostic } from './diagnostic.ts';
import type { SourceDocument } from './yaml-source.ts';

const STAGE_OF_SUFFIX = { budget: '预算', final: '决算' } as const;

/** Declaration errors for every field that disagrees with the file's directory or name. */
export function filePlaceDiagnostics(source: SourceDocument, decl: ReportDecl): Diagnostic[] {
  const out: Diagnostic[] = [];
  const problem = (path: string[], message: string) =>
    out.push({ file: source.file, ...source.locate(path), field: formatPath(path), severity: 'error', message });
  const dir = basename(dirname(source.file));
  const name = basename(source.file).replace(/\.[^.]*$/, '');
  if (/^\d{4}$/.test(dir) && Number(dir) !== decl.year) {
    problem(['year'], `年份 ${decl.year} 与文件所在的目录 ${dir}/ 不一致：请改正年份，或把文件移到 ${decl.year}/ 目录`);
  }
  const code = /^(\d{6})-/.exec(name)?.[1];
  if (code !== undefined && code !== decl.unit.region.code) {
    problem(['unit', 'region', 'code'], `行政区划代码 ${decl.unit.region.code} 与文件名开头的 ${code} 不一致：请改正代码或文件名`);
  }
  const suffix = /-(budget|final)$/.exec(name)?.[1] as keyof typeof STAGE_OF_SUFFIX | undefined;
  if (suffix !== undefined && STAGE_OF_SUFFIX[suffix] !== decl.stage) {
    problem(['stage'], `阶段 ${decl.stage} 与文件名结尾的 -${suffix}（${STAGE_OF_SUFFIX[suffix]}）不一致：请改正阶段或文件名`);
  }
  return out;
}
