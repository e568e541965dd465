/**
 * Read every report declaration under a content directory: parse, validate the shape, build the
 * model, run the checks. Everything found is returned as diagnostics, nothing is thrown, so one
 * run reports every problem in every file.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { report as reportSchema, type ReportDecl } from '../model/schema.ts';
import { buildReport, type Report } from '../model/report.ts';
import { runChecks } from '../checks/engine.ts';
import type { Finding } from '../checks/finding.ts';
import { decodeDeclaration } from './decode-text.ts';
import { compareDiagnostics, formatPath, type Diagnostic } from './diagnostic.ts';
import { fastParser } from './fast-schema.ts';
import { filePlaceDiagnostics } from './file-place.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { parseSource, type SourceDocument } from './yaml-source.ts';
import { checkRegion } from './region-check.ts';
import { loadContentRegions, type ContentRegions, type RegionFacts } from '../model/region-schema.ts';

const DECLARATION = /\.(ya?ml|json)$/i;

const parseValid = fastParser(reportSchema);

/**
 * Largest declaration read, checked before reading. The largest real one is ~60 KB; a 决算 with
 * every table runs to a few hundred KB. 2 MB leaves room for that several times over and keeps one
 * file from costing minutes and gigabytes (a 30 MB file took 51.7 s and 1.83 GB to build).
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface LoadedReport {
  /** Entry id: path below the content directory without extension, '/'-separated. */
  id: string;
  file: string;
  decl: ReportDecl;
  report: Report;
  findings: Finding[];
}

export interface LoadResult {
  reports: LoadedReport[];
  /** Every problem, sorted by file and position: schema errors, duplicates, then check findings. */
  diagnostics: Diagnostic[];
  /** True when some declaration could not be used at all (shape errors, duplicates). */
  hasErrors: boolean;
  /** The regions declared beside the reports (content/regions.yaml); its problems are in `diagnostics`. */
  regions: RegionFacts[];
}

/** Is `path` (a real path) `root` or below it? */
function isInside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!isAbsolute(r) && r !== '..' && !r.startsWith(`..${sep}`));
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Declaration files below `dir`, sorted, skipping hidden files and schema files. Symbolic links to
 * directories are not followed: one inside `dir` leads to a directory listed under its own path
 * (following it would list its files twice, or loop), and one that leads outside is listed as it is,
 * like a link to a file outside, so that loading refuses it with a message rather than in silence.
 */
export function listDeclarations(dir: string): string[] {
  const root = realpathSync(dir);
  const out: string[] = [];
  const isDeclaration = (name: string) => DECLARATION.test(name) && !name.endsWith('.schema.json');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isSymbolicLink()) {
        const target = realpathOrUndefined(p);
        const outside = target === undefined || !isInside(root, target);
        if (isDeclaration(e.name) || (outside && target !== undefined && statSync(target).isDirectory())) out.push(p);
      } else if (e.isDirectory()) walk(p);
      else if (isDeclaration(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Entry id of a file below `root`: "2024/320200-wuxi-renda-budget". */
export function entryId(root: string, file: string): string {
  return relative(root, file).split(sep).join('/').replace(DECLARATION, '');
}

/** Parse and validate one declaration's text. */
export function validateDeclaration(file: string, text: string): { source: SourceDocument; decl?: ReportDecl; diagnostics: Diagnostic[] } {
  const source = parseSource(file, text);
  if (source.syntaxErrors.length) return { source, diagnostics: source.syntaxErrors };
  // Valid declarations take the compiled path; zod reads the others and says what is wrong.
  const valid = parseValid(source.data);
  const parsed = valid ? { success: true as const, data: valid } : reportSchema.safeParse(source.data);
  if (!parsed.success) return { source, diagnostics: schemaDiagnostics(source, parsed.error) };
  // A year, stage or region code that disagrees with the file's place makes the declaration unusable too.
  const place = filePlaceDiagnostics(source, parsed.data);
  return place.length ? { source, diagnostics: place } : { source, decl: parsed.data, diagnostics: [] };
}

function findingDiagnostics(source: SourceDocument, findings: Finding[]): Diagnostic[] {
  return findings.map((f) => ({
    file: source.file,
    ...source.locate(f.where.path),
    field: formatPath(f.where.path),
    severity: f.severity,
    message: f.message,
    rule: f.rule,
  }));
}

/** Load `files` (default: every declaration below `root`) and the regions file beside `root`. */
export function loadReports(root: string, files: string[] = listDeclarations(root)): LoadResult {
  const steps = loadingReports(root, files);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `file`'s text, or the reason it is not read: outside the content directory, not a file, too big, not UTF-8. */
function readDeclaration(root: string, file: string): { text: string } | Diagnostic {
  const refuse = (message: string, line = 1): Diagnostic => ({ file, line, column: 1, field: '', severity: 'error', message });
  // A file is read only if its real path lies inside the real directory it was listed under (the
  // content directory, or for a file named on the command line outside it, its own directory).
  const base = isInside(resolve(root), resolve(file)) ? root : dirname(file);
  let bytes: Uint8Array;
  try {
    const real = realpathSync(file);
    if (!isInside(realpathSync(base), real)) return refuse(`这是指向内容目录之外（${real}）的符号链接：明账只读内容目录之内的文件，未读取它。请把文件本身放进内容目录`);
    const stat = statSync(real);
    if (stat.isDirectory()) return refuse('这是一个目录，不是声明文件');
    if (!stat.isFile()) return refuse('这不是普通文件（是设备、管道或套接字），未读取');
    if (stat.size > MAX_FILE_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      return refuse(`文件太大：${mb(stat.size)}，一份声明最多 ${mb(MAX_FILE_BYTES)}（最大的真实声明约 60 KB）。请检查是否误放了别的文件，或把声明拆成几份`);
    }
    bytes = readFileSync(real);
  } catch (e) {
    return refuse(`无法读取文件：${(e as Error).message}`);
  }
  const decoded = decodeDeclaration(bytes);
  return 'text' in decoded ? decoded : refuse(decoded.message, decoded.line);
}

/** A diagnostic for an exception no step expected, so that one file cannot stop the whole run. */
function unexpected(file: string, e: unknown): Diagnostic {
  const err = e instanceof Error ? e : new Error(String(e));
  const what = err instanceof RangeError ? '内容嵌套太深或太复杂，超出了处理能力' : '处理这份声明时出错（这是明账的问题，请报告）';
  return { file, line: 1, column: 1, field: '', severity: 'error', message: `${what}（${err.name}: ${err.message.split('\n')[0]}）` };
}

/**
 * `loadReports` one file at a time: yields each usable report as soon as it is loaded, and returns
 * the whole result. The build uses it to index reports for search while the rest still load.
 */
export function* loadingReports(
  root: string,
  files: string[] = listDeclarations(root),
  regions: ContentRegions = loadContentRegions(root),
): Generator<LoadedReport, LoadResult> {
  const reports: LoadedReport[] = [];
  const diagnostics: Diagnostic[] = [...regions.diagnostics];
  let hasErrors = diagnostics.length > 0;
  const seen = new Map<string, string>();
  const ids = new Map<string, string>();
  /** Load one file: the report, or undefined when the file's diagnostics make it unusable. */
  const load = (file: string): LoadedReport | undefined => {
    const error = (d: Omit<Diagnostic, 'file' | 'severity'>) => diagnostics.push({ file, severity: 'error', ...d });
    // x.yaml and x.yml (or x.json) in one directory would be one entry: one of them would vanish.
    const id = entryId(root, file);
    const sameId = ids.get(id);
    if (sameId) {
      error({ line: 1, column: 1, field: '', message: `与 ${sameId} 的条目 id 相同（${id}）：同一目录下不能有只差扩展名的两份声明，请删除或改名其中一份` });
      return undefined;
    }
    ids.set(id, file);
    const read = readDeclaration(root, file);
    if (!('text' in read)) {
      diagnostics.push(read);
      return undefined;
    }
    const { source, decl, diagnostics: shape } = validateDeclaration(file, read.text);
    diagnostics.push(...shape);
    if (!decl) return undefined;
    // The region's code and names against the list; the report takes the list's names.
    const region = regions.codes && checkRegion(source, decl.unit.region, regions.codes);
    if (region && !region.names) {
      diagnostics.push(...region.diagnostics);
      return undefined;
    }
    const key = `${decl.unit.name}|${decl.year}|${decl.stage}`;
    const first = seen.get(key);
    if (first) {
      error({ ...source.locate(['unit', 'name']), field: 'unit.name', message: `重复的报告：${decl.unit.name} ${decl.year} 年${decl.stage}已在 ${first} 中声明` });
      return undefined;
    }
    seen.set(key, file);
    const report = buildReport(id, region?.names ? { ...decl, unit: { ...decl.unit, region: region.names } } : decl);
    const findings = runChecks(report);
    diagnostics.push(...findingDiagnostics(source, findings));
    return { id, file, decl, report, findings };
  };
  for (const file of files) {
    let loaded: LoadedReport | undefined;
    const before = diagnostics.length;
    try {
      loaded = load(file);
    } catch (e) {
      // Whatever a step did not expect (a stack overflow deep in a parser, a bug) is this file's problem only.
      diagnostics.length = before;
      diagnostics.push(unexpected(file, e));
    }
    if (!loaded) {
      hasErrors = true;
      continue;
    }
    reports.push(loaded);
    yield loaded;
  }
  return { reports, diagnostics: diagnostics.sort(compareDiagnostics), hasErrors, regions: regions.regions };
}
