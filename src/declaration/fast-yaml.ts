/**
 * A fast reader for the plain subset of YAML that declarations are written in: block mappings
 * with plain keys, block sequences (including `- key: value` items), one-line flow mappings,
 * plain, single- and double-quoted one-line scalars, and comments. It returns the same data as the
 * full reader in yaml-source.ts (numbers keep their source text unless they are plain safe
 * integers) and the offset of every node, so diagnostics can still be placed at file:line:column.
 *
 * Anything outside that subset — flow sequences, block scalars, anchors, tags, multi-line plain
 * scalars, escapes, tabs, CRLF, duplicate keys, directives — makes it return `undefined`, and the
 * caller falls back to the full `yaml` parser, which also reports every syntax error. The subset
 * is checked against the full parser on every declaration we have (test/unit/fast-yaml.test.ts).
 *
 * Why: the full parser builds a position-tracking document for every file (~11 ms for a 24 KB
 * declaration); at 10,000 declarations that alone took two minutes and ~3 GB. For the same reason
 * this reader works on offsets into the text instead of a string per line, keeps positions as one
 * array of offsets per mapping or sequence, and gives every string it keeps a copy of its own (see
 * `ownString`).
 */

export interface FastDocument {
  data: unknown;
  /** Offset of the node at `path` (or of the key node `atKey` inside it), else of its nearest existing ancestor. */
  offsetOf(path: readonly PropertyKey[], atKey?: string): number;
}

/**
 * Offsets (UTF-16, from the start of the text) of the nodes of each mapping and sequence: for a
 * mapping the key node and the value node of each key, in the order of its keys; for a sequence
 * the node of each item.
 */
type Positions = Map<object, number[]>;

class Unsupported extends Error {}

const bail = (): never => {
  throw new Unsupported();
};

/** Integers whose number prints back as written (no leading zero, no sign on zero): see numberOrSource in yaml-source.ts. */
const CANONICAL_INTEGER = /^(?:0|-?[1-9]\d*)$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
/** Core-schema forms the fast reader leaves to the full parser (octal, hex, infinities, NaN). */
const SPECIAL_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A membership test for ASCII characters, by char code. */
function asciiSet(chars: string): (c: number) => boolean {
  const set = new Uint8Array(128);
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return (c) => c < 128 && set[c] === 1;
}

/** First characters with a meaning in YAML (indicators) that the subset does not handle. */
const isIndicator = asciiSet('[]{}|>&*!%@`?,:');
/** First characters a plain value inside a flow mapping may not have. */
const isFlowIndicator = asciiSet('&*!|>%@`?"\'');
/** Characters that end a key, and a plain value, inside a flow mapping. */
const endsFlowKey = asciiSet(':,{}[]"\'#');
const endsFlowValue = asciiSet(',{}[]#');
const isPlainIndicator = asciiSet('-?:');
const PLAIN_KEY = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff-]*$/;

const TAB = 0x09;
const SPACE = 0x20;
const DQUOTE = 0x22;
const HASH = 0x23;
const SQUOTE = 0x27;
const DASH = 0x2d;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COMMA = 0x2c;

/**
 * White space around a value: YAML's, space and tab only. (Not String.prototype.trim's: U+3000, NBSP,
 * U+FEFF … are part of a YAML value.)
 */
function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/**
 * Characters the subset leaves to the full parser wherever they are: C0 and C1 controls (but tab
 * and line feed), DEL, the BOM, line and paragraph separators, non-characters and unpaired
 * surrogates. YAML gives some of them a meaning (a BOM starts a document, NEL ends a line in YAML
 * 1.1) and others are not printable.
 */
const UNUSUAL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Nesting the subset reads (declarations nest about 8 levels); deeper documents are left to the
 * full parser, which reports nesting beyond its limit (MAX_DEPTH in yaml-source.ts), instead of
 * overflowing the stack here.
 */
const MAX_FAST_DEPTH = 64;

/**
 * Keys already found valid, by length and last character. The same few dozen keys repeat in every
 * declaration, so a key is usually recognised by comparing characters, without cutting a new
 * string and testing it.
 */
const knownKeys = new Map<number, string[]>();

/** The key written at text[a, b), checked to be a plain key. */
function keyAt(text: string, a: number, b: number): string {
  const slot = (b - a) * 0x10000 + text.charCodeAt(b - 1);
  let known = knownKeys.get(slot);
  if (known) for (const k of known) if (text.startsWith(k, a)) return k;
  const key = text.slice(a, b);
  if (!PLAIN_KEY.test(key) || key === '__proto__' || NULL.test(key) || TRUE.test(key) || FALSE.test(key)) bail();
  if (!known) knownKeys.set(slot, (known = []));
  if (known.length < 8 && knownKeys.size < 4096) known.push(ownString(key, 0, key.length));
  return key;
}

/**
 * `text[a, b)` as a string of its own. V8 makes a substring of 13 or more characters a view into
 * the whole text, so one kept value would keep the whole declaration alive as long as the report
 * model lives (~30 KB a report). Reading a character of two joined parts flattens them into one
 * new string and drops the views.
 */
function ownString(text: string, a: number, b: number): string {
  if (b - a < 13) return text.slice(a, b);
  const s = text.slice(a, a + 1) + text.slice(a + 1, b);
  s.charCodeAt(0);
  return s;
}

/**
 * Short values seen lately, each kept once: declarations repeat the same names and values
 * ("产出指标", "数量指标", "=100%") on every indicator of every report. A fixed table indexed by a
 * hash of the characters, each slot holding the last value that hashed there: finding a value
 * costs no new string, and the table never grows.
 */
const SHARED_SLOTS = 1 << 14;
const SHARED_MAX_LENGTH = 64;
const shared: (string | undefined)[] = new Array<string | undefined>(SHARED_SLOTS).fill(undefined);

/** The value written at `text[a, b)`: a string shared with an equal earlier value, or a copy of its own. */
function valueString(text: string, a: number, b: number): string {
  if (b - a > SHARED_MAX_LENGTH) return ownString(text, a, b);
  let h = 0x811c9dc5;
  for (let p = a; p < b; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  const slot = (h >>> 0) & (SHARED_SLOTS - 1);
  const have = shared[slot];
  if (have !== undefined && have.length === b - a && text.startsWith(have, a)) return have;
  const own = ownString(text, a, b);
  shared[slot] = own;
  return own;
}

/** Read `text` with the fast subset reader; `undefined` when it uses anything beyond the subset. */
export function parseFastYaml(text: string): FastDocument | undefined {
  if (UNUSUAL.test(text) || text.includes('\r')) return undefined;
  const positions: Positions = new Map();
  const read = readText(text, positions);
  if (!read) return undefined;
  return { data: read.data, offsetOf: (path, atKey) => offsetIn(read.data, positions, read.rootStart, path, atKey) };
}

function offsetIn(data: unknown, positions: Positions, rootStart: number, path: readonly PropertyKey[], atKey: string | undefined): number {
  let node: unknown = data;
  let at = rootStart;
  for (const key of path) {
    const offsets = node !== null && typeof node === 'object' ? positions.get(node) : undefined;
    if (!offsets) return at;
    if (Array.isArray(node)) {
      if (typeof key !== 'number' || key < 0 || key >= node.length) return at;
      at = offsets[key]!;
      node = node[key];
    } else {
      // Keys are never integer-like (see PLAIN_KEY), so Object.keys gives them in the order they were read.
      const k = Object.keys(node as object).indexOf(String(key));
      if (k < 0) return at;
      at = offsets[2 * k + 1]!;
      node = (node as Record<string, unknown>)[String(key)];
    }
  }
  if (atKey !== undefined && node !== null && typeof node === 'object' && !Array.isArray(node)) {
    const k = Object.keys(node).indexOf(atKey);
    const offsets = positions.get(node);
    if (k >= 0 && offsets) return offsets[2 * k]!;
  }
  return at;
}

/** The data of `text`, recording the offsets of its nodes in `positions`; undefined outside the subset. */
function readText(text: string, positions: Positions): { data: unknown; rootStart: number } | undefined {
  // The lines that hold content (not blank, not comments): indent, offset of the first
  // non-space character, and end (trailing spaces and tabs left out).
  const indents: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const code = (p: number) => text.charCodeAt(p);
  let i = 0;

  /** Is line j a sequence item (`-` alone or `- …`)? */
  const isItem = (j: number) => code(starts[j]!) === DASH && (ends[j]! - starts[j]! === 1 || code(starts[j]! + 1) === SPACE);

  /** Offset after trimming whitespace at the end of [a, b). */
  const trimEnd = (a: number, b: number) => {
    while (b > a && isBlank(code(b - 1))) b--;
    return b;
  };

  /** Where `key:` ends in the line content [a, b) (relative to a), or -1 when it is not a mapping entry. */
  const keyEnd = (a: number, b: number) => {
    if (code(a) === HASH) return -1;
    for (let p = a; p < b; p++) {
      const c = code(p);
      if (c === COLON && p + 1 < b && code(p + 1) === SPACE) return p - a;
      if (c === HASH && p > a && code(p - 1) === SPACE) {
        b = p - 1;
        break;
      }
    }
    const e = trimEnd(a, b);
    return e > a && code(e - 1) === COLON ? e - 1 - a : -1;
  };

  /** A plain scalar [a, b), resolved with the core schema, keeping the text of numbers that a float would change. */
  const plainValue = (a: number, b: number): unknown => {
    // Words (most values) start with a character outside ASCII: never null, a boolean or a number.
    if (a < b && code(a) >= 0x80) return valueString(text, a, b);
    const s = valueString(text, a, b);
    if (NULL.test(s)) return null;
    if (TRUE.test(s)) return true;
    if (FALSE.test(s)) return false;
    if (SPECIAL_NUMBER.test(s)) bail();
    if (CANONICAL_INTEGER.test(s)) {
      const n = Number(s);
      if (Number.isSafeInteger(n)) return n;
    }
    return s;
  };

  /** A quoted scalar starting at a (the quote) and ending before b: its value and the offset after the closing quote. */
  const quoted = (a: number, b: number): { value: string; end: number } => {
    const q = text[a]!;
    let joined: string | undefined;
    let from = a + 1;
    for (;;) {
      const j = text.indexOf(q, from);
      if (j < 0 || j >= b) bail();
      if (q === "'" && j + 1 < b && code(j + 1) === SQUOTE) {
        // '' stands for one quote.
        joined = `${joined ?? ''}${text.slice(from, j)}'`;
        from = j + 2;
        continue;
      }
      const value = joined === undefined ? valueString(text, from, j) : ownString(joined + text.slice(from, j), 0, joined.length + j - from);
      if (q === '"' && value.includes('\\')) bail();
      return { value, end: j + 1 };
    }
  };

  /** Nothing but a comment (` #…`) may follow a quoted scalar or a flow mapping: [a, b) is what follows. */
  const onlyComment = (a: number, b: number) => {
    const e = trimEnd(a, b);
    if (a === e) return;
    let p = a;
    while (p < e && code(p) === SPACE) p++;
    if (p === a || p === e || code(p) !== HASH) bail();
  };

  /** The value of a scalar written on one line, [a, b) (trimmed at both ends). */
  const scalar = (a: number, b: number): unknown => {
    const c = code(a);
    if (c === DQUOTE || c === SQUOTE) {
      const { value, end } = quoted(a, b);
      onlyComment(end, b);
      return value;
    }
    if (isIndicator(c) || (c === DASH && (b - a === 1 || code(a + 1) === SPACE)) || c === HASH) bail();
    // One pass: a comment (` #`) ends the value; `: ` before it, a `:` at its end or a tab inside it
    // leave the line to the full parser.
    let end = b;
    let tab = b;
    for (let p = a + 1; p < b; p++) {
      const d = code(p);
      if (d === HASH && code(p - 1) === SPACE) {
        end = p - 1;
        break;
      }
      if (d === COLON && p + 1 < b && code(p + 1) === SPACE) bail();
      if (d === TAB && tab === b) tab = p;
    }
    const e = trimEnd(a, end);
    if (tab < e || code(e - 1) === COLON) bail();
    return plainValue(a, e);
  };

  /** A one-line flow mapping `{ key: value, … }` of plain or quoted scalars, [a, b) starting at the brace. */
  const flowMap = (a: number, b: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const offsets: number[] = [];
    positions.set(out, offsets);
    let j = a + 1;
    const skip = () => {
      while (j < b && isBlank(code(j))) j++;
    };
    skip();
    if (j < b && code(j) === RBRACE) j++;
    else
      for (;;) {
        skip();
        const keyStart = j;
        while (j < b && !endsFlowKey(code(j))) j++;
        if (j >= b || code(j) !== COLON || j + 1 >= b || code(j + 1) !== SPACE) bail();
        const key = keyAt(text, keyStart, trimEnd(keyStart, j));
        if (Object.hasOwn(out, key)) bail();
        j += 1;
        skip();
        const valueAt = j;
        let value: unknown;
        if (j < b && (code(j) === DQUOTE || code(j) === SQUOTE)) {
          const q = quoted(j, b);
          value = q.value;
          j = q.end;
        } else {
          while (j < b && !endsFlowValue(code(j))) j++;
          const e = trimEnd(valueAt, j);
          if (e === valueAt || isFlowIndicator(code(valueAt))) bail();
          // `-`, `?` and `:` start a plain value only when a character that is not space follows (`{ a: - }` is an error).
          if (isPlainIndicator(code(valueAt)) && (valueAt + 1 === e || isBlank(code(valueAt + 1)))) bail();
          for (let p = valueAt; p < e; p++) if (code(p) === COLON && (p + 1 === e || code(p + 1) === SPACE)) bail();
          value = plainValue(valueAt, e);
        }
        out[key] = value;
        offsets.push(keyStart, valueAt);
        skip();
        if (j < b && code(j) === COMMA) {
          j++;
          skip();
          if (j < b && code(j) === RBRACE) bail(); // trailing comma
          continue;
        }
        if (j < b && code(j) === RBRACE) {
          j++;
          break;
        }
        bail();
      }
    onlyComment(j, b);
    return out;
  };

  /** A block node starting at line i with indent `indent`. */
  const block = (indent: number): unknown => (isItem(i) ? sequence(indent) : mapping(indent));

  /** Does the rest of a line, [a, b), leave the value to the lines below (nothing, or only a comment)? */
  const valueBelow = (a: number, b: number) => a === b || code(a) === HASH;

  /** Offset of the value node after `key:` or `- ` (rest of the line [a, b)), before the value is read. */
  const valueStart = (a: number, b: number) => (valueBelow(a, b) && i < starts.length ? starts[i]! : a);

  /** The value after `key:` or `- ` (rest of the line [a, b)): nested block, or a one-line scalar or flow mapping. */
  const valueAfter = (parentIndent: number, a: number, b: number, inSequence: boolean): unknown => {
    if (valueBelow(a, b)) {
      if (i < starts.length && (indents[i]! > parentIndent || (!inSequence && indents[i] === parentIndent && isItem(i)))) return block(indents[i]!);
      // An empty value: the full parser places its (null) node where the value would start; leave it to it.
      return bail();
    }
    const value = code(a) === LBRACE ? flowMap(a, b) : scalar(a, b);
    if (i < starts.length && indents[i]! > parentIndent) bail(); // a multi-line scalar or a misplaced block
    return value;
  };

  let depth = 0;

  function mapping(indent: number): Record<string, unknown> {
    if (++depth > MAX_FAST_DEPTH) bail();
    const out: Record<string, unknown> = {};
    const offsets: number[] = [];
    positions.set(out, offsets);
    while (i < starts.length) {
      const lineIndent = indents[i]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent || isItem(i)) bail();
      const start = starts[i]!;
      const end = ends[i]!;
      const k = keyEnd(start, end);
      if (k <= 0) bail();
      const key = keyAt(text, start, start + k);
      if (Object.hasOwn(out, key)) bail();
      let restStart = start + k + 1;
      while (restStart < end && isBlank(code(restStart))) restStart++;
      i++;
      offsets.push(start, valueStart(restStart, end));
      out[key] = valueAfter(indent, restStart, end, false);
    }
    depth--;
    return out;
  }

  function sequence(indent: number): unknown[] {
    if (++depth > MAX_FAST_DEPTH) bail();
    const out: unknown[] = [];
    const offsets: number[] = [];
    positions.set(out, offsets);
    while (i < starts.length) {
      const lineIndent = indents[i]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent || !isItem(i)) {
        if (lineIndent === indent) break; // a key of the enclosing mapping (`key:\n- a\nnext:`)
        bail();
      }
      const start = starts[i]!;
      const end = ends[i]!;
      let restStart = start + 1;
      while (restStart < end && isBlank(code(restStart))) restStart++;
      const c = code(restStart);
      if (restStart < end && c === DASH && (end - restStart === 1 || code(restStart + 1) === SPACE)) bail();
      if (restStart < end && c !== HASH && c !== DQUOTE && c !== SQUOTE && c !== LBRACE && keyEnd(restStart, end) > 0) {
        // `- key: value`: the item is a mapping whose keys line up with `key`.
        indents[i] = lineIndent + (restStart - start);
        starts[i] = restStart;
        out.push(mapping(indents[i]!));
        offsets.push(restStart);
        continue;
      }
      i++;
      offsets.push(valueStart(restStart, end));
      out.push(valueAfter(indent, restStart, end, true));
    }
    depth--;
    return out;
  }

  try {
    for (let offset = 0; offset <= text.length; ) {
      let end = text.indexOf('\n', offset);
      if (end < 0) end = text.length;
      let s = offset;
      while (s < end && code(s) === SPACE) s++;
      if (s < end) {
        const c = code(s);
        if (c === TAB) bail();
        if (c !== HASH) {
          if (s === offset && (text.startsWith('---', s) || text.startsWith('...', s) || c === 0x25)) bail();
          indents.push(s - offset);
          starts.push(s);
          ends.push(trimEnd(s, end));
        }
      }
      offset = end + 1;
    }
    if (starts.length === 0) return undefined;
    if (indents[0] !== 0) bail();
    // (Before reading: a `- key:` line's start moves to its key.)
    const rootStart = starts[0]!;
    const data = block(0);
    if (i !== starts.length) bail();
    return { data, rootStart };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
