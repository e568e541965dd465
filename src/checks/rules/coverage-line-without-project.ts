/**
 * `coverage.line-without-project`: a project line in the expenditure table (a sibling of lines
 * that are linked to project tables) that has no project table of its own.
 */
import { formatMoney } from '../../model/money.ts';
import type { BudgetLine } from '../../model/report.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { place } from '../util.ts';

export const coverageLineWithoutProject: Rule = {
  id: 'coverage.line-without-project',
  severity: 'info',
  title: '支出表中的项目没有绩效目标表',
  rationale: '支出表逐项列出的项目中，有的公开了项目绩效目标表，有的没有；没有的项目，读者看不到它要达到的目标。',
  basis: '财预〔2020〕10号《项目支出绩效评价管理办法》（项目支出应设定绩效目标）。',
  check(report) {
    const out: RuleFinding[] = [];
    const visit = (siblings: BudgetLine[]) => {
      if (siblings.some((l) => l.project !== undefined)) {
        for (const l of siblings) {
          if (l.project !== undefined || l.children.length > 0) continue;
          out.push({
            message: `支出表中的项目“${l.name}”${l.amount ? `（${formatMoney(l.amount)}）` : ''}没有公开项目绩效目标表。`,
            where: place(l),
          });
        }
      }
      for (const l of siblings) visit(l.children);
    };
    const e = report.overall?.expenditure;
    if (e) visit(e.lines);
    return out;
  },
};
