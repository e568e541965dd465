/**
 * Shared helpers for the rules: walking budget tables, grouping indicators, reading money out of
 * indicator values, and formatting figures for messages. No rule logic lives here.
 */
import { Decimal } from '../model/decimal.ts';
import { decimalsOf, exactValue, formatAmount, type MoneyUnit } from '../model/money.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import type { BudgetLine, BudgetTable, Indicator, Place, Project, Report } from '../model/report.ts';
import { halfOfDecimal } from './tolerance.ts';

export const place = (p: Place): Place => ({ path: p.path, anchor: p.anchor });

/**
 * `compute` remembering its result for the last report it was asked about: the rules of one check
 * run share what it computes, and nothing is kept for the reports checked before.
 */
export function forLastReport<T>(compute: (report: Report) => T): (report: Report) => T {
  let last: Report | undefined;
  let value: T;
  return (report) => {
    if (report !== last) {
      value = compute(report);
      last = report;
    }
    return value;
  };
}

/** "6,431.71 万元" from an exact value and a unit, at `decimals` places when given. */
export function money(value: Decimal, unit: MoneyUnit, decimals?: number): string {
  return `${formatAmount(value, decimals)} ${unit}`;
}

/** A difference, exactly, always positive, with its unit. */
export function diff(value: Decimal, unit: MoneyUnit): string {
  return `${formatAmount(value.abs())} ${unit}`;
}

/** A share as a percentage with at most one decimal, e.g. "31.3%". */
export function share(part: Decimal | number, whole: Decimal | number): string {
  const p = new Decimal(part).div(whole).times(100).toDecimalPlaces(1);
  return `${p.toFixed()}%`;
}

// ---------------------------------------------------------------- budget tables

export type TableKey = 'income' | 'expenditure' | 'budget_levels';
export const TABLE_KEYS: readonly TableKey[] = ['income', 'expenditure', 'budget_levels'];
export const TABLE_LABEL: Record<TableKey, string> = {
  income: '收入表',
  expenditure: '支出表',
  budget_levels: '按预算级次划分表',
};

export type Column = 'amount' | 'half_year' | 'fiscal' | 'other';
export const COLUMNS: readonly Column[] = ['amount', 'half_year', 'fiscal', 'other'];
export const COLUMN_LABEL: Record<Column, string> = {
  amount: '金额',
  half_year: '半年计划执行数',
  fiscal: '财政资金',
  other: '其他资金',
};

export function tableOf(report: Report, key: TableKey): BudgetTable | undefined {
  return report.overall?.[key];
}

/** Names joined for a message: “甲”、“乙”、“丙” (first five, then 等 N 行). */
export function names(lines: readonly { name: string }[], max = 5): string {
  const shown = lines.slice(0, max).map((l) => `“${l.name}”`).join('、');
  return lines.length > max ? `${shown}等 ${lines.length} 行` : shown;
}

const strip = (s: string) => s.replace(/^(其中|含)[:：]?/, '').replace(/[\s:：]/g, '');

/** Is this line the 项目支出 line (by kind, or by its name alone)? */
export function isProjectSpendingLine(l: BudgetLine): boolean {
  return l.kind === '项目支出' || (l.kind === undefined && strip(l.name) === '项目支出');
}

/** Is this line the 特定目标类 (project) line? */
export function isTargetedLine(l: BudgetLine): boolean {
  return l.kind === '特定目标类' || (l.kind === undefined && strip(l.name).startsWith('特定目标类'));
}

export function isTargetedProject(p: Project): boolean {
  return (p.class ?? '').includes('特定目标') || (p.form ?? '').includes('特定目标');
}

/**
 * Aggregate lines of the expenditure table: its top-level lines that are not themselves a project
 * (a 项目支出 or 特定目标类 line summing several projects). Project lines below them often carry
 * kind 项目支出 too, so only the top level is an aggregate.
 */
export function aggregateLines(report: Report): BudgetLine[] {
  return (report.overall?.expenditure?.lines ?? []).filter((l) => l.project === undefined);
}

// ---------------------------------------------------------------- indicators

/** Who an indicator group belongs to, for messages: 项目“…” or 单位整体. */
export interface IndicatorGroup {
  owner: string;
  where: Place;
  indicators: Indicator[];
  project?: Project | undefined;
  overall: boolean;
}

/** One group per project, plus one for the whole unit when it publishes indicators (made once per check run). */
export const indicatorGroups = forLastReport((report): readonly IndicatorGroup[] => {
  const groups: IndicatorGroup[] = [];
  const ov = report.overall?.indicators;
  if (ov && ov.length > 0) {
    groups.push({ owner: '单位整体', where: { path: ['overall', 'indicators'], anchor: ov[0]!.anchor }, indicators: ov, overall: true });
  }
  for (const p of report.projects) {
    groups.push({ owner: `项目“${p.name}”`, where: place(p), indicators: p.indicators, project: p, overall: false });
  }
  return groups;
});

/** Split a group into its printed tables (indicator.table), keeping order. */
export function byTable(indicators: readonly Indicator[]): Indicator[][] {
  const map = new Map<string, Indicator[]>();
  for (const i of indicators) {
    const k = i.table ?? '';
    const list = map.get(k) ?? [];
    list.push(i);
    map.set(k, list);
  }
  return [...map.values()];
}

export type Category = '产出' | '效益' | '满意度' | '成本' | '决策' | '过程' | '履职';

/**
 * The national category of an indicator. Level-1 names vary between documents ('产出指标',
 * '产出', '项目完成', '项目效益'), so they are matched by what they contain; when level 1 is not
 * a category (e.g. '基本经费', '项目经费'), the level-2 name decides (数量/质量/时效/成本 are the
 * 二级指标 of 产出).
 */
export function categoryOf(i: Indicator): Category | undefined {
  return memo(byLevel1, i.level1 ?? '', categoryByLevel1) ?? memo(byLevel2, i.level2 ?? '', categoryByLevel2);
}

function categoryByLevel1(l1: string): Category | undefined {
  if (l1.includes('满意')) return '满意度';
  if (l1.includes('效益') || l1.includes('效果')) return '效益';
  if (l1.includes('产出') || l1.includes('项目完成')) return '产出';
  if (l1.includes('成本')) return '成本';
  if (l1.includes('决策')) return '决策';
  if (l1.includes('过程')) return '过程';
  if (l1.includes('履职')) return '履职';
  return undefined;
}

function categoryByLevel2(l2: string): Category | undefined {
  if (l2.includes('满意')) return '满意度';
  if (l2.includes('效益') || l2.includes('可持续影响')) return '效益';
  if (/数量|质量|时效/.test(l2)) return '产出';
  if (l2.includes('成本')) return '成本';
  return undefined;
}

/**
 * Categories by level name: the same few dozen names recur on every indicator, and checks,
 * summaries, pages and exports each ask for every indicator's category. Bounded: when full a
 * table starts again.
 */
const byLevel1 = new Map<string, Category | null>();
const byLevel2 = new Map<string, Category | null>();

function memo(table: Map<string, Category | null>, name: string, find: (name: string) => Category | undefined): Category | undefined {
  let c = table.get(name);
  if (c === undefined) {
    c = find(name) ?? null;
    if (table.size >= 10_000) table.clear();
    table.set(name, c);
  }
  return c ?? undefined;
}

/** An indicator's name for messages: the most specific name it has. */
export function indicatorName(i: Indicator): string {
  return i.level3 ?? i.description ?? i.level2 ?? i.level1 ?? '（无名称）';
}

export function isCostIndicator(i: Indicator): boolean {
  return (i.level2 ?? '').includes('成本') || (i.level1 ?? '').includes('成本');
}

/** Normalized unit: 万 → 万元, full-width ％ → %. */
export function normUnit(u: string): string {
  const t = u.includes('％') ? u.trim().replace(/％/g, '%') : u.trim();
  return t === '万' ? '万元' : t;
}

/** The number of a comparison, exactly. */
export function numberOf(v: { number: string }): Decimal | undefined {
  try {
    return exactValue(v.number.replace(/,/g, ''));
  } catch {
    return undefined;
  }
}

export type Comparison = Extract<IndicatorValue, { kind: 'comparison' }>;

/** 万元 per unit of each money unit an indicator may use (after normUnit). */
export const WANYUAN_PER: Readonly<Record<string, Decimal>> = {
  亿元: new Decimal(10000),
  万元: new Decimal(1),
  千元: new Decimal('0.1'),
  元: new Decimal('0.0001'),
};

/** A money amount read from an indicator value. */
export interface IndicatorMoney {
  /** The amount in 万元. */
  value: Decimal;
  cmp: Comparison;
  /** Half a unit of the last decimal printed, in 万元: what rounding may hide. */
  half: Decimal;
}

/** A money amount in an indicator value (a comparison in 亿元 / 万元 / 万 / 千元 / 元), in 万元. */
export function moneyOf(v: IndicatorValue | undefined): IndicatorMoney | undefined {
  if (!v || v.kind !== 'comparison') return undefined;
  const n = numberOf(v);
  const factor = WANYUAN_PER[normUnit(v.unit)];
  if (!n || !factor) return undefined;
  return { value: n.times(factor), cmp: v, half: halfOfDecimal(decimalsOf(v.number.replace(/,/g, ''))).times(factor) };
}

export const OPERATOR_TEXT: Record<Comparison['operator'], string> = {
  '=': '',
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
};

/** Name normalized for matching across tables: no 任务N:, quotes, spaces or 经费/费 endings. */
export function normName(s: string): string {
  return s
    .replace(/^任务\s*\d+\s*[:：]\s*/, '')
    .replace(/[\s“”"'‘’《》「」()（）、,，.。:：]/g, '')
    .replace(/(项目)?(经费|费用|资金|费)$/, '');
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Do two names refer to the same thing? Containment, or most bigrams shared (Dice ≥ 0.6). */
export function sameName(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const bx = bigrams(x);
  const by = bigrams(y);
  if (bx.length === 0 || by.length === 0) return false;
  const pool = [...by];
  let common = 0;
  for (const g of bx) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      common++;
      pool.splice(k, 1);
    }
  }
  return (2 * common) / (bx.length + by.length) >= 0.6;
}
