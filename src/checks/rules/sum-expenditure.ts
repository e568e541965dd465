/** `sum.expenditure`: the expenditure table's lines add up to its total, and each line to its children. */
import { tableSumRule } from '../sums.ts';

export const sumExpenditure = tableSumRule('expenditure', 'sum.expenditure', '支出表各项之和等于合计');
