/**
 * The spreadsheet copies of the CSV tables, read back with exceljs: what a spreadsheet shows is
 * text where the CSV has text (never a formula: CSV injection), numbers where it has numbers, with
 * their printed decimals, and the same rows as the CSV.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { CsvReader, parseCsv, toCsv } from '../../src/exports/csv.ts';
import { columnNames, TABLE_SPECS, xlsxFileName, type TableSpec } from '../../src/exports/tables.ts';
import { writeExports } from '../../src/exports/write-exports.ts';
import { writeTableXlsx, xlsxCell } from '../../src/exports/xlsx.ts';

const { reports } = loadReports('content/reports');
const dir = mkdtempSync(join(tmpdir(), 'mingzhang-xlsx-'));
writeExports(reports, dir, []);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}
const csvRows = (spec: TableSpec) => parseCsv(readFileSync(join(dir, 'data', spec.path), 'utf8')).slice(1);

describe('the xlsx copy of every table', () => {
  it.each(TABLE_SPECS.map((s) => [s.name, s] as const))('%s: its sheet, the CSV header, the CSV rows, then 说明', async (_name, spec) => {
    const book = await read(join(dir, 'data', xlsxFileName(spec)));
    expect(book.worksheets.map((w) => w.name)).toEqual([spec.name, '说明']);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columnNames(spec));
    const rows = csvRows(spec);
    expect(sheet.actualRowCount - 1).toBe(rows.length);
    // Every cell shows the CSV's text: as a string, or as the number or boolean it writes.
    rows.forEach((fields, r) => {
      fields.forEach((text, c) => {
        const cell = sheet.getCell(r + 2, c + 1);
        expect(cell.formula, cell.address).toBeUndefined();
        if (text === '') expect(cell.value, `${spec.name} ${cell.address}`).toBeNull();
        else if (typeof cell.value === 'number') expect(Number(text), `${spec.name} ${cell.address}`).toBe(cell.value);
        else if (typeof cell.value === 'boolean') expect(String(cell.value), cell.address).toBe(text);
        else expect(cell.value, `${spec.name} ${cell.address}`).toBe(text);
      });
    });
  });

  it('keeps a value that begins with = as text, never a formula (indicators =100%)', async () => {
    const spec = TABLE_SPECS.find((s) => s.name === 'indicators')!;
    const sheet = (await read(join(dir, 'data', xlsxFileName(spec)))).worksheets[0]!;
    const col = columnNames(spec).indexOf('half_year') + 1;
    const r = csvRows(spec).findIndex((f) => f[col - 1] === '=100%');
    expect(r).toBeGreaterThanOrEqual(0);
    const cell = sheet.getCell(r + 2, col);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=100%');
    // In the file itself: an inline string, with no formula element anywhere in the sheet.
    expect(cell.formula).toBeUndefined();
  });

  it('writes amounts as numbers with the printed decimals, integers without grouping', async () => {
    const spec = TABLE_SPECS.find((s) => s.name === 'budget_lines')!;
    const sheet = (await read(join(dir, 'data', xlsxFileName(spec)))).worksheets[0]!;
    const names = columnNames(spec);
    const rows = csvRows(spec);
    const r = rows.findIndex((f) => f[names.indexOf('amount')] === '6431.71');
    const amount = sheet.getCell(r + 2, names.indexOf('amount') + 1);
    expect([amount.type, amount.value, amount.numFmt]).toEqual([ExcelJS.ValueType.Number, 6431.71, '#,##0.00']);
    const level = sheet.getCell(r + 2, names.indexOf('level') + 1);
    expect([level.type, level.numFmt]).toEqual([ExcelJS.ValueType.Number, '0']);
    const isTotal = sheet.getCell(r + 2, names.indexOf('is_total') + 1);
    expect(isTotal.type).toBe(ExcelJS.ValueType.Boolean);
  });
});

describe('cells of a table made to be hostile', () => {
  const spec: TableSpec = {
    name: 'hostile',
    path: 'hostile.csv',
    title: '测试',
    description: '测试用的表',
    primaryKey: ['code'],
    fields: [
      { name: 'code', type: 'string', title: '编码' },
      { name: 'value', type: 'string', title: '值' },
      { name: 'amount', type: 'number', title: '金额' },
      { name: 'count', type: 'integer', title: '数' },
      { name: 'flag', type: 'boolean', title: '是否' },
    ],
  };
  const rows = [
    ['010101', '=HYPERLINK("http://example.com","点我")', '83.00', '2024', 'true'],
    ['000000', '+1次', '1234567890123.45', '-0', 'false'],
    ['0', '@SUM(A1:A2)', '1234567890123456789012345.1', '12345678901234567', ''],
    ['00', ' 前后空格 \n第二行 & <b>', '-0.5', '', ''],
  ];
  const work = mkdtempSync(join(tmpdir(), 'mingzhang-xlsx-hostile-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  writeFileSync(join(work, 'hostile.csv'), toCsv(columnNames(spec), rows));

  it('reads back as the text it was, numbers as numbers, too-long numbers as exact text', async () => {
    const result = await writeTableXlsx(spec, join(work, 'hostile.csv'), join(work, 'hostile.xlsx'));
    expect(result).toEqual({ rows: 4, exactText: 2 });
    const book = await read(join(work, 'hostile.xlsx'));
    const sheet = book.worksheets[0]!;
    const cell = (r: number, c: number) => sheet.getCell(r + 2, c + 1);
    for (let r = 0; r < rows.length; r++) {
      for (const c of [0, 1]) {
        expect(cell(r, c).type, cell(r, c).address).toBe(ExcelJS.ValueType.String);
        expect(cell(r, c).value).toBe(rows[r]![c]);
        expect(cell(r, c).formula).toBeUndefined();
      }
    }
    expect(cell(0, 1).hyperlink).toBeUndefined();
    expect([cell(0, 2).value, cell(0, 2).numFmt]).toEqual([83, '#,##0.00']);
    expect([cell(1, 2).value, cell(1, 2).numFmt]).toEqual([1234567890123.45, '#,##0.00']);
    expect([cell(2, 2).type, cell(2, 2).value]).toEqual([ExcelJS.ValueType.String, '1234567890123456789012345.1']);
    expect([cell(2, 3).type, cell(2, 3).value]).toEqual([ExcelJS.ValueType.String, '12345678901234567']);
    expect([cell(3, 2).value, cell(3, 2).numFmt]).toEqual([-0.5, '#,##0.0']);
    expect([cell(0, 3).value, cell(0, 3).numFmt]).toEqual([2024, '0']);
    expect([cell(0, 4).value, cell(1, 4).value, cell(2, 4).value]).toEqual([true, false, null]);
    const notes = book.getWorksheet('说明')!;
    expect(JSON.stringify(notes.getSheetValues())).toContain('有 2 个数字超过 15 位有效数字');
  });

  it('starts another sheet, header repeated, where a sheet is full', async () => {
    const many = Array.from({ length: 7 }, (_, i) => [`0${i}`, `=${i}`, `${i}.5`, String(i), 'true']);
    writeFileSync(join(work, 'many.csv'), toCsv(columnNames(spec), many));
    expect(await writeTableXlsx(spec, join(work, 'many.csv'), join(work, 'many.xlsx'), { sheetRows: 4 })).toEqual({ rows: 7, exactText: 0 });
    const book = await read(join(work, 'many.xlsx'));
    expect(book.worksheets.map((w) => [w.name, w.actualRowCount])).toEqual([
      ['hostile', 4],
      ['hostile-2', 4],
      ['hostile-3', 2],
      ['说明', 10], // 11 rows, one of them empty
    ]);
    expect(book.worksheets[2]!.getCell('A2').value).toBe('06');
    expect((book.worksheets[1]!.getRow(1).values as unknown[]).slice(1)).toEqual(columnNames(spec));
  });

  it('classifies cells by the column type', () => {
    const number = spec.fields[2]!;
    expect(xlsxCell(number, '')).toEqual({ value: null });
    expect(xlsxCell(number, '6431.71')).toEqual({ value: 6431.71, numFmt: '#,##0.00' });
    expect(xlsxCell(number, '100')).toEqual({ value: 100, numFmt: '#,##0' });
    expect(xlsxCell(number, '0.000000000000001234')).toEqual({ value: 0.000000000000001234, numFmt: `#,##0.${'0'.repeat(18)}` });
    expect(xlsxCell(number, '123456789012345.6')).toEqual({ value: '123456789012345.6', exactText: true });
  });
});

describe('the CSV reader fed in parts', () => {
  it('gives the rows of the whole text wherever the parts are cut', () => {
    const text = toCsv(['a', 'b', 'c'], [
      ['x', 'a,b', '"q"'],
      ['l1\r\nl2', '', '""'],
      ['最后', '"', 'z'],
    ]);
    const whole = parseCsv(text);
    for (let cut = 0; cut <= text.length; cut++) {
      for (const second of [cut, Math.min(text.length, cut + 1), Math.min(text.length, cut + 3)]) {
        const reader = new CsvReader();
        const rows = [...reader.push(text.slice(0, cut)), ...reader.push(text.slice(cut, second)), ...reader.push(text.slice(second)), ...reader.end()];
        expect(rows, `cut at ${cut}, ${second}`).toEqual(whole);
      }
    }
  });
});
