/** `coverage.key-tasks`: a 年度重点工作任务 with no project of a matching name. */
import { formatMoney } from '../../model/money.ts';
import type { Rule } from '../rule.ts';
import { place, sameName } from '../util.ts';

export const coverageKeyTasks: Rule = {
  id: 'coverage.key-tasks',
  severity: 'info',
  title: '重点工作任务找不到对应项目',
  rationale:
    '部门整体表中的年度重点工作任务通常由具体项目承担。报告公开了项目表时，按名称（去掉“任务N：”、引号和“经费”“费”等字样后互相包含或大部分相同）找对应项目，找不到的指出来。',
  basis: '文件自身的一致性。',
  check(report) {
    const tasks = report.overall?.key_tasks ?? [];
    if (tasks.length === 0 || report.projects.length === 0) return [];
    return tasks
      .filter((t) => !report.projects.some((p) => sameName(t.name, p.name)))
      .map((t) => ({
        message: `年度重点工作任务“${t.name}”${t.amount ? `（拟投入 ${formatMoney(t.amount)}）` : ''}在本报告的项目表中找不到名称对应的项目。`,
        where: place(t),
      }));
  },
};
