/**
 * `project.sum-vs-line`: the project tables add up to the spending line they belong to:
 * 特定目标类 projects to the 特定目标类 line; all projects never exceed the 项目支出 line.
 */
import { formatMoney, type Money } from '../../model/money.ts';
import type { BudgetLine, Project, Report } from '../../model/report.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { compareSum } from '../tolerance.ts';
import { aggregateLines, diff, isProjectSpendingLine, isTargetedLine, isTargetedProject, money, place } from '../util.ts';
import { projectBudget } from '../../model/totals.ts';

/** Budgets of `projects`, or undefined when any is unknown. */
export function budgetsOf(report: Report, projects: readonly Project[]): Money[] | undefined {
  const out: Money[] = [];
  for (const p of projects) {
    const b = projectBudget(report, p);
    if (!b) return undefined;
    out.push(b);
  }
  return out;
}

/** A 项目支出 line whose children already reference projects is checked by `sum.expenditure`. */
export function linkedByChildren(l: BudgetLine): boolean {
  return l.children.some((c) => c.project !== undefined);
}

export const projectSumVsLine: Rule = {
  id: 'project.sum-vs-line',
  severity: 'warning',
  title: '各项目表金额之和与支出表的项目支出一致',
  rationale:
    '特定目标类项目逐项编报绩效目标表，这些项目表的金额之和应等于支出表中的特定目标类项目支出；' +
    '所有项目表的金额之和不应超过支出表中的项目支出。运转类等包含公用经费的行不作比较。',
  basis: '文件自身的一致性：同一笔钱在汇总表和明细表中金额相同。',
  check(report) {
    const out: RuleFinding[] = [];
    const lines = aggregateLines(report).filter((l) => l.amount && !linkedByChildren(l));
    const targeted = report.projects.filter(isTargetedProject);
    for (const l of lines.filter(isTargetedLine)) {
      const budgets = targeted.length > 0 ? budgetsOf(report, targeted) : undefined;
      if (!budgets) continue;
      const c = compareSum(l.amount as Money, budgets);
      if (c.status !== 'mismatch') continue;
      out.push({
        message:
          `${targeted.length} 张特定目标类项目表的资金总额加起来是 ${money(c.sum, c.unit, c.decimals)}，` +
          `而支出表“${l.name}”一行是 ${formatMoney(l.amount as Money)}，相差 ${diff(c.difference, c.unit)}。`,
        where: place(l),
      });
    }
    for (const l of lines.filter(isProjectSpendingLine)) {
      const budgets = report.projects.length > 0 ? budgetsOf(report, report.projects) : undefined;
      if (!budgets) continue;
      const c = compareSum(l.amount as Money, budgets);
      if (c.status !== 'mismatch' || c.difference.lte(0)) continue;
      out.push({
        message:
          `${report.projects.length} 张项目表的资金总额加起来是 ${money(c.sum, c.unit, c.decimals)}，` +
          `比支出表“${l.name}”一行的 ${formatMoney(l.amount as Money)} 还多 ${diff(c.difference, c.unit)}。`,
        where: place(l),
      });
    }
    return out;
  },
};
