/**
 * The spreadsheet copy of a CSV table: `data/<table>.xlsx`, one workbook per table (a journalist
 * opens the table they need; at 10,000 reports one workbook of every table would be hundreds of
 * megabytes, and the indicators alone approach a sheet's 1,048,576 rows).
 *
 * Made from the CSV file as written (read in chunks, so memory stays bounded) and the table's
 * declaration (src/exports/tables.ts), with exceljs's streaming writer. exceljs makes the workbook
 * (parts, styles, the header row and the 说明 sheet, the zip); the data rows are written into its
 * sheet stream as SpreadsheetML here, with exceljs's own XML escaping and column letters: through
 * its row and cell objects the indicators of 1,000 synthetic reports (106,555 rows) took 29.9 and
 * 41.2 s, this way 11.1 and 12.0 s (alternating, on one loaded machine), where the whole build's
 * budget at 10,000 reports is 120 s. Cells:
 * - text is a string cell, never a formula: `=100%` stays `=100%`, a code keeps its leading zeros
 *   (a spreadsheet opening the CSV evaluates `=…` and drops the zeros);
 * - amounts and other numbers are number cells, shown with the decimals printed in the CSV
 *   (`#,##0.00` for "83.00"); a number of more than 15 significant digits, which a double cannot
 *   hold exactly, stays a string cell with its exact text (counted on the 说明 sheet);
 * - integers are numbers without grouping (a year stays 2024), booleans are TRUE / FALSE, dates
 *   stay their YYYY-MM-DD text;
 * - a sheet of the columns' names, titles and descriptions (说明) follows the data.
 * Deterministic: fixed creation date and zip entry dates.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { setImmediate } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { CsvReader } from './csv.ts';
import { columnNames, type FieldSpec, type TableSpec } from './tables.ts';

/** Rows of a sheet, the header included (Excel's and LibreOffice's limit). */
export const SHEET_ROWS = 1_048_576;
/** Significant digits a double always holds exactly. */
const EXACT_DIGITS = 15;
/** Any fixed date: the workbook and its zip entries carry it instead of the time of the build. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const CHUNK = 1 << 20;

const require = createRequire(import.meta.url);
/** exceljs's escaping of cell text (it also drops the characters XML cannot hold) and its column letters. */
const { xmlEncode } = require('exceljs/lib/utils/utils.js') as { xmlEncode(text: string): string };
const colCache = require('exceljs/lib/utils/col-cache.js') as { n2l(n: number): string };

export interface XlsxCell {
  value: string | number | boolean | null;
  /** Number format of a number cell. */
  numFmt?: string;
  /** A number kept as text because a double cannot hold it exactly. */
  exactText?: boolean;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function significantDigits(text: string): number {
  return text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
}

/** The cell for one CSV field of a column (an empty field is not published: an empty cell). */
export function xlsxCell(field: FieldSpec, text: string): XlsxCell {
  if (text === '') return { value: null };
  switch (field.type) {
    case 'boolean':
      return { value: text === 'true' };
    case 'integer':
    case 'number': {
      if (!NUMBER.test(text)) return { value: text };
      if (significantDigits(text) > EXACT_DIGITS) return { value: text, exactText: true };
      const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
      if (field.type === 'integer') return { value: Number(text), numFmt: '0' };
      return { value: Number(text), numFmt: decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}` };
    }
    default:
      return { value: text };
  }
}

export interface XlsxResult {
  /** Data rows written (the CSV's rows). */
  rows: number;
  /** Numbers kept as text (more than 15 significant digits). */
  exactText: number;
}

/** One style object per number format, registered once with the workbook's styles. */
const styles = new Map<string, Partial<ExcelJS.Style>>();
const styleOf = (numFmt: string) => {
  let s = styles.get(numFmt);
  if (!s) styles.set(numFmt, (s = { numFmt }));
  return s;
};
const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { bold: true } };

const WIDTH: Record<FieldSpec['type'], number> = { string: 24, date: 12, integer: 10, number: 14, boolean: 8 };

/** A stream of archiver's readable-stream copy, which has no `writableLength` getter. */
interface OldStream {
  _writableState?: { length: number };
  _readableState?: { length: number };
}
/** exceljs's StreamBuf as far as used here: its 64 KB buffers not yet taken, and the zip's input it pipes to. */
interface SheetStream {
  write(xml: string): void;
  buffers?: unknown[];
  pipes?: OldStream[];
}
const held = (p: OldStream) => (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);

/** The stream of a sheet's XML part, with its header row written and sheetData opened. */
function sheetStream(sheet: ExcelJS.Worksheet): SheetStream {
  return (sheet as unknown as { stream: SheetStream }).stream;
}

/**
 * Resolves once what waits in the sheet stream, and what it handed to the zip, is below a few
 * megabytes (a sheet begun while the zip still compresses the one before waits unpiped).
 */
async function drained(stream: SheetStream): Promise<void> {
  do await setImmediate();
  while ((stream.buffers?.length ?? 0) > 64 || (stream.pipes ?? []).some((p) => held(p) > 4 << 20));
}

/** Text whose white space a reader could trim unless told to keep it (most cells have none, and the attribute adds 19 bytes to each). */
function keepsSpace(text: string): boolean {
  return text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32 || /[\t\n\r]/.test(text);
}

function addDataSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, spec: TableSpec, n: number): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(n === 1 ? spec.name : `${spec.name}-${n}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.fields.map((f) => ({ width: Math.max(WIDTH[f.type], f.name.length + 2) }));
  const header = sheet.addRow(columnNames(spec));
  header.eachCell((c) => (c.style = HEADER_STYLE));
  header.commit();
  return sheet;
}

function addNotesSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, spec: TableSpec, result: XlsxResult): void {
  const sheet = book.addWorksheet('说明');
  sheet.columns = [{ width: 28 }, { width: 28 }, { width: 10 }, { width: 80 }];
  const lines: string[][] = [
    [`${spec.title}（${spec.path} 的电子表格版本，${result.rows} 行）`],
    [spec.description],
    ['文字按文字保存，不会被当作公式；空单元格 = 未公开，不是 0。程序读取请用 CSV 或 JSON（精确的十进制文本）。'],
    [
      result.exactText > 0
        ? `有 ${result.exactText} 个数字超过 15 位有效数字，电子表格的数字存不下它们的精确值，按文字保存（与 CSV 相同）。`
        : '所有数字都在 15 位有效数字以内，按数字保存，显示原件的小数位数。',
    ],
    [],
    ['列名', '标题', '类型', '说明'],
    ...spec.fields.map((f) => [f.name, f.title, f.type, f.description ?? '']),
  ];
  for (const l of lines) sheet.addRow(l).commit();
  sheet.commit();
}

export interface XlsxOptions {
  /** Called every 10,000 rows. */
  progress?: () => void;
  /** Rows of a sheet before the next begins (SHEET_ROWS; smaller in tests). */
  sheetRows?: number;
}

/** Write the workbook of `spec` at `xlsxPath` from its CSV file at `csvPath`. */
export async function writeTableXlsx(spec: TableSpec, csvPath: string, xlsxPath: string, options: XlsxOptions = {}): Promise<XlsxResult> {
  const { progress = () => {}, sheetRows = SHEET_ROWS } = options;
  // exceljs gives archiver no entry dates, which then stamps each with the time of the build: the
  // entries the constructor adds get the fixed date from a Date that defaults to it (this thread
  // runs nothing else meanwhile), the later ones from `append` below.
  const RealDate = globalThis.Date;
  globalThis.Date = class extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor>) {
      super(...((args.length > 0 ? args : [FIXED_DATE.getTime()]) as [number]));
    }
  } as DateConstructor;
  let book: ExcelJS.stream.xlsx.WorkbookWriter;
  try {
    book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useStyles: true, useSharedStrings: false });
  } finally {
    globalThis.Date = RealDate;
  }
  book.created = book.modified = FIXED_DATE;
  const zip = (book as unknown as { zip: { append(source: unknown, data: object): unknown } }).zip;
  const append = zip.append.bind(zip);
  zip.append = (source, data) => append(source, { ...data, date: FIXED_DATE });

  const names = columnNames(spec);
  const result: XlsxResult = { rows: 0, exactText: 0 };
  let sheets = 1;
  let sheet = addDataSheet(book, spec, sheets);
  let inSheet = 1;
  let header = true;
  const letters = names.map((_, i) => colCache.n2l(i + 1));
  const workbookStyles = (book as unknown as { styles: { addStyleModel(style: object, type: number): number } }).styles;
  const styleIds = new Map<string, number>();
  const styleId = (numFmt: string) => {
    let id = styleIds.get(numFmt);
    if (id === undefined) styleIds.set(numFmt, (id = workbookStyles.addStyleModel(styleOf(numFmt), ExcelJS.ValueType.Number)));
    return id;
  };
  let stream = sheetStream(sheet);
  let batch = '';
  const flush = () => {
    if (batch) stream.write(batch);
    batch = '';
  };
  const addRow = (fields: string[]) => {
    if (header) {
      header = false;
      if (fields.join(',') !== names.join(',')) throw new Error(`${csvPath}: the header is not the columns of ${spec.name}`);
      return;
    }
    if (inSheet === sheetRows) {
      flush();
      sheet.commit();
      sheet = addDataSheet(book, spec, ++sheets);
      stream = sheetStream(sheet);
      inSheet = 1;
    }
    const r = ++inSheet;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < fields.length; i++) {
      const c = xlsxCell(spec.fields[i]!, fields[i]!);
      if (c.value === null) continue;
      const ref = `${letters[i]}${r}`;
      if (typeof c.value === 'number') xml += `<c r="${ref}" s="${styleId(c.numFmt!)}"><v>${fields[i]}</v></c>`;
      else if (typeof c.value === 'boolean') xml += `<c r="${ref}" t="b"><v>${c.value ? 1 : 0}</v></c>`;
      else {
        // An inline string: text, never a formula, whatever it begins with.
        xml += `<c r="${ref}" t="inlineStr"><is><t${keepsSpace(c.value) ? ' xml:space="preserve"' : ''}>${xmlEncode(c.value)}</t></is></c>`;
        if (c.exactText) result.exactText++;
      }
    }
    // Rows are handed to the stream in runs of about 64 KB: a write per row cost more than the XML.
    batch += `${xml}</row>`;
    if (batch.length >= 1 << 16) flush();
    if (++result.rows % 10_000 === 0) progress();
  };

  const fd = openSync(csvPath, 'r');
  try {
    const reader = new CsvReader();
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0; ) {
      reader.push(decoder.write(buffer.subarray(0, n))).forEach(addRow);
      flush();
      // Let the zip stream compress and write what it was given, so that it does not pile up.
      await drained(stream);
    }
    reader.push(decoder.end()).forEach(addRow);
    reader.end().forEach(addRow);
    flush();
  } finally {
    closeSync(fd);
  }
  sheet.commit();
  addNotesSheet(book, spec, result);
  await book.commit();
  return result;
}
