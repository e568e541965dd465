/** `sum.budget-levels`: the budget-level table (按预算级次划分) adds up. */
import { tableSumRule } from '../sums.ts';

export const sumBudgetLevels = tableSumRule('budget_levels', 'sum.budget-levels', '按预算级次划分的各项之和等于合计');
