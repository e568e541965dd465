/**
 * The downloads page: every open-data file the build writes (src/exports), with the row count and
 * description of each CSV table taken from the same declarations the files are generated from,
 * and a worked example of recomputing a report's total from the CSV rows.
 */
import { Decimal } from '../model/decimal.ts';
import type { ReportSummary } from '../compare/report-summary.ts';
import { formatAmount } from '../model/money.ts';
import { byReportId, reportTableRowCounts, reportTableRows, TABLE_SPECS, xlsxFileName, type Row } from '../exports/tables.ts';
import type { ExportInput } from '../exports/report-json.ts';
import { dataFileHref, reportJsonHref } from './open-paths.ts';
import { reportHref } from './paths.ts';

export interface TableFile {
  name: string;
  file: string;
  href: string;
  /** The spreadsheet copy (src/exports/xlsx.ts). */
  xlsxFile: string;
  xlsxHref: string;
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
 * The worked example is the first report (by id) whose total is the sum of its expenditure table's
 * top-level lines (total_basis = expenditure.lines), recomputed from its budget_lines.csv rows.
 */
const isExampleReport = (x: Row) => x.total_basis === 'expenditure.lines' && str(x.total_wanyuan) !== '';

function exampleOf(r: Row, lines: readonly Row[]): RecomputeExample | null {
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

/**
 * Everything the downloads page lists. `inputs` and `summaries` as for the build's exports. Row
 * counts are counted, not made (at 10,000 reports the rows of every table would take a gigabyte);
 * only the example report's rows are made.
 */
export function dataFilesView(inputs: readonly ExportInput[], summaries: readonly ReportSummary[]): DataFilesView {
  const sorted = byReportId(inputs);
  const summaryOf = new Map(summaries.map((s) => [s.id, s]));
  const rows: Record<string, number> = {};
  let example: RecomputeExample | null | undefined;
  for (const input of sorted) {
    for (const [name, n] of Object.entries(reportTableRowCounts(input))) rows[name] = (rows[name] ?? 0) + n;
    const s = summaryOf.get(input.report.id);
    if (example !== undefined || !s || s.totalBasis !== 'expenditure.lines') continue;
    const own = reportTableRows(input, s);
    const row = own.reports![0]!;
    if (isExampleReport(row)) example = exampleOf(row, own.budget_lines!);
  }
  return {
    tables: TABLE_SPECS.map((spec) => ({
      name: spec.name,
      file: spec.path,
      href: dataFileHref(spec.path),
      xlsxFile: xlsxFileName(spec),
      xlsxHref: dataFileHref(xlsxFileName(spec)),
      title: spec.title,
      description: spec.description,
      rows: rows[spec.name] ?? 0,
      columns: spec.fields.length,
    })),
    reports: sorted.map(({ report: r }) => ({ id: r.id, title: `${r.unit.name} ${r.year}年${r.stage}`, href: reportJsonHref(r.id), pageHref: reportHref(r.id) })),
    datapackageHref: dataFileHref('datapackage.json'),
    example: example ?? null,
  };
}

/** "6,431.71" for an exact decimal string. */
export function groupedAmount(value: string): string {
  return formatAmount(new Decimal(value));
}
