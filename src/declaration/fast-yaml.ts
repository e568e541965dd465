/**
 * A fast reader for the plain subset of YAML that declarations are written in: block mappings
 * with plain keys, block sequences (including `- key: value` items), plain, single- and
 * double-quoted one-line scalars, and comments. It returns the same data as the full reader in
 * yaml-source.ts (numbers keep their source text unless they are plain safe integers) and the
 * offset of every node, so diagnostics can still be placed at file:line:column.
 *
 * Anything outside that subset — flow collections, block scalars, anchors, tags, multi-line plain
 * scalars, escapes, tabs, CRLF, duplicate keys, directives — makes it return `undefined`, and the
 * caller falls back to the full `yaml` parser, which also reports every syntax error. The subset
 * is checked against the full parser on every declaration we have (test/unit/fast-yaml.test.ts).
 *
 * Why: the full parser builds a position-tracking document for every file (~11 ms for a 24 KB
 * declaration); at 10,000 declarations that alone took two minutes and ~3 GB.
 */

/** Offsets (UTF-16, from the start of the text) of the nodes of one mapping or sequence. */
interface ContainerPositions {
  /** Value node of each key (mapping) or each item (sequence). */
  values: Map<string, number> | number[];
  /** Key node of each key (mapping only). */
  keys?: Map<string, number>;
}

export interface FastDocument {
  data: unknown;
  /** Offset of the node at `path` (or of the key node `atKey` inside it), else of its nearest existing ancestor. */
  offsetOf(path: readonly PropertyKey[], atKey?: string): number;
}

interface Line {
  indent: number;
  /** Offset of the first non-space character. */
  start: number;
  /** The line from its first non-space character, without the newline. */
  content: string;
}

class Unsupported extends Error {}

const bail = (): never => {
  throw new Unsupported();
};

const PLAIN_INTEGER = /^-?\d+$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Core-schema forms the fast reader leaves to the full parser (octal, hex, infinities, NaN). */
const SPECIAL_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** First characters with a meaning in YAML (indicators) that the subset does not handle. */
const INDICATOR = /^[[\]{}|>&*!%@`?,:]/;
const PLAIN_KEY = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff-]*$/;

/** Resolve a plain scalar with the core schema, keeping the text of numbers that a float would change. */
function plainValue(s: string): unknown {
  if (NULL.test(s)) return null;
  if (TRUE.test(s)) return true;
  if (FALSE.test(s)) return false;
  if (SPECIAL_NUMBER.test(s)) bail();
  if (INT.test(s) || FLOAT.test(s)) {
    if (PLAIN_INTEGER.test(s)) {
      const n = Number(s);
      if (Number.isSafeInteger(n)) return n;
    }
    return s;
  }
  return s;
}

/** Index of a comment (` #` or a leading `#`) in `s`, or -1. */
function commentAt(s: string): number {
  if (s.startsWith('#')) return 0;
  const i = s.search(/[ ]#/);
  return i < 0 ? -1 : i;
}

/** The value of a scalar written on one line (`s` is trimmed at the start). */
function scalar(s: string): unknown {
  const q = s[0];
  if (q === '"' || q === "'") {
    let out = '';
    let i = 1;
    for (;;) {
      const j = s.indexOf(q, i);
      if (j < 0) bail();
      out += s.slice(i, j);
      if (q === "'" && s[j + 1] === "'") {
        out += "'";
        i = j + 2;
        continue;
      }
      i = j + 1;
      break;
    }
    if (q === '"' && out.includes('\\')) bail();
    const rest = s.slice(i).trimEnd();
    if (rest !== '' && !/^ +#/.test(rest)) bail();
    return out;
  }
  if (INDICATOR.test(s) || s.startsWith('- ') || s === '-' || s.startsWith('#') || s.startsWith('"') || s.startsWith("'")) bail();
  const c = commentAt(s);
  const text = (c < 0 ? s : s.slice(0, c)).trimEnd();
  if (text.includes(': ') || text.endsWith(':') || text.includes('\t')) bail();
  return plainValue(text);
}

/** Where a `key:` ends in `content`, or -1 when the line is not a mapping entry. */
function keyEnd(content: string): number {
  const c = commentAt(content);
  const body = c < 0 ? content : content.slice(0, c);
  const i = body.indexOf(': ');
  if (i >= 0) return i;
  const t = body.trimEnd();
  return t.endsWith(':') ? t.length - 1 : -1;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  while (offset <= text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const raw = text.slice(offset, end);
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const content = raw.slice(indent);
    if (content.startsWith('\t') || (content === '' && raw.includes('\t'))) bail();
    if (content !== '' && !content.startsWith('#')) {
      if (indent === 0 && (content.startsWith('---') || content.startsWith('...') || content.startsWith('%'))) bail();
      lines.push({ indent, start: offset + indent, content: content.trimEnd() });
    }
    offset = end + 1;
  }
  return lines;
}

/** Read `text` with the fast subset reader; `undefined` when it uses anything beyond the subset. */
export function parseFastYaml(text: string): FastDocument | undefined {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  const positions = new WeakMap<object, ContainerPositions>();
  let lines: Line[];
  try {
    lines = splitLines(text);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  let i = 0;

  const isItem = (l: Line) => l.content === '-' || l.content.startsWith('- ');

  /** A block node starting at line i with indent `indent`. */
  const block = (indent: number): unknown => (isItem(lines[i]!) ? sequence(indent) : mapping(indent));

  /** A one-line flow mapping `{ key: value, … }` of plain or quoted scalars starting at offset `start`. */
  function flowMap(s: string, start: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const values = new Map<string, number>();
    const keys = new Map<string, number>();
    positions.set(out, { values, keys });
    let j = 1;
    const skip = () => {
      while (s[j] === ' ') j++;
    };
    skip();
    if (s[j] === '}') j++;
    else
      for (;;) {
        skip();
        const keyAt = j;
        while (j < s.length && !':,{}[]"\'#'.includes(s[j]!)) j++;
        const key = s.slice(keyAt, j).trimEnd();
        if (s[j] !== ':' || s[j + 1] !== ' ' || !PLAIN_KEY.test(key) || key === '__proto__' || NULL.test(key) || TRUE.test(key) || FALSE.test(key) || keys.has(key)) bail();
        j += 1;
        skip();
        const valueAt = j;
        let value: unknown;
        if (s[j] === '"' || s[j] === "'") {
          const q = s[j]!;
          let text = '';
          j++;
          for (;;) {
            const e = s.indexOf(q, j);
            if (e < 0) bail();
            text += s.slice(j, e);
            j = e + 1;
            if (q === "'" && s[j] === "'") {
              text += "'";
              j++;
              continue;
            }
            break;
          }
          if (q === '"' && text.includes('\\')) bail();
          value = text;
        } else {
          while (j < s.length && !',{}[]#'.includes(s[j]!)) j++;
          const text = s.slice(valueAt, j).trimEnd();
          if (text === '' || text.includes(': ') || text.endsWith(':') || /^[&*!|>%@`?"']/.test(text)) bail();
          value = plainValue(text);
        }
        out[key] = value;
        keys.set(key, start + keyAt);
        values.set(key, start + valueAt);
        skip();
        if (s[j] === ',') {
          j++;
          skip();
          if (s[j] === '}') bail(); // trailing comma
          continue;
        }
        if (s[j] === '}') {
          j++;
          break;
        }
        bail();
      }
    const rest = s.slice(j).trimEnd();
    if (rest !== '' && !/^ +#/.test(rest)) bail();
    return out;
  }

  /** The value after `key:` or `- ` at `line`: nested block, null or a one-line scalar. */
  const valueAfter = (parentIndent: number, rest: string, restStart: number, inSequence: boolean): { value: unknown; at: number } => {
    if (rest === '' || rest.startsWith('#')) {
      const next = lines[i];
      if (next && (next.indent > parentIndent || (!inSequence && next.indent === parentIndent && isItem(next)))) {
        return { value: block(next.indent), at: next.start };
      }
      // An empty value: the full parser places its (null) node where the value would start; leave it to it.
      return bail();
    }
    const value = rest.startsWith('{') ? flowMap(rest, restStart) : scalar(rest);
    const next = lines[i];
    if (next && next.indent > parentIndent) bail(); // a multi-line scalar or a misplaced block
    return { value, at: restStart };
  };

  function mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const values = new Map<string, number>();
    const keys = new Map<string, number>();
    positions.set(out, { values, keys });
    while (i < lines.length) {
      const line = lines[i]!;
      if (line.indent < indent) break;
      if (line.indent > indent || isItem(line)) bail();
      const k = keyEnd(line.content);
      if (k <= 0) bail();
      const key = line.content.slice(0, k);
      if (!PLAIN_KEY.test(key) || key === '__proto__' || NULL.test(key) || TRUE.test(key) || FALSE.test(key) || keys.has(key)) bail();
      let restStart = line.start + k + 1;
      let rest = line.content.slice(k + 1);
      const lead = rest.length - rest.trimStart().length;
      rest = rest.trimStart();
      restStart += lead;
      i++;
      const { value, at } = valueAfter(indent, rest, restStart, false);
      out[key] = value;
      keys.set(key, line.start);
      values.set(key, at);
    }
    return out;
  }

  function sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const values: number[] = [];
    positions.set(out, { values });
    while (i < lines.length) {
      const line = lines[i]!;
      if (line.indent < indent) break;
      if (line.indent > indent || !isItem(line)) {
        if (line.indent === indent) break; // a key of the enclosing mapping (`key:\n- a\nnext:`)
        bail();
      }
      const rest = line.content.slice(1).trimStart();
      const restStart = line.start + (line.content.length - rest.length);
      if (rest.startsWith('- ') || rest === '-') bail();
      if (rest !== '' && !rest.startsWith('#') && !rest.startsWith('"') && !rest.startsWith("'") && !rest.startsWith('{') && keyEnd(rest) > 0) {
        // `- key: value`: the item is a mapping whose keys line up with `key`.
        lines[i] = { indent: line.indent + (restStart - line.start), start: restStart, content: rest };
        const before = lines[i]!.indent;
        out.push(mapping(before));
        values.push(restStart);
        continue;
      }
      i++;
      const { value, at } = valueAfter(indent, rest, restStart, true);
      out.push(value);
      values.push(at);
    }
    return out;
  }

  let data: unknown;
  try {
    if (lines.length === 0) return undefined;
    if (lines[0]!.indent !== 0) bail();
    data = block(0);
    if (i !== lines.length) bail();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const rootStart = lines[0]!.start;
  return {
    data,
    offsetOf(path, atKey) {
      let node: unknown = data;
      let at = rootStart;
      for (const key of path) {
        const pos = node !== null && typeof node === 'object' ? positions.get(node) : undefined;
        if (!pos) return at;
        if (Array.isArray(node)) {
          if (typeof key !== 'number' || key < 0 || key >= node.length) return at;
          at = (pos.values as number[])[key]!;
          node = node[key];
        } else {
          const k = String(key);
          const v = (pos.values as Map<string, number>).get(k);
          if (v === undefined) return at;
          at = v;
          node = (node as Record<string, unknown>)[k];
        }
      }
      if (atKey !== undefined && node !== null && typeof node === 'object' && !Array.isArray(node)) {
        const k = positions.get(node)?.keys?.get(atKey);
        if (k !== undefined) return k;
      }
      return at;
    },
  };
}
