/**
 * A problem found in a declaration, located for a person: file, line, column, field path.
 */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** Field path as written in YAML terms, e.g. "projects[2].budget.total" ('' for the whole file). */
  field: string;
  severity: DiagnosticSeverity;
  message: string;
  /** Check rule id, for findings of the checks. */
  rule?: string;
}

const SEVERITY_LABEL: Record<DiagnosticSeverity, string> = { error: '错误', warning: '警告', info: '提示' };

const formatted = new WeakMap<readonly PropertyKey[], string>();

/** "projects[2].budget.total" from ["projects", 2, "budget", "total"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = formatted.get(path);
  if (text === undefined) {
    text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
    // The model's paths are shared frozen arrays (src/model/decl-path.ts): each is formatted once.
    if (Object.isFrozen(path)) formatted.set(path, text);
  }
  return text;
}

/**
 * Characters of a file that must not reach a terminal as they are: controls (a NUL, an escape
 * sequence, a line break inside one diagnostic), bidi and invisible formatting characters, the BOM,
 * unpaired surrogates. Messages quote file content, so this applies to every diagnostic printed.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

/** `text` with every unprintable character written as \uXXXX (\u{XXXXX} beyond the BMP). */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.codePointAt(0)!;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}

/** One line a person can act on: `file:line:column 错误 field: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const rule = d.rule ? ` [${d.rule}]` : '';
  const field = d.field ? `${d.field}: ` : '';
  return escapeUnprintable(`${d.file}:${d.line}:${d.column} ${SEVERITY_LABEL[d.severity]}${rule} ${field}${d.message}`);
}

/** Sort by file, then position, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}
