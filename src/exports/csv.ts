/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a header row, and a field
 * quoted (with inner quotes doubled) only when it contains a comma, a quote, CR or LF.
 *
 * Encoding: UTF-8 without a byte-order mark, as datapackage.json says ("utf-8"): the CSVs are
 * for programs (frictionless-js read a BOM as part of the first column's name). Spreadsheets get
 * the .xlsx files instead (xlsx.ts): a spreadsheet opening a CSV evaluates cells that begin with
 * `=` as formulas and reads a BOM-less file in the system code page.
 *
 * Cells are written verbatim: amounts as exact decimal strings ("2208.4", never 2.2084e3),
 * booleans as true / false, a value not published as an empty cell (never 0).
 */
import Decimal from 'decimal.js';

export type Cell = string | number | boolean | Decimal | null | undefined;

export const BOM = '\uFEFF';
export const EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when needed. Numbers must be integers (amounts are Decimal or strings). */
export function csvField(c: Cell): string {
  if (typeof c === 'string') return NEEDS_QUOTES.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
  if (c === null || c === undefined) return '';
  if (typeof c === 'number' && !Number.isInteger(c)) throw new Error(`CSV: non-integer number ${c}; pass amounts as Decimal or string`);
  // Numbers, booleans and Decimal never contain a comma, a quote or a line break.
  return c instanceof Decimal ? c.toFixed() : String(c);
}

/** One line of fields, without the line ending. */
export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/** A whole CSV file: header, rows, each line ending in CRLF. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [csvLine(columns), ...rows.map((r) => {
    if (r.length !== columns.length) throw new Error(`CSV: row has ${r.length} cells, header has ${columns.length}`);
    return csvLine(r);
  })];
  return `${lines.join(EOL)}${EOL}`;
}

/** Parse RFC 4180 text (a leading BOM is skipped; CRLF or LF). Returns rows of fields, header included. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parse a CSV file into objects keyed by the header. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}
