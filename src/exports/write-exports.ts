/**
 * Write the open data below an output directory: one JSON per report (data/reports/<id>.json),
 * the CSV tables (data/*.csv), their spreadsheet copies (data/*.xlsx) and data/datapackage.json.
 * Deterministic: the same content gives the same bytes (rows sorted, no timestamps).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RegionFacts } from '../model/region-schema.ts';
import { summariesOf } from '../compare/summaries.ts';
import { reportJson, reportJsonPath, type ExportInput } from './report-json.ts';
import { byReportId, checkColumns, columnNames, csvHeader, csvRowLine, reportTableRows, TABLE_SPECS, xlsxFileName, type Row, type TableSpec } from './tables.ts';
import { EOL } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { FileWriter } from './file-writer.ts';
import { PIECE } from './text-pieces.ts';
import { XlsxWriter } from './xlsx-writer.ts';

/** Files written, relative to outDir, sorted. */
export interface ExportResult {
  files: string[];
}

/** One CSV table, written as the rows of each report are made. */
class CsvFile {
  readonly spec: TableSpec;
  readonly #names: string[];
  readonly #writer: FileWriter;
  readonly #id: number;
  #part: string;

  constructor(spec: TableSpec, path: string, writer: FileWriter) {
    this.spec = spec;
    this.#names = columnNames(spec);
    this.#writer = writer;
    this.#id = writer.open(path);
    this.#part = csvHeader(spec);
  }

  /** Add the rows one report gives this table (built by the same code, so checking the first checks their columns). */
  add(rows: readonly Row[]): void {
    if (rows.length > 0) checkColumns(this.spec, rows[0]!);
    for (const row of rows) {
      this.#part += EOL + csvRowLine(this.#names, row);
      // Sent in parts of about a piece (text-pieces.ts), each small enough for the young generation.
      if (this.#part.length >= PIECE) this.#send();
    }
  }

  close(): void {
    this.#part += EOL;
    this.#send();
    this.#writer.close(this.#id);
  }

  #send(): void {
    this.#writer.append(this.#id, this.#part);
    this.#part = '';
  }
}

/**
 * Write every export for `reports` (e.g. `loadReports(dir).reports`) below `outDir`.
 * `regions`: the declared populations (the load result's `regions`; content/regions.yaml may declare none).
 */
export function writeExports(reports: readonly ExportInput[], outDir: string, regions: readonly RegionFacts[]): ExportResult {
  const summaries = summariesOf(reports, regions);
  // Written as they are made, one file at a time, and the tables one report at a time: at 10,000
  // reports the JSON files or the table rows held together would not fit in the heap.
  const names: string[] = [];
  const dirs = new Set<string>();
  const open = (name: string) => {
    const path = join(outDir, name);
    const dir = dirname(path);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    names.push(name);
    return path;
  };
  // The tables first: once their CSV files are on disk, a worker makes the xlsx copies from them
  // while this thread writes the report JSON files.
  let writer = new FileWriter();
  let xlsx: XlsxWriter | undefined;
  try {
    const summaryOf = new Map(reports.map((r, i) => [r, summaries[i]!]));
    const csvPaths = TABLE_SPECS.map((spec) => open(`data/${spec.path}`));
    const tables = TABLE_SPECS.map((spec, i) => new CsvFile(spec, csvPaths[i]!, writer));
    for (const input of byReportId(reports)) {
      const rows = reportTableRows(input, summaryOf.get(input)!);
      for (const t of tables) t.add(rows[t.spec.name]!);
    }
    for (const t of tables) t.close();
    writer.finish();
    xlsx = new XlsxWriter(TABLE_SPECS.map((spec, i) => ({ table: spec.name, csv: csvPaths[i]!, xlsx: open(`data/${xlsxFileName(spec)}`) })));
    writer = new FileWriter();
    reports.forEach((r, i) => writer.writeJson(open(reportJsonPath(r.report.id)), reportJson(r, summaries[i]!)));
    writer.writeJson(open('data/datapackage.json'), dataPackage());
    writer.finish();
    xlsx.wait();
  } catch (e) {
    writer.abandon();
    xlsx?.abandon();
    throw e;
  }
  names.sort();
  return { files: names };
}
