/**
 * datapackage.json and the CSVs of a real export of the seeds, validated by the rules of
 * frictionless-py 5 (which cannot be installed here: no PyPI) and by OpenSpending's os-types (the
 * registry of Fiscal Data Package column types, installed from npm and run as is).
 *
 * The frictionless rules below are those of frictionless/resources/table.py (row stream and
 * lookup) and the Table Schema / Tabular Data Package specs:
 * - descriptor: package and resource names lower-case `[-a-z0-9._/]`, unique; relative paths;
 *   profiles; every field has a name (unique) and a Table Schema type; constraints of the right
 *   shape; primary and foreign key fields exist; a foreign key's reference names an existing
 *   resource and as many existing fields;
 * - file: no byte before the header (the package says "utf-8"), header = field names in order;
 * - cells: a cell in `missingValues` is null; `required` fields are not null; non-null cells cast
 *   to their type (integer, number, boolean by trueValues/falseValues, date as YYYY-MM-DD that
 *   exists) and meet `enum` and `pattern` (matched whole);
 * - primary key: not all cells null (we require none null), and unique;
 * - foreign key: a row whose key cells are all null is skipped; any other row's key (null cells
 *   included) must be among the referenced rows' keys, where referenced rows whose key is all null
 *   are left out of the lookup.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { parseCsv } from '../../src/exports/csv.ts';
import type { DataPackageDescriptor, FieldDescriptor, ResourceDescriptor } from '../../src/exports/datapackage.ts';
import { writeExports } from '../../src/exports/write-exports.ts';

interface OsType {
  dataType: string;
}
interface TypeProcessor {
  types: Record<string, OsType>;
  fieldsToModel(fields: { name: string; title: string; type: string }[]): { errors?: { general: string[]; perField: Record<string, string[]> } };
}
const TypeProcessorClass = createRequire(import.meta.url)('os-types') as new () => TypeProcessor;

const { reports } = loadReports('content/reports');
const dir = mkdtempSync(join(tmpdir(), 'mingzhang-datapackage-'));
writeExports(reports, dir, []);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dp = JSON.parse(readFileSync(join(dir, 'data', 'datapackage.json'), 'utf8')) as DataPackageDescriptor;
const NAME = /^[-a-z0-9._/]+$/;
const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];

type Value = string | number | boolean | null;
/** One resource read as frictionless reads it: cells cast to their field's type, missing values as null. */
interface Table {
  resource: ResourceDescriptor;
  rows: Value[][];
  errors: string[];
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Cast one cell as frictionless does (strict: the forms our files use, which frictionless accepts). */
function cast(f: FieldDescriptor, raw: string): { value: Value } | { error: string } {
  switch (f.type) {
    case 'string':
      return { value: raw };
    case 'integer':
      return /^[-+]?\d+$/.test(raw) ? { value: raw } : { error: 'type-error integer' };
    case 'number':
      // Kept as the exact text (Decimal checks it), so keys and enums compare exactly.
      return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(raw) ? { value: new Decimal(raw).toFixed() } : { error: 'type-error number' };
    case 'boolean':
      if ((f.trueValues ?? []).includes(raw)) return { value: true };
      if ((f.falseValues ?? []).includes(raw)) return { value: false };
      return { error: 'type-error boolean' };
    case 'date':
      return isRealDate(raw) ? { value: raw } : { error: 'type-error date' };
    default:
      return { error: `type ${f.type} not used by our files` };
  }
}

function readTable(res: ResourceDescriptor): Table {
  const bytes = readFileSync(join(dir, 'data', res.path));
  const errors: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) errors.push('a byte-order mark before the header');
  const [header, ...lines] = parseCsv(bytes.toString('utf8'));
  const fields = res.schema.fields;
  if (JSON.stringify(header) !== JSON.stringify(fields.map((x) => x.name))) errors.push(`header ${JSON.stringify(header)}`);
  const missing = new Set(res.schema.missingValues);
  const rows = lines.map((line, i) => {
    const where = `${res.name} row ${i + 2}`;
    if (line.length !== fields.length) errors.push(`${where}: ${line.length} cells for ${fields.length} fields`);
    return fields.map((f, k): Value => {
      const raw = line[k] ?? '';
      if (missing.has(raw)) {
        if (f.constraints?.required) errors.push(`${where}: ${f.name} required`);
        return null;
      }
      const c = cast(f, raw);
      if ('error' in c) {
        errors.push(`${where}: ${f.name} ${c.error}: ${raw}`);
        return null;
      }
      if (f.constraints?.enum && !f.constraints.enum.includes(String(c.value))) errors.push(`${where}: ${f.name} not in enum: ${raw}`);
      if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`, 'u').test(raw)) errors.push(`${where}: ${f.name} does not match ${f.constraints.pattern}: ${raw}`);
      return c.value;
    });
  });
  return { resource: res, rows, errors };
}

const tables = new Map(dp.resources.map((r) => [r.name, readTable(r)]));
const column = (t: Table, name: string) => t.resource.schema.fields.findIndex((x) => x.name === name);
const keyOf = (cells: Value[]) => JSON.stringify(cells);

describe('datapackage.json by the Data Package and Tabular Data Package rules', () => {
  it('is a tabular data package of named, relative, tabular resources', () => {
    expect(dp.profile).toBe('tabular-data-package');
    expect(dp.name).toMatch(NAME);
    expect(dp.resources.length).toBeGreaterThan(0);
    expect(new Set(dp.resources.map((r) => r.name)).size).toBe(dp.resources.length);
    for (const r of dp.resources) {
      expect(r.name).toMatch(NAME);
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.path.startsWith('/') || r.path.split('/').includes('..'), r.path).toBe(false);
      expect(r.encoding).toBe('utf-8');
      expect(r.dialect.delimiter).toHaveLength(1);
      expect(r.schema.missingValues.every((m) => typeof m === 'string')).toBe(true);
    }
  });

  it('has fields of Table Schema types with well-formed constraints, and keys on existing fields', () => {
    for (const r of dp.resources) {
      const names = r.schema.fields.map((x) => x.name);
      expect(new Set(names).size, r.name).toBe(names.length);
      for (const f of r.schema.fields) {
        expect(TYPES, `${r.name}.${f.name}`).toContain(f.type);
        const c = f.constraints ?? {};
        expect(Object.keys(c).every((k) => ['required', 'enum', 'pattern'].includes(k))).toBe(true);
        if (c.enum) expect(c.enum.length > 0 && new Set(c.enum).size === c.enum.length, `${r.name}.${f.name} enum`).toBe(true);
        if (c.pattern) expect(() => new RegExp(c.pattern!, 'u')).not.toThrow();
      }
      for (const k of r.schema.primaryKey) expect(names, `${r.name} primary key`).toContain(k);
      for (const fk of r.schema.foreignKeys ?? []) {
        for (const k of fk.fields) expect(names, `${r.name} foreign key`).toContain(k);
        const target = dp.resources.find((x) => x.name === fk.reference.resource);
        expect(target, fk.reference.resource).toBeDefined();
        expect(fk.reference.fields).toHaveLength(fk.fields.length);
        for (const k of fk.reference.fields) expect(target!.schema.fields.map((x) => x.name)).toContain(k);
      }
    }
  });
});

describe('the CSVs by frictionless-py 5 rules', () => {
  it.each([...tables.keys()])('%s: header, types, required, enum and pattern', (name) => {
    const t = tables.get(name)!;
    expect(t.errors.slice(0, 10)).toEqual([]);
    expect(t.rows.length).toBeGreaterThan(0);
  });

  it.each([...tables.keys()])('%s: primary key present and unique', (name) => {
    const t = tables.get(name)!;
    const idx = t.resource.schema.primaryKey.map((k) => column(t, k));
    const keys = t.rows.map((row) => idx.map((i): Value => row[i] ?? null));
    for (const k of keys) expect(k.includes(null), `${name} ${keyOf(k)}`).toBe(false);
    expect(new Set(keys.map(keyOf)).size).toBe(keys.length);
  });

  it.each([...tables.keys()])('%s: every foreign key resolves (all-empty keys skipped)', (name) => {
    const t = tables.get(name)!;
    for (const fk of t.resource.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource)!;
      const ref = fk.reference.fields.map((k) => column(target, k));
      const lookup = new Set(target.rows.map((row) => ref.map((i): Value => row[i] ?? null)).filter((k) => k.some((c) => c !== null)).map(keyOf));
      const own = fk.fields.map((k) => column(t, k));
      const bad = t.rows.map((row) => own.map((i): Value => row[i] ?? null)).filter((k) => k.some((c) => c !== null) && !lookup.has(keyOf(k)));
      expect(bad.map(keyOf), `${name} → ${fk.reference.resource} (${fk.fields.join(', ')})`).toEqual([]);
    }
  });

  it('checks what it should: a composite key with an empty cell fails, as frictionless reports it', () => {
    // The rule above applied to the model this export had before: (report_id, project_id) → projects.
    const lines = tables.get('budget_lines')!;
    const projects = tables.get('projects')!;
    const [r, p] = [column(lines, 'report_id'), column(lines, 'project_id')];
    const lookup = new Set(projects.rows.map((row) => keyOf([row[column(projects, 'report_id')]!, row[column(projects, 'project_id')]!])));
    const failing = lines.rows.filter((row) => !lookup.has(keyOf([row[r]!, row[p]!])));
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((row) => row[p] === null)).toBe(true);
  });
});

describe('Fiscal Data Package column types, by os-types', () => {
  const processor = new TypeProcessorClass();
  it.each(dp.resources.map((r) => [r.name, r] as const))('%s: every columnType is registered, of the field type, with the code its label needs', (_name, r) => {
    const typed = r.schema.fields.filter((x) => x.columnType);
    for (const f of typed) {
      expect(processor.types[f.columnType!], `${r.name}.${f.name}: ${f.columnType}`).toBeDefined();
      expect(f.type, `${r.name}.${f.name}`).toBe(processor.types[f.columnType!]!.dataType);
    }
    if (typed.length === 0) return;
    const model = processor.fieldsToModel(typed.map((x) => ({ name: x.name, title: x.title, type: x.columnType! })));
    expect(model.errors ?? { general: [], perField: {} }).toEqual({ general: [], perField: {} });
  });

  it('the registry does reject what we had: an unregistered type and labels without codes', () => {
    const model = processor.fieldsToModel([
      { name: 'region_code', title: 'a', type: 'geo:region:code' },
    ]);
    expect(model.errors?.perField.region_code).toEqual(['Got unknown type geo:region:code']);
    const labels = processor.fieldsToModel([{ name: 'unit_name', title: 'b', type: 'administrative-classification:generic:label' }]);
    expect(labels.errors?.perField.unit_name?.[0]).toMatch(/matching 'code'/);
  });
});

describe('budget_lines.row_role marks what may be summed', () => {
  const t = tables.get('budget_lines')!;
  const c = (n: string) => column(t, n);
  const rows = t.rows.map((row) => ({
    report: row[c('report_id')] as string,
    table: row[c('table_id')] as string,
    id: row[c('line_id')] as string,
    parent: row[c('parent_id')] as string | null,
    role: row[c('row_role')] as string,
    isTotal: row[c('is_total')] as boolean,
    amount: row[c('amount')] as string | null,
  }));

  it('total rows are the 合计 rows, parent rows have detail below them and detail rows none', () => {
    const parents = new Set(rows.filter((x) => x.parent !== null).map((x) => `${x.report} ${x.parent}`));
    for (const x of rows) {
      expect(x.role === 'total', x.id).toBe(x.isTotal);
      if (!x.isTotal) expect(x.role === 'parent', `${x.report} ${x.id}`).toBe(parents.has(`${x.report} ${x.id}`));
    }
    expect(new Set(rows.map((x) => x.role))).toEqual(new Set(['total', 'parent', 'detail']));
  });

  it('the detail rows of a table add up to its total (无锡 income: 6,431.71, not the 19,295.13 of every row)', () => {
    const byTable = new Map<string, typeof rows>();
    for (const x of rows) byTable.set(`${x.report} ${x.table}`, [...(byTable.get(`${x.report} ${x.table}`) ?? []), x]);
    let checked = 0;
    for (const [key, mine] of byTable) {
      const total = mine.find((x) => x.role === 'total');
      if (!total?.amount) continue;
      const sum = mine.filter((x) => x.role === 'detail' && x.amount !== null).reduce((s, x) => s.plus(x.amount!), new Decimal(0));
      expect(sum.toFixed(), key).toBe(new Decimal(total.amount).toFixed());
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    const wuxi = byTable.get('2024/320200-wuxi-renda-budget income')!;
    expect(wuxi.reduce((s, x) => s.plus(x.amount ?? 0), new Decimal(0)).toFixed()).toBe('19295.13');
    expect(wuxi.filter((x) => x.role === 'detail').reduce((s, x) => s.plus(x.amount ?? 0), new Decimal(0)).toFixed()).toBe('6431.71');
  });
});
