/**
 * Read a YAML (or JSON) declaration keeping what a float parser would lose: the exact source
 * text of every number ("83.00" stays "83.00") and the position of every node, so problems can
 * be reported at file:line:column.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';
import { parseFastYaml } from './fast-yaml.ts';

export interface SourceDocument {
  file: string;
  text: string;
  data: unknown;
  /** Syntax errors; when there are any, `data` is not usable. */
  syntaxErrors: Diagnostic[];
  /** Line and column (1-based) of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[], atKey?: string): { line: number; column: number };
}

const PLAIN_INTEGER = /^-?\d+$/;

/**
 * Parse `text` (the content of `file`) into plain data with numbers kept as their source text where
 * needed. Declarations in the plain subset of YAML take the fast path (fast-yaml.ts); anything
 * else, including every file with a syntax error, goes through the full parser.
 */
export function parseSource(file: string, text: string): SourceDocument {
  const fast = parseFastYaml(text);
  if (!fast) return parseSourceFull(file, text);
  let lineStarts: number[] | undefined;
  const pos = (offset: number) => {
    lineStarts ??= lineStartsOf(text);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  return { file, text, data: fast.data, syntaxErrors: [], locate: (path, atKey) => pos(fast.offsetOf(path, atKey)) };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The full parser: a position-tracking `yaml` document (slower; every YAML feature, every syntax error). */
export function parseSourceFull(file: string, text: string): SourceDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const syntaxErrors: Diagnostic[] = doc.errors.map((e) => ({
    file,
    ...pos(e.pos[0]),
    field: '',
    severity: 'error',
    message: `YAML 语法错误：${yamlErrorMessage(e.code, e.message)}`,
  }));
  // Decimal text must survive: a float or a huge integer becomes the string the author wrote.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && node.range) {
        const source = text.slice(node.range[0], node.range[1]).trim();
        if (!PLAIN_INTEGER.test(source) || !Number.isSafeInteger(node.value)) node.value = source;
      }
    },
  });
  return {
    file,
    text,
    data: syntaxErrors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    syntaxErrors,
    locate(path, atKey) {
      const node = nearestNode(doc, path, atKey);
      return pos(node?.range?.[0] ?? 0);
    },
  };
}

/** The node at `path` (or the key node `atKey` inside it), else the deepest ancestor that exists. */
function nearestNode(doc: Document, path: readonly PropertyKey[], atKey?: string): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    const next = child(node, key);
    if (!next) return node as Node;
    node = next;
  }
  if (atKey !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === atKey);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return node as Node;
}

function child(node: unknown, key: PropertyKey): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    return (pair?.value ?? pair?.key) as Node | undefined;
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key] as Node | undefined;
  return undefined;
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一层级出现重复的键',
  BAD_INDENT: '缩进不正确',
  MISSING_CHAR: '缺少字符（如引号或括号未闭合）',
  BLOCK_AS_IMPLICIT_KEY: '缩进不正确或缺少冒号',
  MULTILINE_IMPLICIT_KEY: '键不能跨行（是否缺少冒号或缩进错误？）',
  TAB_AS_INDENT: '缩进不能用制表符（Tab），请用空格',
  UNEXPECTED_TOKEN: '出现意外的符号',
  BAD_SCALAR_START: '值的开头不合法（以 @ ` 等开头的文字请加引号）',
};

function yamlErrorMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `${YAML_ERRORS[code] ?? '无法解析'}（${code}: ${first}）`;
}
