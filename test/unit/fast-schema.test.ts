import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastParser } from '../../src/declaration/fast-schema.ts';
import { listDeclarations } from '../../src/declaration/load-reports.ts';
import { parseSource } from '../../src/declaration/yaml-source.ts';
import { report } from '../../src/model/schema.ts';
import { generateCorpus } from '../../src/synth/generate.ts';

const parseReport = fastParser(report);

/** The fast path must give zod's own result (same values, same key order) or decline. */
function expectAgrees(name: string, data: unknown, mustAccept = false) {
  const zod = report.safeParse(data);
  const fast = parseReport(data);
  if (fast === undefined) {
    if (mustAccept) expect(zod.success, `${name}: declined a valid declaration`).toBe(false);
    return;
  }
  expect(zod.success, `${name}: accepted what zod rejects`).toBe(true);
  expect(fast, name).toStrictEqual(zod.data);
  expect(JSON.stringify(fast), name).toBe(JSON.stringify(zod.data));
}

const declarations = [
  ...[...listDeclarations('content/reports'), ...listDeclarations('test/fixtures')].map((f) => ({ name: f, text: readFileSync(f, 'utf8') })),
  ...[...generateCorpus({ count: 40, seed: 7 })].map((g) => ({ name: g.path, text: g.yaml })),
]
  .map(({ name, text }) => ({ name, data: parseSource(name, text) }))
  .filter(({ data }) => data.syntaxErrors.length === 0)
  .map(({ name, data }) => ({ name, data: data.data }));

describe('fast schema path', () => {
  it('gives zod’s result for every declaration we have, and declines the invalid ones', () => {
    for (const { name, data } of declarations) expectAgrees(name, data, true);
    expect(declarations.filter(({ data }) => parseReport(data) !== undefined).length).toBeGreaterThan(40);
  });

  it('gives zod’s result or declines for damaged declarations', () => {
    const values = [null, '', '  x  ', '<p>x</p>', -1, 0, 1.5, 2024, 1e21, Number.NaN, '1,000.00', '-5', '6431.71', '30%', 'abc', true, [], {}, ['x'], '万元', '预算', 'huiyi', 'A-1', '123456', 'f'.repeat(64), '2024-02-13', 'https://example.org/a', 'not a url', 'javascript:alert(1)', 'a\u202Eb', 'a\u200Bb', 'Cafe\u0301', '字'.repeat(201), '2099-01-01', 'renda-huiyi', 'renda-huiyi-budget'];
    const keys = ['extra', 'name', 'amount', 'note', 'value', 'kind', 'level1', 'money_unit', 'children', 'total', 'half_year', 'id', 'url', 'published', 'retrieved'];
    type Edit = { at: number[]; op: number; key: number; value: number };
    const edit = fc.record({ at: fc.array(fc.nat(), { maxLength: 6 }), op: fc.nat(3), key: fc.nat(), value: fc.nat() });
    fc.assert(
      fc.property(fc.nat(declarations.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits: Edit[]) => {
        const data = structuredClone(declarations[which]!.data) as Record<string, unknown>;
        for (const e of edits) {
          // Walk down to some object or list, then change one of its entries.
          let node: Record<string, unknown> = data;
          for (const step of e.at) {
            const ks = Object.keys(node);
            const next = ks.length ? node[ks[step % ks.length]!] : undefined;
            if (next === null || typeof next !== 'object') break;
            node = next as Record<string, unknown>;
          }
          const ks = Object.keys(node);
          const value = structuredClone(values[e.value % values.length]);
          if (e.op === 0 && ks.length) delete node[ks[e.key % ks.length]!];
          else if (e.op === 1 && ks.length) node[ks[e.key % ks.length]!] = value;
          else if (e.op === 2) node[keys[e.key % keys.length]!] = value;
          else if (ks.length) node[ks[e.key % ks.length]!] = undefined;
        }
        expectAgrees(`${declarations[which]!.name} edited`, data);
      }),
      { numRuns: 1000 },
    );
    // 1,000 parses by zod, ~2 s alone: more on a loaded machine.
  }, 30_000);

  it('runs the checks of a superRefine (unique project ids) and of refinements across fields (dates)', () => {
    const seed = declarations.find(({ data }) => ((data as { projects?: unknown[] }).projects?.length ?? 0) >= 2)!.data as Record<string, unknown>;
    const projects = seed.projects as { id: string }[];
    const withIds = (...ids: string[]) => ({ ...seed, projects: ids.map((id, i) => ({ ...projects[i], id })) });
    expectAgrees('distinct ids', withIds('a', 'b'), true);
    expectAgrees('a-2 beside a', withIds('a', 'a-2'), true);
    for (const data of [withIds('a', 'a'), withIds('a', 'a-budget'), withIds('a', 'a-indicator-3-table')]) {
      expect(parseReport(data)).toBeUndefined();
      expect(report.safeParse(data).success).toBe(false);
    }
    const source = seed.source as Record<string, unknown>;
    for (const dates of [{ published: '2099-01-01' }, { published: '2024-02-10', retrieved: '2024-02-01' }]) {
      const data = { ...seed, source: { ...source, ...dates } };
      expect(parseReport(data)).toBeUndefined();
      expect(report.safeParse(data).success).toBe(false);
    }
    expectAgrees('dates in order', { ...seed, source: { ...source, published: '2024-02-01', retrieved: '2024-02-10' } }, true);
  });

  it('follows zod on optional, defaulted, nullable and recursive parts, unions and unknown keys', () => {
    interface Tree {
      name: string;
      children?: Tree[] | undefined;
    }
    const tree: z.ZodType<Tree> = z.lazy(() => z.strictObject({ name: z.string().trim().min(1), children: z.array(tree).optional() }));
    const schema = z.strictObject({
      unit: z.enum(['万元', '元']).default('万元'),
      amount: z.union([z.string(), z.number()]).transform(String).nullable().optional(),
      tree,
      year: z.number().int().min(1990),
    });
    const parse = fastParser(schema);
    for (const input of [
      { tree: { name: ' a ', children: [{ name: 'b' }] }, year: 2024 },
      { unit: '元', amount: 12, tree: { name: 'a' }, year: 2024 },
      { amount: null, tree: { name: 'a' }, year: 2024 },
      { amount: '1.50', tree: { name: 'a', children: [] }, year: 2024 },
    ]) {
      expect(parse(input)).toStrictEqual(schema.parse(input));
      expect(Object.keys(parse(input)!)).toEqual(Object.keys(schema.parse(input)));
    }
    for (const input of [
      { tree: { name: ' ' }, year: 2024 },
      { tree: { name: 'a', extra: 1 }, year: 2024 },
      { tree: { name: 'a' }, year: 2024.5 },
      { tree: { name: 'a' }, year: 1989 },
      { tree: { name: 'a' } },
      { amount: undefined, tree: { name: 'a' }, year: 2024 },
      { unit: 'x', tree: { name: 'a' }, year: 2024 },
    ]) {
      expect(parse(input), JSON.stringify(input)).toBeUndefined();
    }
  });
});
