/**
 * npm run validate [-- <dir or files…>] [--strict] [--quiet]
 *
 * Checks every report declaration and prints every problem in one run, each with file, line,
 * column and field. Exits 1 when a declaration cannot be used or there is none (or, with --strict,
 * when a check finds an error), 2 when the command itself fails.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { reportsDir } from '../src/declaration/content-dir.ts';
import { formatDiagnostic } from '../src/declaration/diagnostic.ts';
import { loadReports } from '../src/declaration/load-reports.ts';
import { contentFiles } from '../src/declaration/content-files.ts';

function main(argv: string[]): number {
  const strict = argv.includes('--strict');
  const quiet = argv.includes('--quiet');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--strict' && a !== '--quiet');
  if (unknown.length) {
    console.error(`未知选项：${unknown.join(' ')}\n用法：npm run validate [-- <目录或文件…>] [--strict] [--quiet]`);
    return 2;
  }
  const targets = argv.filter((a) => !a.startsWith('--'));
  const dirTarget = targets.length === 1 && statSync(targets[0]!, { throwIfNoEntry: false })?.isDirectory();
  const root = dirTarget ? targets[0]! : reportsDir();
  let files = targets;
  if (!targets.length || dirTarget) {
    const found = contentFiles(root);
    if ('problem' in found) {
      console.error(found.problem);
      return 1;
    }
    files = found.files;
  }
  const { reports, diagnostics, hasErrors } = loadReports(root, files);
  const rel = (f: string) => relative(process.cwd(), f) || f;
  const count = { declaration: 0, error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    if (d.rule) count[d.severity]++;
    else count.declaration++;
    if (!quiet || (d.severity === 'error' && !d.rule)) console.log(formatDiagnostic({ ...d, file: rel(d.file) }));
  }
  const failed = hasErrors || (strict && count.error > 0);
  const summary =
    `检查了 ${files.length} 个文件，${reports.length} 份报告可用。` +
    `声明错误 ${count.declaration} 个${count.declaration ? '（必须修改）' : ''}；` +
    `数据检查发现 ${count.error} 个错误、${count.warning} 个警告、${count.info} 个提示（不阻止构建，网站上会展示）。`;
  if (failed) console.error(`${summary}\n${hasErrors ? '有无法使用的声明，请按上面的位置修改后重试。' : '--strict：数据检查发现错误。'}`);
  else if (!quiet) console.log(summary);
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`validate 内部错误：${(e as Error).message}`);
  process.exitCode = 2;
}
