/** Page parts handed to Astro as bytes (src/site/html-pieces.ts). */
import { describe, expect, it } from 'vitest';
import { htmlBytes, htmlPieces } from '../../src/site/html-pieces.ts';

describe('htmlBytes', () => {
  it('gives the UTF-8 of the HTML, surrogate pairs whole', () => {
    expect([...htmlBytes('<td>𠀀元</td>')]).toEqual([...Buffer.from('<td>𠀀元</td>')]);
  });
});

describe('htmlPieces', () => {
  it('gives one UTF-8 array per part, which decode back to the same HTML', () => {
    const parts = ['<section id="p-1"><h3>项目 1：维权服务经费</h3></section>', '', '<p>𠀀 &amp; 😀</p>'];
    const pieces = htmlPieces(parts);
    expect(pieces).toHaveLength(3);
    for (const p of pieces) expect(p).toBeInstanceOf(Uint8Array);
    expect(pieces.map((p) => new TextDecoder().decode(p))).toEqual(parts);
    expect(pieces[0]!.byteLength).toBe(Buffer.byteLength(parts[0]!));
  });
});
