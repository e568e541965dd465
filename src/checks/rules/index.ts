/**
 * The rules, in the order findings are listed. Adding a rule: write one file in this folder and
 * add it here. Pages render this list (id, severity, title, rationale, basis) as the rule book.
 */
import type { Rule } from '../rule.ts';
import { costBudget } from './cost-budget.ts';
import { coverageKeyTasks } from './coverage-key-tasks.ts';
import { coverageLineWithoutProject } from './coverage-line-without-project.ts';
import { coverageProjectWithoutLine } from './coverage-project-without-line.ts';
import { coverageUnknownProject } from './coverage-unknown-project.ts';
import { halfYearCount } from './half-year-count.ts';
import { halfYearRate } from './half-year-rate.ts';
import { indicatorCategories } from './indicator-categories.ts';
import { indicatorEmptyValue } from './indicator-empty-value.ts';
import { indicatorNoLevel3 } from './indicator-no-level3.ts';
import { indicatorQuantified } from './indicator-quantified.ts';
import { keyTasksAmount } from './key-tasks-amount.ts';
import { planComplete } from './plan-complete.ts';
import { planMonotonic } from './plan-monotonic.ts';
import { planRange } from './plan-range.ts';
import { projectBudgetSplit } from './project-budget-split.ts';
import { projectLineAmount } from './project-line-amount.ts';
import { projectSpendingCoverage } from './project-spending-coverage.ts';
import { projectSumVsLine } from './project-sum-vs-line.ts';
import { sumBalance } from './sum-balance.ts';
import { sumBudgetLevels } from './sum-budget-levels.ts';
import { sumExpenditure } from './sum-expenditure.ts';
import { sumFiscalOther } from './sum-fiscal-other.ts';
import { sumIncome } from './sum-income.ts';
import { sumRounding } from './sum-rounding.ts';
import { sumUnpublished } from './sum-unpublished.ts';

export const allRules: readonly Rule[] = [
  // 1. the tables add up
  sumIncome,
  sumExpenditure,
  sumBudgetLevels,
  sumFiscalOther,
  sumBalance,
  sumRounding,
  sumUnpublished,
  // 2–3. projects against the unit's tables
  projectBudgetSplit,
  projectLineAmount,
  projectSumVsLine,
  projectSpendingCoverage,
  keyTasksAmount,
  // 4. spending plans
  planRange,
  planMonotonic,
  planComplete,
  // 5–6. indicator values
  costBudget,
  halfYearCount,
  halfYearRate,
  // 7–8, 10. indicator sets
  indicatorCategories,
  indicatorQuantified,
  indicatorEmptyValue,
  indicatorNoLevel3,
  // 9. coverage between tables
  coverageUnknownProject,
  coverageProjectWithoutLine,
  coverageLineWithoutProject,
  coverageKeyTasks,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
