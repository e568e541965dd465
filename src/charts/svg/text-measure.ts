/**
 * Text width estimates for layout without a browser: label truncation, axis-label wrapping,
 * legend rows and pie-label placement.
 *
 * The static SVG is drawn by the reader's browser with a system CJK font, so exact widths are not
 * known at build time. This uses the estimate zrender itself falls back to without a canvas (an
 * Arial-like table for ASCII, one em for everything else, which is right for CJK ideographs and
 * full-width punctuation), so the static chart lays out its text the way the server-side ECharts
 * render did.
 */

/** Default font size of chart text, px. */
export const FONT_SIZE = 12;

/**
 * Advance widths of ASCII 32..126 in hundredths of an em, encoded one character each as
 * `code - 20` (zrender's DEFAULT_TEXT_WIDTH_MAP: Arial/Helvetica metrics).
 */
const ASCII_WIDTHS = "007LLmW'55;N0500LLLLLLLLLL00NNNLzWW\\\\WQb\\0FWLg\\bWb\\WQ\\WrWWQ000CL5LLFLL0LL**F*gLLLL5F0LF\\FFF5.5N";

const ASCII_EM: number[] = [...ASCII_WIDTHS].map((c) => (c.charCodeAt(0) - 20) / 100);

/** Width in px of one character (by code point) at `fontSize`. */
export function charWidth(code: number, fontSize: number = FONT_SIZE): number {
  const em = code >= 32 && code <= 126 ? ASCII_EM[code - 32]! : 1;
  return em * fontSize;
}

/** Estimated width in px of a single line of text at `fontSize` (default 12px). */
export function measureText(s: string, fontSize: number = FONT_SIZE): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!, fontSize);
  return w;
}

/**
 * A published figure with its unit ("2,208.40 万元", "30%"). Truncation never cuts into one: a
 * cut amount ("2,2…") would misstate it.
 */
const FIGURE = /[-+]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|%)/g;

/**
 * Fit one line into `maxWidth` px the way zrender's `overflow: 'truncate'` does (the line keeps
 * its longest prefix that fits with the ellipsis), except that a cut never falls inside a figure
 * (`FIGURE`): the line is cut before the figure instead, and when nothing would remain before it,
 * the line is dropped (`undefined`).
 */
export function truncateLine(line: string, maxWidth: number, ellipsis = '…', fontSize: number = FONT_SIZE): string | undefined {
  // zrender keeps a 1px margin.
  const container = Math.max(0, maxWidth - 1);
  if (measureText(line, fontSize) <= container) return line;
  let ell = ellipsis;
  let ellWidth = measureText(ell, fontSize);
  if (ellWidth > container) {
    ell = '';
    ellWidth = 0;
  }
  const chars = [...line];
  let cut = 0;
  let w = 0;
  for (const ch of chars) {
    const cw = charWidth(ch.codePointAt(0)!, fontSize);
    if (w + cw + ellWidth > container) break;
    w += cw;
    cut++;
  }
  // Positions in UTF-16 units, as the regex reports them.
  let cutIndex = chars.slice(0, cut).join('').length;
  for (const m of line.matchAll(FIGURE)) {
    const start = m.index;
    if (cutIndex > start && cutIndex < start + m[0].length) cutIndex = start;
  }
  const kept = line.slice(0, cutIndex).trimEnd();
  return kept === '' ? undefined : kept + ell;
}

function isWordChar(ch: string): boolean {
  // zrender's isAlphabeticLetter minus its break characters: Latin, Greek, Cyrillic … letters,
  // digits and ASCII punctuation stay together; CJK characters each stand alone.
  const c = ch.codePointAt(0)!;
  const alphabetic = (c >= 0x20 && c <= 0x24f) || (c >= 0x370 && c <= 0x10ff) || (c >= 0x1200 && c <= 0x13ff) || (c >= 0x1e00 && c <= 0x206f);
  return alphabetic && !',&?/;] '.includes(ch);
}

/**
 * Wrap text into lines of at most `width` px (ECharts' `overflow: 'break'`): breaks between CJK
 * characters and between words; a word longer than a line is split. Explicit `\n` are kept.
 */
export function wrapText(text: string, width: number, fontSize: number = FONT_SIZE): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Tokens: whole words, or single other characters.
    const tokens: string[] = [];
    let word = '';
    for (const ch of paragraph) {
      if (isWordChar(ch)) {
        word += ch;
        continue;
      }
      if (word) tokens.push(word);
      word = '';
      tokens.push(ch);
    }
    if (word) tokens.push(word);
    let line = '';
    let lineWidth = 0;
    for (const token of tokens) {
      const tw = measureText(token, fontSize);
      if (lineWidth + tw <= width) {
        line += token;
        lineWidth += tw;
        continue;
      }
      if (line) out.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      if (tw <= width) {
        if (token !== ' ') {
          line = token;
          lineWidth = tw;
        }
        continue;
      }
      // A word wider than a line: split it by character.
      for (const ch of token) {
        const cw = charWidth(ch.codePointAt(0)!, fontSize);
        if (line && lineWidth + cw > width) {
          out.push(line);
          line = '';
          lineWidth = 0;
        }
        line += ch;
        lineWidth += cw;
      }
    }
    if (line || out.length === 0) out.push(line.trimEnd());
  }
  return out;
}
