/** `sum.income`: the income table's lines add up to its total, and each line to its children. */
import { tableSumRule } from '../sums.ts';

export const sumIncome = tableSumRule('income', 'sum.income', '收入表各项之和等于合计');
