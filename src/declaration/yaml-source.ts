/**
 * Read a YAML (or JSON) declaration keeping what a float parser would lose: the exact source
 * text of every number ("83.00" stays "83.00") and the position of every node, so problems can
 * be reported at file:line:column.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, visit, type CST, type Document, type Node } from 'yaml';
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

/**
 * Limits on what one declaration may make the reader do (real declarations nest about 8 levels and
 * use few aliases, if any). Deeper nesting overflows the stack of the parser and of everything
 * after it; aliases expand into copies of what they name, so a few lines of nested aliases (an
 * "alias bomb") can stand for billions of values. A few hundred aliases of an ordinary anchor pass.
 */
export const MAX_DEPTH = 100;
export const MAX_ALIAS_VALUES = 100_000;

/**
 * A number is kept as a number only when printing it gives back what was written (2024, -5);
 * every other number keeps its source text: decimals ("83.00"), leading zeros ("010101"), "-0",
 * "+1", "1e3", "0x1F", "2024.0", integers beyond 2^53.
 */
export function numberOrSource(value: number, source: string): number | string {
  return Number.isSafeInteger(value) && String(value) === source ? value : source;
}

/**
 * Parse `text` (the content of `file`) into plain data with numbers kept as their source text where
 * needed. Declarations in the plain subset of YAML take the fast path (fast-yaml.ts); anything
 * else, including every file with a syntax error, goes through the full parser.
 */
export function parseSource(file: string, text: string): SourceDocument {
  if (/\.json$/i.test(file)) {
    const notJson = jsonError(file, text);
    if (notJson) return { file, text, data: undefined, syntaxErrors: [notJson], locate: () => notJson };
  }
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

/** A `.json` declaration must be JSON (else it is YAML under the wrong name, or broken JSON). */
function jsonError(file: string, text: string): Diagnostic | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    // V8 gives "… at position 8 (line 1 column 9)" for most errors, no position for a few.
    const at = /\(line (\d+) column (\d+)\)/.exec((e as Error).message);
    return {
      file,
      line: at ? Number(at[1]) : 1,
      column: at ? Number(at[2]) : 1,
      field: '',
      severity: 'error',
      message: `文件名是 .json，但内容不是 JSON${at ? '（此处出错）' : ''}：如果它是 YAML，请改名为 .yaml；如果是 JSON，请修改${at ? '此处' : '语法'}`,
    };
  }
}

/** The full parser: a position-tracking `yaml` document (slower; every YAML feature, every syntax error). */
export function parseSourceFull(file: string, text: string): SourceDocument {
  const lineCounter = new LineCounter();
  // logLevel 'error': the yaml package would print its warnings (quoting the file) to the terminal itself.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // The parser's stack runs out only on nesting far beyond MAX_DEPTH: say where MAX_DEPTH was passed.
  const tooDeep = doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION') ? tooDeepAt(text) : undefined;
  const syntaxErrors: Diagnostic[] =
    tooDeep !== undefined
      ? [{ file, ...pos(tooDeep), field: '', severity: 'error', message: DEPTH_MESSAGE }]
      : doc.errors.map((e) => ({
          file,
          ...pos(e.pos[0]),
          field: '',
          severity: 'error',
          message: `YAML 语法错误：${yamlErrorMessage(e.code, e.message)}`,
        }));
  const limit = syntaxErrors.length ? undefined : beyondLimits(doc);
  if (limit) syntaxErrors.push({ file, ...pos(limit.offset), field: '', severity: 'error', message: limit.message });
  else if (!syntaxErrors.length) {
    // Decimal text must survive: a float or a huge integer becomes the string the author wrote.
    visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value === 'number' && node.range) node.value = numberOrSource(node.value, text.slice(node.range[0], node.range[1]).trim());
      },
    });
  }
  return {
    file,
    text,
    // Aliases were counted above (beyondLimits), so the yaml package's own count is not needed.
    data: syntaxErrors.length ? undefined : doc.toJS({ maxAliasCount: -1 }),
    syntaxErrors,
    locate(path, atKey) {
      const node = nearestNode(doc, path, atKey);
      return pos(node?.range?.[0] ?? 0);
    },
  };
}

const DEPTH_MESSAGE = `嵌套层级太深：声明最多嵌套 ${MAX_DEPTH} 层（键下的键、列表中的列表）`;

class LimitHit {
  readonly offset: number;
  readonly message: string;
  constructor(offset: number, message: string) {
    this.offset = offset;
    this.message = message;
  }
}

/** The first place where `doc` goes beyond MAX_DEPTH or MAX_ALIAS_VALUES, with a message. */
function beyondLimits(doc: Document): { offset: number; message: string } | undefined {
  // Depth first, without recursion, so that the recursive walks after it (ours, toJS, zod) are safe;
  // children are pushed last to first, so the first place found is the first in the file.
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_DEPTH) return { offset: node.range?.[0] ?? 0, message: DEPTH_MESSAGE };
      for (let k = node.items.length - 1; k >= 0; k--) {
        const item = node.items[k];
        if (isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    }
  }
  // Then the values aliases add once expanded: an alias stands for the whole node of its anchor.
  const IN_PROGRESS = -1;
  const anchors = new Map<string, number>();
  let added = 0;
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const n = anchors.get(node.source);
      const at = node.range?.[0] ?? 0;
      if (n === undefined) throw new LimitHit(at, `别名 *${node.source} 之前没有对应的锚点 &${node.source}`);
      if (n === IN_PROGRESS) throw new LimitHit(at, `别名 *${node.source} 在它自己的锚点 &${node.source} 之内（循环引用）`);
      added += n;
      if (added > MAX_ALIAS_VALUES) {
        throw new LimitHit(at, `别名展开后的内容太多：一份声明中的别名（*名称）展开后最多可增加 ${MAX_ALIAS_VALUES.toLocaleString('en-US')} 个值，到此处已超过（嵌套的锚点和别名会成倍展开）`);
      }
      return n;
    }
    const anchor = (isMap(node) || isSeq(node) || isScalar(node)) && node.anchor ? node.anchor : undefined;
    if (anchor) anchors.set(anchor, IN_PROGRESS);
    let n = 1;
    if (isMap(node) || isSeq(node)) for (const item of node.items) n += isPair(item) ? size(item.key) + size(item.value) : size(item);
    if (anchor) anchors.set(anchor, n);
    return n;
  };
  try {
    size(doc.contents);
    return undefined;
  } catch (e) {
    if (e instanceof LimitHit) return e;
    throw e;
  }
}

/** Offset of the first collection nested deeper than MAX_DEPTH, found in the parser's token tree without recursion. */
function tooDeepAt(text: string): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document' && token.value) stack.push([token.value, 0]);
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection') {
        if (depth >= MAX_DEPTH) return node.offset;
        for (let k = node.items.length - 1; k >= 0; k--) {
          const item = node.items[k]!;
          if (item.value) stack.push([item.value, depth + 1]);
          if (item.key) stack.push([item.key, depth + 1]);
        }
      }
    }
  }
  return undefined;
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
