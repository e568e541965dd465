/**
 * Parts of a page's HTML for `set:html`, handed to Astro as UTF-8 bytes, one piece per part. The
 * build streams each page (src/build/streamed-pages.ts), and Astro joins the text written between
 * two awaits into one string before encoding it; a report's project sections alone are ~50,000
 * characters, which V8 copies into one flat two-byte string on freshly mapped memory before
 * encoding. Bytes pass through as they are: each piece is encoded from the flat string it already is.
 */
const encoder = new TextEncoder();

/** `pieces` (trusted HTML: already escaped by the `*-html.ts` modules) as bytes, one array each. */
export function htmlPieces(pieces: readonly string[]): Uint8Array[] {
  return pieces.map((p) => encoder.encode(p));
}
