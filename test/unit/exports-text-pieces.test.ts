/** Text cut into pieces for the file writer (src/exports/text-pieces.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, PIECE, textPieces } from '../../src/exports/text-pieces.ts';

describe('text pieces', () => {
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
    // One string longer than a piece is cut too.
    expect(jsonPieces({ long: 'x'.repeat(3 * PIECE) }).map((p) => p.length)).toEqual([8, PIECE, PIECE, PIECE, 2, 1]);
  });
});
