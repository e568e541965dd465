/**
 * Read every report declaration under a content directory: parse, validate the shape, build the
 * model, run the checks. Everything found is returned as diagnostics, nothing is thrown, so one
 * run reports every problem in every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { report as reportSchema, type ReportDecl } from '../model/schema.ts';
import { buildReport, type Report } from '../model/report.ts';
import { runChecks } from '../checks/engine.ts';
import type { Finding } from '../checks/finding.ts';
import { compareDiagnostics, formatPath, type Diagnostic } from './diagnostic.ts';
import { fastParser } from './fast-schema.ts';
import { filePlaceDiagnostics } from './file-place.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { parseSource, type SourceDocument } from './yaml-source.ts';
import { checkRegion } from './region-check.ts';
import { loadContentRegions, type ContentRegions, type RegionFacts } from '../model/region-schema.ts';

const DECLARATION = /\.(ya?ml|json)$/i;

const parseValid = fastParser(reportSchema);

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

/** Declaration files below `dir`, sorted, skipping hidden files and schema files. */
export function listDeclarations(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (DECLARATION.test(e.name) && !e.name.endsWith('.schema.json')) out.push(p);
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
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      diagnostics.push({ file, line: 1, column: 1, field: '', severity: 'error', message: `无法读取文件：${(e as Error).message}` });
      hasErrors = true;
      continue;
    }
    const { source, decl, diagnostics: shape } = validateDeclaration(file, text);
    diagnostics.push(...shape);
    if (!decl) {
      hasErrors = true;
      continue;
    }
    // The region's code and names against the list; the report takes the list's names.
    const region = regions.codes && checkRegion(source, decl.unit.region, regions.codes);
    if (region && !region.names) {
      diagnostics.push(...region.diagnostics);
      hasErrors = true;
      continue;
    }
    const key = `${decl.unit.name}|${decl.year}|${decl.stage}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push({
        file,
        ...source.locate(['unit', 'name']),
        field: 'unit.name',
        severity: 'error',
        message: `重复的报告：${decl.unit.name} ${decl.year} 年${decl.stage}已在 ${first} 中声明`,
      });
      hasErrors = true;
      continue;
    }
    seen.set(key, file);
    const id = entryId(root, file);
    const report = buildReport(id, region?.names ? { ...decl, unit: { ...decl.unit, region: region.names } } : decl);
    const findings = runChecks(report);
    diagnostics.push(...findingDiagnostics(source, findings));
    const loaded = { id, file, decl, report, findings };
    reports.push(loaded);
    yield loaded;
  }
  return { reports, diagnostics: diagnostics.sort(compareDiagnostics), hasErrors, regions: regions.regions };
}
