/**
 * The editor's JSON Schema (content/report.schema.json) refuses what the build refuses for shape,
 * checked with ajv, the validator editors and CI tools use (issue 15, item 20).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { listDeclarations } from '../../src/declaration/load-reports.ts';
import { parseSource } from '../../src/declaration/yaml-source.ts';
import { report } from '../../src/model/schema.ts';

const root = join(import.meta.dirname, '../..');
// Formats (uri, date) are left to the editor; the patterns carry the rules. Strict, except for the
// lints about type unions and `required` inside `not` that the generated schema uses on purpose.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'content/report.schema.json'), 'utf8')));

/**
 * Bad fixtures whose problem no JSON Schema can state, and why. Each must still be refused by the
 * build's schema, so the list cannot hide a fixture that is not a shape error.
 */
const BEYOND_JSON_SCHEMA: Record<string, string> = {
  'schema-duplicate-project-id': 'uniqueness of a field across the items of a list',
  'schema-future-published': 'depends on the day of the build',
  'schema-retrieved-before-published': 'compares two fields',
};

function read(file: string) {
  return parseSource(file, readFileSync(file, 'utf8'));
}

const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

describe('content/report.schema.json', () => {
  const bad = listDeclarations(join(root, 'test/fixtures/bad'))
    // read-… fixtures are about reading files (encodings, aliases), not shape.
    .filter((f) => !basename(f).startsWith('read-'))
    .map((f) => ({ name: basename(f).replace(/\.[^.]*$/, ''), source: read(f) }))
    // Files the reader cannot parse never reach a schema.
    .filter(({ source }) => source.syntaxErrors.length === 0);

  it('refuses every bad fixture whose problem is one of shape', () => {
    const shape = bad.filter(({ name, source }) => !report.safeParse(source.data).success && !(name in BEYOND_JSON_SCHEMA));
    expect(shape.map((b) => b.name)).toEqual(expect.arrayContaining(['html-in-text', 'negative-amount', 'non-numeric-amount', 'schema-amount-with-unit', 'schema-bidi-name', 'schema-javascript-url']));
    for (const { name, source } of shape) expect(validate(source.data), `${name} accepted by the JSON Schema`).toBe(false);
  });

  it('lists as beyond it only fixtures the build refuses', () => {
    for (const name of Object.keys(BEYOND_JSON_SCHEMA)) {
      const fixture = bad.find((b) => b.name === name);
      expect(fixture, name).toBeDefined();
      expect(report.safeParse(fixture!.source.data).success, name).toBe(false);
    }
  });

  it('accepts every declaration the build accepts: the seeds, the good fixtures and the bad ones whose problem is of meaning', () => {
    const good = [...listDeclarations(join(root, 'content/reports')), ...listDeclarations(join(root, 'test/fixtures/good'))].map((f) => ({ name: f, source: read(f) }));
    expect(good.length).toBeGreaterThanOrEqual(6);
    for (const { name, source } of [...good, ...bad.filter(({ source }) => report.safeParse(source.data).success)]) {
      expect(validate(source.data), `${name}: ${errors()}`).toBe(true);
    }
  });

  it('refuses an amount with its unit, a negative amount and a javascript: link, as the build does', () => {
    const minimal = read(join(root, 'test/fixtures/good/minimal.yaml')).data as Record<string, unknown>;
    const withAmount = (amount: unknown) => ({ ...minimal, overall: { expenditure: { lines: [{ name: '基本支出', amount }] } } });
    const digits = (n: number) => '9'.repeat(n);
    for (const amount of ['60.25万元', '-60.25', -1, '六十', '1,0000.5', '', digits(31), `1.${digits(11)}`, `1${',999'.repeat(10)}`]) {
      expect(report.safeParse(withAmount(amount)).success, String(amount)).toBe(false);
      expect(validate(withAmount(amount)), String(amount)).toBe(false);
    }
    for (const amount of ['60.25', ' 1,048.54 ', 0, 83, digits(30), `1.${digits(10)}`, `999${',999'.repeat(9)}`]) {
      expect(report.safeParse(withAmount(amount)).success, String(amount)).toBe(true);
      expect(validate(withAmount(amount)), `${amount}: ${errors()}`).toBe(true);
    }
    const withUrl = (url: string) => ({ ...minimal, source: { ...(minimal.source as object), url } });
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', ' java\tscript:x']) expect(validate(withUrl(url)), url).toBe(false);
    expect(validate(withUrl('HTTPS://www.example.gov.cn/a.pdf'))).toBe(true);
  });
});

describe('every text field of the JSON Schema', () => {
  /** Every subschema that takes strings (enums aside), with its path in the schema. */
  function stringSchemas(node: unknown, at: string, out: [string, Record<string, unknown>][]) {
    if (Array.isArray(node)) node.forEach((n, i) => stringSchemas(n, `${at}/${i}`, out));
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(n.type ?? []);
      if (types.includes('string') && n.enum === undefined && n.const === undefined && !at.endsWith('/properties/$schema')) out.push([at, n]);
      for (const [k, v] of Object.entries(n)) stringSchemas(v, `${at}/${k}`, out);
    }
  }
  const schema = JSON.parse(readFileSync(join(root, 'content/report.schema.json'), 'utf8'));
  const found: [string, Record<string, unknown>][] = [];
  stringSchemas(schema, '#', found);

  /** Where each `$ref` target is used, and whether every use narrows it with its own `anyOf` or `pattern`. */
  const narrowed = new Map<string, boolean>();
  const refs = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(refs);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.$ref === 'string') narrowed.set(n.$ref, (narrowed.get(n.$ref) ?? true) && (Array.isArray(n.anyOf) || typeof n.pattern === 'string'));
      Object.values(n).forEach(refs);
    }
  };
  refs(schema);

  it('refuses a bidi control, a zero-width space and a control character (issue 15, item 8)', () => {
    expect(found.length).toBeGreaterThan(10);
    for (const [at, s] of found) {
      // "text or number" is a bare type list; each use of it says in its own anyOf or pattern (checked here too) what the text may be.
      if (Object.keys(s).length === 1 && narrowed.get(at) === true) continue;
      const patterns = [s.pattern, ...((s.allOf as { pattern?: string }[] | undefined) ?? []).map((a) => a.pattern)].filter((p): p is string => typeof p === 'string');
      for (const bad of ['示例\u202E县', '示例\u200B县', '示例\u0007县']) {
        expect(patterns.some((p) => !new RegExp(p, 'u').test(bad)), `${at} takes ${JSON.stringify(bad)}`).toBe(true);
      }
    }
  });
});
