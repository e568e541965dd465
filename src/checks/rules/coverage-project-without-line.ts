/**
 * `coverage.project-without-line`: a project with its own table that no expenditure line refers
 * to, in a report whose expenditure table does list projects line by line.
 */
import type { Rule } from '../rule.ts';
import { place } from '../util.ts';
import { allLines, projectBudget } from '../../model/totals.ts';
import { formatMoney } from '../../model/money.ts';

export const coverageProjectWithoutLine: Rule = {
  id: 'coverage.project-without-line',
  severity: 'info',
  title: '项目表在支出表中找不到对应行',
  rationale: '支出表逐项列出项目时，每个有绩效目标表的项目都应在支出表中出现；没有出现时，读者无法把项目与单位的支出对应起来。',
  basis: '文件自身的一致性。',
  check(report) {
    const lines = allLines(report.overall?.expenditure);
    if (!lines.some((l) => l.project !== undefined)) return [];
    const referenced = new Set(lines.map((l) => l.project));
    return report.projects
      .filter((p) => !referenced.has(p.id))
      .map((p) => {
        const b = projectBudget(report, p);
        return {
          message: `项目“${p.name}”${b ? `（${formatMoney(b)}）` : ''}有自己的绩效目标表，但支出表逐项列出的项目中没有它。`,
          where: place(p),
        };
      });
  },
};
