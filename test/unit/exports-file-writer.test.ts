import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriter, jsonFileText } from '../../src/exports/file-writer.ts';
import { PIECE } from '../../src/exports/text-pieces.ts';

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

  it('writes a JSON file of many pieces byte for byte, with characters outside the BMP on the cuts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-writer-'));
    // The string is cut on its own, after its opening quote: the pair's first half is the last character of its first piece.
    const value = { s: `${'x'.repeat(PIECE - 2)}𠀀`, items: Array.from({ length: 5000 }, (_, i) => `第${i}项𠀀${'预算'.repeat(i % 7)}`) };
    expect(jsonFileText(value).length).toBeGreaterThan(3);
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
