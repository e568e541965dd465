/**
 * The downloads page: every open-data file the build writes (src/exports), with the row count and
 * description of each CSV table taken from the same declarations the files are generated from,
 * and a worked example of recomputing a report's total from the CSV rows.
 */
import Decimal from 'decimal.js';
import type { ReportSummary } from '../compare/report-summary.ts';
import { formatAmount } from '../model/money.ts';
import { buildTables, type Row, type Table } from '../exports/tables.ts';
import type { ExportInput } from '../exports/report-json.ts';
import { dataFileHref, reportJsonHref } from './open-paths.ts';
import { reportHref } from './paths.ts';

export interface TableFile {
  name: string;
  file: string;
  href: string;
  title: string;
  description: string;
  rows: number;
  columns: number;
}

export interface ReportFile {
  id: string;
  title: string;
  href: string;
  pageHref: string;
}

export interface RecomputeExample {
  reportId: string;
  unit: string;
  lines: { lineId: string; name: string; amount: string; unit: string }[];
  sum: string;
  total: string;
  equal: boolean;
}

export interface DataFilesView {
  tables: TableFile[];
  reports: ReportFile[];
  datapackageHref: string;
  example: RecomputeExample | null;
}

const str = (c: Row[string]): string => (c === null || c === undefined ? '' : String(c));

/**
 * The worked example: the first report (by id) whose total is the sum of its expenditure table's
 * top-level lines (total_basis = expenditure.lines), recomputed from budget_lines.csv.
 */
export function recomputeExample(tables: readonly Table[]): RecomputeExample | null {
  const reports = tables.find((t) => t.spec.name === 'reports')?.rows ?? [];
  const lines = tables.find((t) => t.spec.name === 'budget_lines')?.rows ?? [];
  const r = reports.find((x) => x.total_basis === 'expenditure.lines' && str(x.total_wanyuan) !== '');
  if (!r) return null;
  const mine = lines.filter((l) => l.report_id === r.report_id && l.table === 'expenditure' && l.level === 1);
  if (mine.length === 0 || mine.some((l) => str(l.amount) === '')) return null;
  const sumIn = mine.reduce((s, l) => s.plus(str(l.amount)), new Decimal(0));
  const wan = mine[0]!.money_unit === '元' ? sumIn.div(10000) : sumIn;
  const total = str(r.total_wanyuan);
  return {
    reportId: str(r.report_id),
    unit: str(r.unit_short_name),
    lines: mine.map((l) => ({ lineId: str(l.line_id), name: str(l.name), amount: str(l.amount), unit: str(l.money_unit) })),
    sum: wan.toFixed(),
    total,
    equal: wan.eq(total),
  };
}

/** Everything the downloads page lists. `inputs` and `summaries` as for the build's exports. */
export function dataFilesView(inputs: readonly ExportInput[], summaries: readonly ReportSummary[]): DataFilesView {
  const tables = buildTables(inputs, summaries);
  const sorted = [...inputs].sort((a, b) => (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0));
  return {
    tables: tables.map((t) => ({
      name: t.spec.name,
      file: t.spec.path,
      href: dataFileHref(t.spec.path),
      title: t.spec.title,
      description: t.spec.description,
      rows: t.rows.length,
      columns: t.spec.fields.length,
    })),
    reports: sorted.map(({ report: r }) => ({ id: r.id, title: `${r.unit.name} ${r.year}年${r.stage}`, href: reportJsonHref(r.id), pageHref: reportHref(r.id) })),
    datapackageHref: dataFileHref('datapackage.json'),
    example: recomputeExample(tables),
  };
}

/** "6,431.71" for an exact decimal string. */
export function groupedAmount(value: string): string {
  return formatAmount(new Decimal(value));
}
