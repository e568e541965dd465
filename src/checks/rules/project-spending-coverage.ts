/**
 * `project.spending-coverage`: how much of the 项目支出 line the published project tables cover,
 * when they cover less than all of it.
 */
import { formatMoney, type Money } from '../../model/money.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { compareSum } from '../tolerance.ts';
import { aggregateLines, diff, isProjectSpendingLine, money, place, share } from '../util.ts';
import { budgetsOf, linkedByChildren } from './project-sum-vs-line.ts';

export const projectSpendingCoverage: Rule = {
  id: 'project.spending-coverage',
  severity: 'info',
  title: '项目表覆盖的项目支出',
  rationale: '公开的项目绩效目标表的金额之和少于项目支出时，说明有一部分项目支出没有公开逐项的绩效目标。',
  basis: '财预〔2020〕10号《项目支出绩效评价管理办法》（项目支出应设定绩效目标）；文件自身的算术。',
  check(report) {
    const out: RuleFinding[] = [];
    if (report.projects.length === 0) return out;
    const budgets = budgetsOf(report, report.projects);
    if (!budgets) return out;
    for (const l of aggregateLines(report)) {
      if (!l.amount || !isProjectSpendingLine(l) || linkedByChildren(l)) continue;
      const c = compareSum(l.amount as Money, budgets);
      if (c.status !== 'mismatch' || c.difference.gte(0)) continue;
      out.push({
        message:
          `支出表“${l.name}”一行是 ${formatMoney(l.amount)}，公开的 ${report.projects.length} 张项目表合计 ${money(c.sum, c.unit, c.decimals)}` +
          `（占 ${share(c.sum, c.published)}），还有 ${diff(c.difference, c.unit)} 的项目支出没有公开逐项的绩效目标表。`,
        where: place(l),
      });
    }
    return out;
  },
};
