import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FileWriter, jsonFileText } from '../../src/exports/file-writer.ts';
import { jsonPieces, PIECE, textPieces } from '../../src/exports/text-pieces.ts';

describe('file writer', () => {
  it('writes every file before finish() returns, JSON as compact text with a final newline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-writer-'));
    const w = new FileWriter();
    const values = Array.from({ length: 200 }, (_, i) => ({ i, name: `第${i}项`, nested: { list: [i, '“引号”', null], empty: {} }, lone: '\ud800' }));
    values.forEach((v, i) => w.writeJson(join(dir, `${i}.json`), v));
    const csv = w.open(join(dir, 'table.csv'));
    for (let i = 0; i < 100; i++) w.append(csv, `行${i}\r\n`);
    w.close(csv);
    w.finish();
    values.forEach((v, i) => expect(readFileSync(join(dir, `${i}.json`), 'utf8')).toBe(`${JSON.stringify(v)}\n`));
    expect(readFileSync(join(dir, 'table.csv'), 'utf8')).toBe(Array.from({ length: 100 }, (_, i) => `行${i}\r\n`).join(''));
    expect(jsonFileText({ a: [1] }).join('')).toBe('{"a":[1]}\n');
    rmSync(dir, { recursive: true });
  });

  it('cuts long text into pieces of at most a PIECE and a character, never inside a surrogate pair', () => {
    const pair = '𠀀'; // U+20000, two UTF-16 units
    for (const text of ['', 'a', 'x'.repeat(PIECE), 'x'.repeat(PIECE - 1) + pair + 'y', `${'中'.repeat(PIECE - 1)}${pair}`.repeat(3), 'x'.repeat(3 * PIECE + 5)]) {
      const pieces = textPieces(text);
      expect(pieces.join('')).toBe(text);
      for (const p of pieces) {
        expect(p.length).toBeGreaterThan(0);
        expect(p.length).toBeLessThanOrEqual(PIECE + 1);
        expect(p.isWellFormed()).toBe(true);
      }
    }
    expect(textPieces('x'.repeat(PIECE - 1) + pair)).toEqual(['x'.repeat(PIECE - 1) + pair]);
    expect(textPieces('x'.repeat(2 * PIECE + 1)).map((p) => p.length)).toEqual([PIECE, PIECE, 1]);
  });

  it('makes the text of JSON.stringify in pieces, of any JSON value, at every depth', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: 0, max: 4 }), (list, record, depth) => {
        for (const v of [list, record, { list, record, holes: [1, , 3], gone: undefined, kept: [undefined] }]) {
          const pieces = jsonPieces(v, depth);
          expect(pieces.join('')).toBe(JSON.stringify(v));
          for (const p of pieces) expect(p.length).toBeLessThanOrEqual(PIECE + 1);
        }
      }),
    );
  });

  it('writes a JSON file of many pieces byte for byte, with characters outside the BMP on the cuts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-writer-'));
    // The string is cut on its own, after its opening quote: the pair's first half is the last character of its first piece.
    const value = { s: `${'x'.repeat(PIECE - 2)}𠀀`, items: Array.from({ length: 5000 }, (_, i) => `第${i}项𠀀${'预算'.repeat(i % 7)}`) };
    expect(jsonFileText(value).length).toBeGreaterThan(3);
    // One string longer than a piece is cut too.
    expect(jsonPieces({ long: 'x'.repeat(3 * PIECE) }).map((p) => p.length)).toEqual([8, PIECE, PIECE, PIECE, 2, 1]);
    const w = new FileWriter();
    w.writeJson(join(dir, 'big.json'), value);
    w.finish();
    expect(readFileSync(join(dir, 'big.json'), 'utf8')).toBe(`${JSON.stringify(value)}\n`);
    rmSync(dir, { recursive: true });
  });

  it('reports the first file it could not write', () => {
    const w = new FileWriter();
    w.writeJson(join(tmpdir(), 'no-such-dir-mingzhang', 'x.json'), { a: 1 });
    expect(() => w.finish()).toThrow(/no-such-dir-mingzhang/);
  });
});
