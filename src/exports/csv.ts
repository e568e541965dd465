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
import { Decimal } from '../model/decimal.ts';

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

const FIELD_END = /[,\r\n]/g;

/**
 * An RFC 4180 reader fed in parts (a file read in chunks): `push` returns the rows completed so
 * far, `end` the last one. A leading BOM is skipped; CRLF or LF; a part may end anywhere, inside
 * a quoted field or between CR and LF.
 */
export class CsvReader {
  #row: string[] = [];
  #field = '';
  #quoted = false;
  /** Inside a quoted field, the last character was a quote: a second one is a literal quote. */
  #quote = false;
  /** The last part ended in CR (outside quotes): an LF that begins the next one ends nothing. */
  #cr = false;
  #started = false;

  push(s: string): string[][] {
    const rows: string[][] = [];
    let i = 0;
    if (!this.#started && s.length > 0) {
      this.#started = true;
      if (s.startsWith(BOM)) i = 1;
    }
    if (this.#cr && i < s.length) {
      this.#cr = false;
      if (s[i] === '\n') i++;
    }
    while (i < s.length) {
      if (this.#quoted) {
        if (this.#quote) {
          this.#quote = false;
          if (s[i] === '"') {
            this.#field += '"';
            i++;
          } else this.#quoted = false;
          continue;
        }
        const q = s.indexOf('"', i);
        if (q < 0) {
          this.#field += s.slice(i);
          break;
        }
        this.#field += s.slice(i, q);
        i = q + 1;
        this.#quote = true;
        continue;
      }
      if (s[i] === '"' && this.#field === '') {
        this.#quoted = true;
        i++;
        continue;
      }
      FIELD_END.lastIndex = i;
      const m = FIELD_END.exec(s);
      if (!m) {
        this.#field += s.slice(i);
        break;
      }
      this.#field += s.slice(i, m.index);
      i = m.index + 1;
      this.#row.push(this.#field);
      this.#field = '';
      if (m[0] === ',') continue;
      rows.push(this.#row);
      this.#row = [];
      if (m[0] === '\r') {
        if (i === s.length) this.#cr = true;
        else if (s[i] === '\n') i++;
      }
    }
    return rows;
  }

  end(): string[][] {
    if (this.#field === '' && this.#row.length === 0) return [];
    this.#row.push(this.#field);
    const last = this.#row;
    this.#row = [];
    this.#field = '';
    return [last];
  }
}

/** Parse RFC 4180 text (a leading BOM is skipped; CRLF or LF). Returns rows of fields, header included. */
export function parseCsv(text: string): string[][] {
  const reader = new CsvReader();
  return [...reader.push(text), ...reader.end()];
}

/** Parse a CSV file into objects keyed by the header. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}
