import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFastYaml } from '../../src/declaration/fast-yaml.ts';
import { parseSource, parseSourceFull } from '../../src/declaration/yaml-source.ts';
import { listDeclarations } from '../../src/declaration/load-reports.ts';
import { generateCorpus } from '../../src/synth/generate.ts';

/** Every path to a node in `data`, with the keys of each mapping. */
function* paths(data: unknown, prefix: PropertyKey[] = []): Generator<{ path: PropertyKey[]; keys: string[] }> {
  if (data === null || typeof data !== 'object') return;
  const keys = Array.isArray(data) ? [] : Object.keys(data);
  yield { path: prefix, keys };
  const entries: [PropertyKey, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  for (const [k, v] of entries) {
    yield { path: [...prefix, k], keys: [] };
    yield* paths(v, [...prefix, k]);
  }
}

/** The fast reader must agree with the full parser on data and on every position it reports. */
function expectSame(file: string, text: string) {
  const fast = parseSource(file, text);
  const full = parseSourceFull(file, text);
  expect(fast.data, file).toEqual(full.data);
  for (const { path, keys } of paths(full.data)) {
    expect(fast.locate(path), `${file} ${path.join('.')}`).toEqual(full.locate(path));
    expect(fast.locate([...path, 'no-such-field']), `${file} ${path.join('.')}.missing`).toEqual(full.locate([...path, 'no-such-field']));
    for (const k of keys) expect(fast.locate(path, k), `${file} ${path.join('.')} @${k}`).toEqual(full.locate(path, k));
  }
}

describe('fast YAML reader', () => {
  it('keeps the source text of numbers, and plain safe integers as numbers', () => {
    const d = parseFastYaml('a: 83.00\nb: 6431.71\nc: 2024\nd: "1,048.54"\ne: 12345678901234567890\nf: +5\ng: 1e3\nh: null\ni: ~\nj: true\nk: \'it\'\'s\'\n');
    expect(d?.data).toEqual({ a: '83.00', b: '6431.71', c: 2024, d: '1,048.54', e: '12345678901234567890', f: '+5', g: '1e3', h: null, i: null, j: true, k: "it's" });
  });

  it('reads sequences of mappings, comments and nested blocks', () => {
    const text = '# c\nx:\n  - name: a # note\n    amount: 1.50\n  - name: b\n    children:\n    - name: c\n      amount: 2\ny: [1]\n';
    expect(parseFastYaml(text)).toBeUndefined(); // flow sequence: left to the full parser
    const ok = text.replace('y: [1]\n', 'y: 草稿\n');
    expect(parseFastYaml(ok)?.data).toEqual({ x: [{ name: 'a', amount: '1.50' }, { name: 'b', children: [{ name: 'c', amount: 2 }] }], y: '草稿' });
    expectSame('x.yaml', ok);
  });

  it('leaves everything beyond the subset to the full parser', () => {
    for (const t of [
      'a: |\n  text\n',
      'a: >\n  text\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: "x\\ny"\n',
      'a: one\n  two\n',
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      'a: 1\r\n',
      '---\na: 1\n',
      '{"a": 1}',
      'a: 0x1F\n',
      'a:\nb: 1\n',
      'a: b: c\n',
      'a: "x" y\n',
    ]) expect(parseFastYaml(t), JSON.stringify(t)).toBeUndefined();
  });

  it('either declines or agrees with the full parser on documents made of awkward pieces', () => {
    // Lines built from the pieces the reader has to tell apart: comments, quotes, colons, dashes,
    // flow mappings, numbers and words, at a few indents. (Not Unicode spaces such as U+3000 at the
    // edge of a value: the fast reader trims them as JavaScript does, the full parser keeps them.)
    const piece = fc.constantFrom(
      'a:', 'b: 1', 'c: "q"', "d: 'it''s'", 'e: { f: 1, g: "h" }', 'i: x #c', 'j: x#y', 'k: a:b', 'l: a: b', 'm: "x" #c', 'n: "x" y',
      '- x', '- o: 1', '-', '- - a', '# c', '', 'p: 中文 值', 'q: 1.50', 'r: -0', 's: 12345678901234567890', 't: ~', 'u: true',
      'v: {}', 'w: { x: 1, }', 'y: "a\\"b"', 'aa: [1]', 'ab: &x 1', 'ac: |', 'ad:\tx', 'ae: {a: 1}', 'a: 2', '"q": 1',
    );
    const line = fc.tuple(fc.integer({ min: 0, max: 3 }), piece).map(([indent, p]) => ' '.repeat(indent * 2) + p);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, newline) => {
        // Declarations are mappings at the top (for a top-level sequence of mappings the fast reader
        // places the root at the first key, the full parser at the dash).
        const text = ['top: 0', ...lines].join('\n') + (newline ? '\n' : '');
        if (parseFastYaml(text)) expectSame('fuzz.yaml', text);
      }),
      { numRuns: 10000 },
    );
  });

  it("agrees with the full parser on the seed declarations, the fixtures and a synthetic corpus", () => {
    const files = [...listDeclarations('content/reports'), ...listDeclarations('test/fixtures')];
    let fastFiles = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (parseFastYaml(text)) fastFiles++;
      expectSame(f, text);
    }
    expect(fastFiles).toBeGreaterThanOrEqual(5);
    for (const { yaml: text, path } of generateCorpus({ count: 40, seed: 7 })) {
      expect(parseFastYaml(text), path).toBeDefined();
      expectSame(path, text);
    }
  });
});
