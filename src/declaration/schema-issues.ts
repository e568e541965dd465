/**
 * Turn zod issues into diagnostics a publisher can act on: field path first, what was expected,
 * what was found, in Chinese (zod's own zh-CN locale, with the few gaps it leaves filled).
 */
import { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import { formatPath } from './diagnostic.ts';
import type { SourceDocument } from './yaml-source.ts';

z.config(z.locales.zhCN());

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值',
  object: '对象（键: 值）',
  array: '列表（- 项）',
  null: '空值(null)',
  undefined: '（缺失）',
};

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Short quotation of what was found, for the end of a message. */
function quote(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'string') return String(value);
    const chars = [...value];
    const shown = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value;
    // Controls and invisible characters are escaped where every diagnostic is printed (formatDiagnostic).
    return `"${shown}"`;
  }
  return TYPE_NAMES[typeName(value)] ?? typeName(value);
}

/** A number as text, as the loader keeps a number it cannot hold exactly: 2024.0, 1e20, 0x10 … */
const NUMBER_TEXT = /^[-+]?(\d[\d_]*\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?0[xob][\da-fA-F_]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;

/**
 * What is wrong with a number the loader kept as text. Every number a declaration holds is a whole
 * number (years, months, counts, see src/model/schema.ts), so the text is either not whole or too
 * large to be held exactly.
 */
function numberTextMessage(text: string): string | undefined {
  if (!NUMBER_TEXT.test(text)) return undefined;
  const n = Number(text.replace(/_/g, ''));
  // The loader keeps plain whole numbers as numbers: such text was written in quotes.
  if (/^-?\d+$/.test(text) && Number.isSafeInteger(n)) return `类型不对：应为数字，实际为文本 "${text}"（请去掉引号）`;
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return `数值过大：应为不超过 ${Number.MAX_SAFE_INTEGER} 的整数，实际为 ${text}`;
  if (Number.isSafeInteger(n)) return `应为整数，实际为 ${text}（请写作 ${n}，不带小数点或指数）`;
  return `应为整数，实际为 ${text}`;
}

/** "文本 \"abc\"" for scalars, the type alone for objects and lists. */
function actual(value: unknown): string {
  const type = TYPE_NAMES[typeName(value)] ?? typeName(value);
  return value !== null && typeof value === 'object' ? type : `${type} ${quote(value)}`;
}

function found(value: unknown): string {
  return value === undefined ? '' : `（实际为 ${quote(value)}）`;
}

/** Levenshtein distance, small strings only: used to suggest the field a typo meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The missing sibling field an unknown key most likely meant, e.g. catagory -> category. */
function suggestion(key: string, missing: string[]): string {
  const best = missing.find((m) => distance(key, m) <= 2);
  return best ? `（是否应为 ${best}？）` : '（拼写是否有误？可用的字段见 content/report.schema.json）';
}

function message(issue: z.core.$ZodIssue, value: unknown, missing: string[]): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `缺少必填字段（应为${TYPE_NAMES[issue.expected] ?? issue.expected}）`;
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') {
        const numeric = numberTextMessage(value.trim());
        if (numeric) return numeric;
      }
      return `类型不对：应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际为${actual(value)}`;
    case 'invalid_value':
      return `${issue.message}${found(value)}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}${suggestion(issue.keys[0]!, missing)}`;
    case 'invalid_union': {
      // Our unions are "text or number"; say what both branches wanted.
      return `类型不对：应为文本或数字，实际为${actual(value)}`;
    }
    default:
      return `${issue.message}${found(value)}`;
  }
}

/** Diagnostics for every issue of a failed parse. */
export function schemaDiagnostics(source: SourceDocument, error: z.ZodError): Diagnostic[] {
  const missingAt = (path: readonly PropertyKey[]) =>
    error.issues
      .filter((i) => i.code === 'invalid_type' && i.path.length === path.length + 1 && path.every((p, k) => i.path[k] === p) && valueAt(source.data, i.path) === undefined)
      .map((i) => String(i.path[path.length]));
  return error.issues.map((issue) => {
    const value = valueAt(source.data, issue.path);
    const atKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    return {
      file: source.file,
      ...source.locate(issue.path, atKey),
      field: formatPath(issue.path),
      severity: 'error' as const,
      message: message(issue, value, issue.code === 'unrecognized_keys' ? missingAt(issue.path) : []),
    };
  });
}
