/**
 * The totals every part of the site agrees on: a unit's total budget and a project's budget.
 * Checks, key figures, comparisons and exports all read them from here, so a figure is the same
 * number wherever it appears. Each is computed once per report (the model does not change once
 * built) and the same object returned after that: never change what these functions return.
 */
import { sumMoney, type Money } from './money.ts';
import type { BudgetLine, BudgetTable, Project, Report } from './report.ts';

/** Where a unit total comes from: a published total row, or the published lines added up. */
export type TotalSource = 'expenditure.total' | 'income.total' | 'expenditure.lines';

export interface UnitTotal {
  money: Money;
  source: TotalSource;
  /** The row printed as the total, or the lines that were added up. */
  lines: BudgetLine[];
  /** Element id of the figure on the report page. */
  anchor: string;
}

const totals = new WeakMap<Report, UnitTotal | null>();

/**
 * The whole unit's total for the year. Printed totals come first (expenditure, then income);
 * without one, the top-level expenditure lines are added up when every one is published.
 */
export function unitTotal(report: Report): UnitTotal | undefined {
  let t = totals.get(report);
  if (t === undefined) {
    t = computeUnitTotal(report) ?? null;
    totals.set(report, t);
  }
  return t ?? undefined;
}

function computeUnitTotal(report: Report): UnitTotal | undefined {
  const e = report.overall?.expenditure;
  const i = report.overall?.income;
  if (e?.total?.amount) return { money: e.total.amount, source: 'expenditure.total', lines: [e.total], anchor: e.total.anchor };
  if (i?.total?.amount) return { money: i.total.amount, source: 'income.total', lines: [i.total], anchor: i.total.anchor };
  const sum = e && sumMoney(e.lines.map((l) => l.amount));
  return e && sum ? { money: sum, source: 'expenditure.lines', lines: e.lines, anchor: e.anchor } : undefined;
}

/** Every line of a table, at any depth, its total row first. */
export function allLines(table: BudgetTable | undefined): BudgetLine[] {
  if (!table) return [];
  const out: BudgetLine[] = [];
  const walk = (l: BudgetLine) => {
    out.push(l);
    l.children.forEach(walk);
  };
  if (table.total) walk(table.total);
  table.lines.forEach(walk);
  return out;
}

const linesByProject = new WeakMap<Report, Map<string, BudgetLine[]>>();

/** Expenditure lines that reference a project (`line.project`), in table order. */
export function projectLines(report: Report, projectId: string): readonly BudgetLine[] {
  let byProject = linesByProject.get(report);
  if (!byProject) {
    // One pass over the table for all projects, instead of one per project asked about.
    byProject = new Map();
    for (const l of allLines(report.overall?.expenditure)) {
      if (l.project === undefined) continue;
      const list = byProject.get(l.project);
      if (list) list.push(l);
      else byProject.set(l.project, [l]);
    }
    linesByProject.set(report, byProject);
  }
  return byProject.get(projectId) ?? [];
}

const lineBudgets = new WeakMap<Project, Money | null>();

/**
 * A project's budget: its own table's total, else the sum of the expenditure lines that
 * reference it (when every one of them publishes an amount).
 */
export function projectBudget(report: Report, p: Project): Money | undefined {
  if (p.budget?.total) return p.budget.total;
  let b = lineBudgets.get(p);
  if (b === undefined) {
    b = sumMoney(projectLines(report, p.id).map((l) => l.amount)) ?? null;
    lineBudgets.set(p, b);
  }
  return b ?? undefined;
}
