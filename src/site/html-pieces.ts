/**
 * Parts of a page's HTML for `set:html`, handed to Astro as UTF-8 bytes, one piece per part. The
 * build streams each page (src/build/streamed-pages.ts), and Astro joins the text written between
 * two awaits into one string before encoding it; a report's project sections alone are ~50,000
 * characters, and a comparison's tables more, which V8 copies into one flat two-byte string on
 * freshly mapped memory before encoding. Bytes pass through as they are, each piece encoded from
 * the flat string it already is: at 1,000 reports, 3 encodings of more than 64 Ki characters
 * remain of 582 (BENCHMARKS.md).
 */
const encoder = new TextEncoder();

/** `html` (trusted: already escaped by the `*-html.ts` modules) as one piece of bytes. */
export function htmlBytes(html: string): Uint8Array {
  return encoder.encode(html);
}

/** Each of `pieces` (trusted HTML, as for `htmlBytes`) as bytes, one array each. */
export function htmlPieces(pieces: readonly string[]): Uint8Array[] {
  return pieces.map(htmlBytes);
}
