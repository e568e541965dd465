/**
 * The arithmetic behind the `sum.*` rules, computed once per report: for every budget table, the
 * total against its top-level lines and every line against its children, for each published
 * column separately. A blank cell is "not published", never 0.
 */
import { formatAmount, formatMoney, type Money } from '../model/money.ts';
import type { BudgetLine, Report } from '../model/report.ts';
import type { Rule, RuleFinding } from './rule.ts';
import { compareSum, type SumComparison } from './tolerance.ts';
import { COLUMN_LABEL, COLUMNS, TABLE_KEYS, TABLE_LABEL, diff, forLastReport, money, names, place, type Column, type TableKey } from './util.ts';

export interface SumResult {
  table: TableKey;
  parent: BudgetLine;
  /** Parent is the table's 合计 line and the addends are the top-level lines. */
  isTotal: boolean;
  column: Column;
  /** Addends that publish the column. */
  published: BudgetLine[];
  /** Addends that leave the column blank or absent. */
  missing: BudgetLine[];
  /** The published total against the sum of the published addends. */
  comparison: SumComparison;
  /** Some addends are missing, and the published ones alone already exceed the total. */
  partialExceeds: boolean;
}

/** Every sum of the report's budget tables, compared with its published total (computed once per check run). */
export const sumResults = forLastReport((report: Report): SumResult[] => {
  const out: SumResult[] = [];
  const compare = (table: TableKey, parent: BudgetLine, addends: BudgetLine[], isTotal: boolean) => {
    if (addends.length === 0) return;
    for (const column of COLUMNS) {
      const total = parent[column];
      if (!total) continue;
      const published = addends.filter((l) => l[column] !== undefined);
      if (published.length === 0) continue; // the column is only published on the total
      const missing = addends.filter((l) => l[column] === undefined);
      const comparison = compareSum(total, published.map((l) => l[column] as Money));
      const partialExceeds = missing.length > 0 && comparison.status === 'mismatch' && comparison.difference.gt(0);
      out.push({ table, parent, isTotal, column, published, missing, comparison, partialExceeds });
    }
  };
  for (const key of TABLE_KEYS) {
    const table = report.overall?.[key];
    if (!table) continue;
    if (table.total) compare(key, table.total, table.lines, true);
    const walk = (l: BudgetLine) => {
      compare(key, l, l.children, false);
      l.children.forEach(walk);
    };
    table.lines.forEach(walk);
  }
  return out;
});

function subject(r: SumResult, lines: BudgetLine[]): string {
  const label = TABLE_LABEL[r.table];
  return r.isTotal ? `${label}各行（${names(lines)}）` : `${label}中“${r.parent.name}”下的 ${lines.length} 行（${names(lines)}）`;
}

function sumText(r: SumResult): string {
  return money(r.comparison.sum, r.comparison.unit, r.comparison.decimals);
}

/** Message for a sum that does not add up (all addends published, or the published ones already exceed). */
export function mismatchMessage(r: SumResult): string {
  const col = COLUMN_LABEL[r.column];
  const total = formatMoney(r.parent[r.column] as Money);
  const d = diff(r.comparison.difference, r.comparison.unit);
  if (r.partialExceeds) {
    return (
      `${subject(r, r.published)}中已公开${col}的部分加起来已经是 ${sumText(r)}，` +
      `超过了“${r.parent.name}”一行公布的 ${total}，多出 ${d}；另有 ${names(r.missing)}的${col}没有公开。`
    );
  }
  const more = r.comparison.difference.gt(0) ? '多' : '少';
  return (
    `${subject(r, r.published)}的${col}加起来是 ${sumText(r)}，而“${r.parent.name}”一行公布的是 ${total}，` +
    `各行合计比它${more} ${d}，超出了四舍五入能解释的范围（最多 ${formatAmount(r.comparison.tolerance)} ${r.comparison.unit}）。`
  );
}

export function roundingMessage(r: SumResult): string {
  const col = COLUMN_LABEL[r.column];
  const n = r.published.length;
  const each = r.comparison.tolerance.div(n);
  return (
    `${subject(r, r.published)}的${col}加起来是 ${sumText(r)}，与“${r.parent.name}”一行公布的 ${formatMoney(r.parent[r.column] as Money)}` +
    `相差 ${diff(r.comparison.difference, r.comparison.unit)}。各行分别四舍五入后再相加，最多可差 ${n} × ${formatAmount(each)} = ` +
    `${formatAmount(r.comparison.tolerance)} ${r.comparison.unit}，所以这是四舍五入造成的，不算错误。`
  );
}

export function unpublishedMessage(r: SumResult): string {
  const col = COLUMN_LABEL[r.column];
  return (
    `${TABLE_LABEL[r.table]}中${names(r.missing)}的${col}在原件中是空白（未公开，这里不当作 0），` +
    `所以无法核对“${r.parent.name}”一行的 ${formatMoney(r.parent[r.column] as Money)}；` +
    `已公开的 ${r.published.length} 行加起来是 ${sumText(r)}。`
  );
}

/** The rule "parts add up to the published totals" for one table. */
export function tableSumRule(table: TableKey, id: string, title: string): Rule {
  return {
    id,
    severity: 'error',
    title,
    rationale:
      `${TABLE_LABEL[table]}的合计应等于各行之和，有明细的行应等于其明细之和；每一栏（金额、半年计划执行数、财政资金、其他资金）分别核对。` +
      `比较是精确的，只容许四舍五入造成的差额（每个加数最多差最后一位小数的半个单位）。原件空白的栏目视为未公开，不按 0 计算。`,
    basis: '文件自身的算术：合计 = 各分项之和。',
    check(report: Report): RuleFinding[] {
      return sumResults(report)
        .filter((r) => r.table === table && (r.partialExceeds || (r.missing.length === 0 && r.comparison.status === 'mismatch')))
        .map((r) => ({ message: mismatchMessage(r), where: place(r.parent) }));
    },
  };
}
