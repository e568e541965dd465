/**
 * The report model: a validated declaration with every amount parsed into exact Money, every
 * indicator value parsed into a typed value, and a stable anchor and declaration path on every
 * figure, so pages, checks and exports all read one structure.
 */
import type { Decimal } from './decimal.ts';
import { exactValue, parseOptionalMoney, type Money, type MoneyUnit } from './money.ts';
import { parseIndicatorValue, type IndicatorValue } from './indicator-value.ts';
import { PathNode, type DeclPath } from './decl-path.ts';
import type {
  BudgetLineInput,
  BudgetTableDecl,
  IndicatorDecl,
  KeyTaskDecl,
  ProjectDecl,
  ReportDecl,
} from './schema.ts';

/** Where a figure lives: its path in the declaration (for file:line) and its anchor on the page. */
export interface Place {
  /** Field path in the declaration, e.g. ["projects", 2, "budget", "total"] (shared between reports: never change it). */
  path: DeclPath;
  /** Element id on the report page. */
  anchor: string;
}

export interface BudgetLine extends Place {
  name: string;
  amount?: Money | undefined;
  half_year?: Money | undefined;
  fiscal?: Money | undefined;
  other?: Money | undefined;
  kind?: string | undefined;
  project?: string | undefined;
  note?: string | undefined;
  children: BudgetLine[];
}

export interface BudgetTable extends Place {
  title?: string | undefined;
  unit: MoneyUnit;
  total?: BudgetLine | undefined;
  lines: BudgetLine[];
  note?: string | undefined;
}

/** The value columns of an indicator, each kept as original text and parsed. */
export interface IndicatorValues {
  value?: IndicatorValue | undefined;
  half_year?: IndicatorValue | undefined;
  full_year?: IndicatorValue | undefined;
}

export interface Indicator extends Place, Omit<IndicatorDecl, 'value' | 'half_year' | 'full_year'> {
  values: IndicatorValues;
  /** The value a reader compares: the single value, else the full-year value. */
  target?: IndicatorValue | undefined;
}

export interface SpendingCheckpoint {
  checkpoint: string;
  month: number;
  text: string;
  /** Cumulative share, in percent. */
  percent: Decimal;
}

export interface Project extends Place, Omit<ProjectDecl, 'budget' | 'spending_plan' | 'indicators'> {
  unit: MoneyUnit;
  budget?: { total?: Money | undefined; fiscal?: Money | undefined; other?: Money | undefined; note?: string | undefined } | undefined;
  spending_plan?: SpendingCheckpoint[] | undefined;
  indicators: Indicator[];
}

export interface KeyTask extends Place, Omit<KeyTaskDecl, 'amount'> {
  amount?: Money | undefined;
}

export interface Overall extends Omit<NonNullable<ReportDecl['overall']>, 'income' | 'expenditure' | 'budget_levels' | 'other_tables' | 'key_tasks' | 'indicators'> {
  income?: BudgetTable | undefined;
  expenditure?: BudgetTable | undefined;
  budget_levels?: BudgetTable | undefined;
  other_tables?: BudgetTable[] | undefined;
  key_tasks?: KeyTask[] | undefined;
  indicators?: Indicator[] | undefined;
}

export interface Report extends Omit<ReportDecl, 'overall' | 'projects' | '$schema'> {
  /** Content entry id, e.g. "2024/320200-wuxi-renda-budget". */
  id: string;
  overall?: Overall | undefined;
  projects: Project[];
}

function budgetLine(decl: BudgetLineInput, unit: MoneyUnit, at: PathNode, anchor: string): BudgetLine {
  const m = (v: string | number | null | undefined) => parseOptionalMoney(v === null || v === undefined ? v : String(v), unit);
  const children = at.child('children');
  return {
    path: at.path,
    anchor,
    name: decl.name,
    amount: m(decl.amount),
    half_year: m(decl.half_year),
    fiscal: m(decl.fiscal),
    other: m(decl.other),
    kind: decl.kind,
    project: decl.project,
    note: decl.note,
    children: (decl.children ?? []).map((c, i) => budgetLine(c, unit, children.child(i), `${anchor}-${i + 1}`)),
  };
}

function budgetTable(decl: BudgetTableDecl | undefined, unit: MoneyUnit, at: PathNode, anchor: string): BudgetTable | undefined {
  if (!decl) return undefined;
  const u = decl.money_unit ?? unit;
  const lines = at.child('lines');
  return {
    path: at.path,
    anchor,
    title: decl.title,
    unit: u,
    total: decl.total && budgetLine(decl.total, u, at.child('total'), `${anchor}-total`),
    lines: decl.lines.map((l, i) => budgetLine(l, u, lines.child(i), `${anchor}-${i + 1}`)),
    note: decl.note,
  };
}

function indicators(decls: IndicatorDecl[] | undefined, at: PathNode, anchor: string): Indicator[] {
  return (decls ?? []).map(({ value, half_year, full_year, ...rest }, i) => {
    const values: IndicatorValues = {
      value: value === undefined ? undefined : parseIndicatorValue(value),
      half_year: half_year === undefined ? undefined : parseIndicatorValue(half_year),
      full_year: full_year === undefined ? undefined : parseIndicatorValue(full_year),
    };
    return { ...rest, path: at.child(i).path, anchor: `${anchor}-${i + 1}`, values, target: values.value ?? values.full_year };
  });
}

function project(decl: ProjectDecl, reportUnit: MoneyUnit, index: number): Project {
  const { budget, spending_plan, indicators: inds, ...rest } = decl;
  const unit = decl.money_unit ?? reportUnit;
  const at = PathNode.root.at('projects', index);
  const anchor = `project-${decl.id}`;
  return {
    ...rest,
    path: at.path,
    anchor,
    unit,
    budget: budget && {
      total: parseOptionalMoney(budget.total, unit),
      fiscal: parseOptionalMoney(budget.fiscal, unit),
      other: parseOptionalMoney(budget.other, unit),
      note: budget.note,
    },
    spending_plan: spending_plan?.map((c) => ({
      checkpoint: c.checkpoint,
      month: c.month,
      text: c.cumulative,
      percent: exactValue(c.cumulative.replace(/\s*[%％]$/, '')),
    })),
    indicators: indicators(inds, at.child('indicators'), `${anchor}-indicator`),
  };
}

/** Build the report model from a declaration that passed the schema. */
export function buildReport(id: string, decl: ReportDecl): Report {
  const { overall, projects, $schema: _schema, ...rest } = decl;
  const unit = decl.money_unit;
  const ov = PathNode.root.child('overall');
  const tables = ov.child('other_tables');
  const tasks = ov.child('key_tasks');
  return {
    ...rest,
    id,
    overall: overall && {
      ...overall,
      income: budgetTable(overall.income, unit, ov.child('income'), 'income'),
      expenditure: budgetTable(overall.expenditure, unit, ov.child('expenditure'), 'expenditure'),
      budget_levels: budgetTable(overall.budget_levels, unit, ov.child('budget_levels'), 'budget-levels'),
      other_tables: overall.other_tables?.map((t, i) => budgetTable(t, unit, tables.child(i), `table-${i + 1}`)!),
      key_tasks: overall.key_tasks?.map(({ amount, ...t }, i) => ({
        ...t,
        path: tasks.child(i).path,
        anchor: `key-task-${i + 1}`,
        amount: parseOptionalMoney(amount, unit),
      })),
      indicators: overall.indicators && indicators(overall.indicators, ov.child('indicators'), 'indicator'),
    },
    projects: (projects ?? []).map((p, i) => project(p, unit, i)),
  };
}
