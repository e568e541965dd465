/**
 * Text for the file writer's worker in pieces small enough for the young generation. A string of
 * more than 64 Ki UTF-16 units is a large object, which V8 puts on freshly mapped memory, every
 * time and on each thread it passes through: at 1,000 reports the exports took ~50,000 page faults
 * that way, each dear on a virtual machine (~14 µs here, BENCHMARKS.md).
 */

/** Characters in one piece (a piece may run one character over, to keep a surrogate pair whole). */
export const PIECE = 1 << 15;

/** `text` in pieces of about PIECE characters (none empty), never splitting a surrogate pair. */
export function textPieces(text: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PIECE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * `JSON.stringify(value)` in pieces (as `textPieces`), made without holding the whole text at
 * once: the members of objects and arrays down to `depth` levels are stringified one by one, and
 * the results gathered into pieces. The same text as JSON.stringify for JSON data: plain objects,
 * arrays, strings, numbers, booleans and null.
 */
export function jsonPieces(value: object, depth = 3): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let runLength = 0;
  const flush = () => {
    if (runLength > 0) out.push(...textPieces(run.join('')));
    run = [];
    runLength = 0;
  };
  const add = (s: string) => {
    if (runLength + s.length > PIECE) flush();
    run.push(s);
    runLength += s.length;
  };
  const walk = (v: unknown, d: number): void => {
    if (d === 0 || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      add(JSON.stringify(v));
    } else if (Array.isArray(v)) {
      add('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) add(',');
        if (skipped(v[i])) add('null');
        else walk(v[i], d - 1);
      }
      add(']');
    } else {
      let sep = '{';
      for (const [k, x] of Object.entries(v)) {
        if (skipped(x)) continue;
        add(`${sep}${JSON.stringify(k)}:`);
        sep = ',';
        walk(x, d - 1);
      }
      add(sep === '{' ? '{}' : '}');
    }
  };
  walk(value, depth);
  flush();
  return out;
}
