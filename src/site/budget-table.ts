/**
 * Income, expenditure and budget-level tables with every column the document publishes.
 * A cell in a published column with no amount is not published (未公开), never 0.
 */
import type { BudgetLine, BudgetTable, Project } from '../model/report.ts';
import { allLines } from '../model/totals.ts';
import type { Money } from '../model/money.ts';

export type BudgetColumn = 'half_year' | 'amount' | 'fiscal' | 'other';

const COLUMNS: readonly BudgetColumn[] = ['half_year', 'amount', 'fiscal', 'other'];

export interface BudgetRow {
  anchor: string;
  name: string;
  /** 0 for top-level lines, 1 for their children … */
  depth: number;
  isTotal: boolean;
  kind?: string | undefined;
  /** The project section this line is spent on, when the report has it. */
  projectAnchor?: string | undefined;
  note?: string | undefined;
  /** One per `columns` entry; undefined = not published. */
  cells: (Money | undefined)[];
}

export interface BudgetTableView {
  anchor: string;
  title?: string | undefined;
  unit: string;
  columns: { key: BudgetColumn; label: string }[];
  /** Show a 分类 column (some top-level line's kind differs from its name). */
  showKind: boolean;
  rows: BudgetRow[];
  note?: string | undefined;
}

function columnLabel(c: BudgetColumn, present: readonly BudgetColumn[]): string {
  switch (c) {
    case 'half_year':
      return '半年计划执行数';
    case 'amount':
      return present.includes('half_year') ? '全年预算数' : present.includes('fiscal') || present.includes('other') ? '合计' : '金额';
    case 'fiscal':
      return '其中：财政资金';
    case 'other':
      return '其中：其他资金';
  }
}

type FlatRow = Omit<BudgetRow, 'cells'> & { line: BudgetLine };

function flatten(line: BudgetLine, depth: number, isTotal: boolean, projects: ReadonlySet<string>): FlatRow[] {
  const self: FlatRow = {
    line,
    anchor: line.anchor,
    name: line.name,
    depth,
    isTotal,
    kind: line.kind,
    projectAnchor: line.project && projects.has(line.project) ? `project-${line.project}` : undefined,
    note: line.note,
  };
  return [self, ...line.children.flatMap((c) => flatten(c, depth + 1, false, projects))];
}

/** The view of one table; `projects` lets lines link to their project sections. */
export function budgetTableView(t: BudgetTable, projects: readonly Pick<Project, 'id'>[] = []): BudgetTableView {
  const lines = allLines(t);
  // A column exists if any line of the table publishes it (or leaves it blank: the model cannot tell, see README).
  const present = COLUMNS.filter((c) => lines.some((l) => l[c] !== undefined));
  if (present.length === 0) present.push('amount');
  const ids = new Set(projects.map((p) => p.id));
  const flat = [...(t.total ? flatten(t.total, 0, true, ids) : []), ...t.lines.flatMap((l) => flatten(l, 0, false, ids))];
  const rows: BudgetRow[] = flat.map(({ line, ...r }) => ({ ...r, cells: present.map((c) => line[c]) }));
  return {
    anchor: t.anchor,
    title: t.title,
    unit: t.unit,
    columns: present.map((key) => ({ key, label: columnLabel(key, present) })),
    showKind: t.lines.some((l) => l.kind !== undefined && l.kind !== l.name),
    rows,
    note: t.note,
  };
}
