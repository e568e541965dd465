/**
 * The open-data JSON of one report, served at `data/reports/<report id>.json`
 * (e.g. `data/reports/2024/320200-wuxi-renda-budget.json`).
 *
 * Shape (schema_version 1), documented here because readers build on it:
 * - Every field of the declaration, at the same path and with the same name as in the content
 *   file (content/report.schema.json describes them), except that:
 *   - an amount is `{ "value": "1048.54", "unit": "万元", "text": "1,048.54" }`: `value` is the
 *     exact decimal (no separators, never a float), `text` is as printed; a cell printed blank is
 *     `null`; a column the document does not have is absent;
 *   - an indicator's `value` / `half_year` / `full_year` is the parsed value
 *     (src/model/indicator-value.ts: `{ "kind": "comparison", "text": "≥95%", "operator": ">=", … }`),
 *     whose `text` is the cell verbatim;
 *   - a project's `kind` is `{ id, label, reason, source }` (the assignment, whether from the
 *     content file or from the rules in src/compare/project-kinds.ts); key tasks carry the same.
 * - Added: `schema_version`, `id`, `page` (path of the report page below the site base), `anchor`
 *   and `path` on every table, line, project, key task and indicator (the element id on the page
 *   and the declaration path), `budget_resolved` on projects (the budget the checks use),
 *   `category` / `counted` / `quantified` on indicators, `summary` (the comparable figures, see
 *   src/compare/report-summary.ts) and `findings`.
 * - Key order is fixed by this code and the content file, and there are no timestamps, so the
 *   same content always gives the same bytes.
 */
import { isQuantified, KIND_LABELS, type IndicatorValue } from '../model/indicator-value.ts';
import { toWanyuan, type Money } from '../model/money.ts';
import type { BudgetLine, BudgetTable, Indicator, KeyTask, Project, Report } from '../model/report.ts';
import type { BudgetLineInput, BudgetTableDecl, IndicatorDecl, KeyTaskDecl, ProjectDecl, ReportDecl } from '../model/schema.ts';
import { SEVERITY_LABEL, type Finding, type Severity } from '../checks/finding.ts';
import { categoryOf } from '../checks/util.ts';
import { projectBudget } from '../model/totals.ts';
import { formatPath } from '../declaration/diagnostic.ts';
import { classifyProject, projectKind, type KindAssignment } from '../compare/project-kinds.ts';
import { summaryToJson, type ReportSummary, type SummaryJson } from '../compare/report-summary.ts';

export const REPORT_JSON_SCHEMA_VERSION = 1;

/** What the exports read per report: the model, the declaration (it keeps blank cells as null) and the findings. */
export interface ExportInput {
  report: Report;
  decl: ReportDecl;
  findings: readonly Finding[];
}

export interface AmountJson {
  value: string;
  unit: '万元' | '元';
  text: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export interface KindJson {
  id: string;
  label: string;
  reason: string;
  source: string;
}

export interface FindingJson {
  rule: string;
  severity: Severity;
  severity_label: string;
  message: string;
  path: string;
  anchor: string;
}

export interface ReportJson {
  schema_version: number;
  id: string;
  page: string;
  [field: string]: JsonValue;
}

/** An amount as JSON (exact value, unit, printed text). */
export function amountJson(m: Money): AmountJson {
  return { value: exactText(m), unit: m.unit, text: m.text };
}

/** The exact value as printed, without thousands separators: "1,048.54" → "1048.54", "3.00" stays "3.00". */
export function exactText(m: Money): string {
  return m.text.replace(/,/g, '');
}

/** The amount in 万元, exactly; keeps the printed decimals when it already is in 万元. */
export function wanyuanText(m: Money): string {
  return m.unit === '万元' ? exactText(m) : toWanyuan(m).toFixed();
}

/** The page of a report below the site base: `reports/2024/320200-wuxi-renda-budget/`. */
export function reportPagePath(id: string): string {
  return `reports/${id}/`;
}

/** Where a report's JSON lives below the output directory. */
export function reportJsonPath(id: string): string {
  return `data/reports/${id}.json`;
}

export function kindJson(a: KindAssignment): KindJson {
  return { id: a.kind, label: projectKind(a.kind).label, reason: a.reason, source: a.source };
}

/** Copy the declaration's plain fields verbatim, leaving out the keys handled separately. */
function plain(decl: object, skip: readonly string[]): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(decl)) {
    if (skip.includes(k) || v === undefined) continue;
    out[k] = v as JsonValue;
  }
  return out;
}

/** An amount cell: absent (column not published), null (printed blank) or the amount. */
function cell(out: Record<string, JsonValue>, key: string, declared: unknown, m: Money | undefined): void {
  if (declared === undefined) return;
  out[key] = declared === null || m === undefined ? null : (amountJson(m) as unknown as JsonValue);
}

const AMOUNT_COLUMNS = ['amount', 'half_year', 'fiscal', 'other'] as const;

function lineJson(decl: BudgetLineInput, line: BudgetLine): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { anchor: line.anchor, path: formatPath(line.path) };
  for (const [k, v] of Object.entries(decl)) {
    if (v === undefined) continue;
    if ((AMOUNT_COLUMNS as readonly string[]).includes(k)) cell(out, k, v, line[k as (typeof AMOUNT_COLUMNS)[number]]);
    else if (k === 'children') out.children = (decl.children ?? []).map((c, i) => lineJson(c, line.children[i]!));
    else out[k] = v as JsonValue;
  }
  return out;
}

function tableJson(decl: BudgetTableDecl | undefined, table: BudgetTable | undefined): Record<string, JsonValue> | undefined {
  if (!decl || !table) return undefined;
  return {
    anchor: table.anchor,
    path: formatPath(table.path),
    ...(decl.title !== undefined ? { title: decl.title } : {}),
    money_unit: table.unit,
    ...(decl.total && table.total ? { total: lineJson(decl.total, table.total) } : {}),
    lines: decl.lines.map((l, i) => lineJson(l, table.lines[i]!)),
    ...(decl.note !== undefined ? { note: decl.note } : {}),
  };
}

const valuesJson = new WeakMap<IndicatorValue, JsonValue>();

/** A parsed value as JSON; made once per value (parsed values are shared, see indicator-value.ts). */
function valueJson(v: IndicatorValue): JsonValue {
  let json = valuesJson.get(v);
  if (!json) {
    json = { ...(v as unknown as Record<string, JsonValue>), kind_label: KIND_LABELS[v.kind] };
    valuesJson.set(v, json);
  }
  return json;
}

/** An indicator as JSON: declared text fields, parsed values, and how the site counts it. */
export function indicatorJson(decl: IndicatorDecl, ind: Indicator): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { anchor: ind.anchor, path: formatPath(ind.path) };
  for (const [k, v] of Object.entries(decl)) {
    if (v === undefined) continue;
    if (k === 'value' || k === 'half_year' || k === 'full_year') {
      const parsed = ind.values[k];
      if (parsed) out[k] = valueJson(parsed);
    } else out[k] = v as JsonValue;
  }
  const category = categoryOf(ind);
  const counted = category !== '决策' && category !== '过程' && ind.target !== undefined && ind.target.kind !== 'empty';
  out.category = category ?? null;
  out.target_column = ind.values.value ? 'value' : ind.values.full_year ? 'full_year' : null;
  out.counted = counted;
  out.quantified = counted && isQuantified(ind.target!);
  return out;
}

function projectJson(report: Report, decl: ProjectDecl, p: Project): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { anchor: p.anchor, path: formatPath(p.path) };
  for (const [k, v] of Object.entries(decl)) {
    if (v === undefined) continue;
    if (k === 'budget' && decl.budget) {
      const b: Record<string, JsonValue> = {};
      cell(b, 'total', decl.budget.total, p.budget?.total);
      cell(b, 'fiscal', decl.budget.fiscal, p.budget?.fiscal);
      cell(b, 'other', decl.budget.other, p.budget?.other);
      if (decl.budget.note !== undefined) b.note = decl.budget.note;
      out.budget = b;
    } else if (k === 'spending_plan') {
      out.spending_plan = (p.spending_plan ?? []).map((c) => ({ checkpoint: c.checkpoint, month: c.month, cumulative: c.text, percent: c.percent.toFixed() }));
    } else if (k === 'indicators') {
      out.indicators = (decl.indicators ?? []).map((d, i) => indicatorJson(d, p.indicators[i]!));
    } else if (k === 'kind' || k === 'kind_reason') {
      // Written below as the assignment, which records the content override as its source.
    } else out[k] = v as JsonValue;
  }
  if (out.indicators === undefined) out.indicators = [];
  out.money_unit = p.unit;
  const resolved = projectBudget(report, p);
  out.budget_resolved = resolved ? (amountJson(resolved) as unknown as JsonValue) : null;
  out.budget_resolved_source = resolved ? (p.budget?.total ? 'project' : 'expenditure_lines') : null;
  out.budget_resolved_wanyuan = resolved ? wanyuanText(resolved) : null;
  out.kind = kindJson(classifyProject(p)) as unknown as JsonValue;
  return out;
}

function keyTaskJson(decl: KeyTaskDecl, t: KeyTask): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { anchor: t.anchor, path: formatPath(t.path) };
  for (const [k, v] of Object.entries(decl)) {
    if (v === undefined) continue;
    if (k === 'amount') cell(out, 'amount', v, t.amount);
    else out[k] = v as JsonValue;
  }
  out.kind = kindJson(classifyProject(t)) as unknown as JsonValue;
  return out;
}

export function findingJson(f: Finding): FindingJson {
  return { rule: f.rule, severity: f.severity, severity_label: SEVERITY_LABEL[f.severity], message: f.message, path: formatPath(f.where.path), anchor: f.where.anchor };
}

/** The open-data JSON of one report (see the module comment for the shape). */
export function reportJson(input: ExportInput, summary: ReportSummary): ReportJson {
  const { report, decl, findings } = input;
  const o = decl.overall;
  const m = report.overall;
  let overall: Record<string, JsonValue> | null = null;
  if (o && m) {
    overall = {};
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined) continue;
      if (k === 'income' || k === 'expenditure' || k === 'budget_levels') {
        const t = tableJson(o[k], m[k]);
        if (t) overall[k] = t;
      } else if (k === 'other_tables') {
        overall.other_tables = (o.other_tables ?? []).map((t, i) => tableJson(t, m.other_tables![i])!);
      } else if (k === 'key_tasks') {
        overall.key_tasks = (o.key_tasks ?? []).map((t, i) => keyTaskJson(t, m.key_tasks![i]!));
      } else if (k === 'indicators') {
        overall.indicators = (o.indicators ?? []).map((d, i) => indicatorJson(d, m.indicators![i]!));
      } else overall[k] = v as JsonValue;
    }
  }
  const summaryJson: SummaryJson = summaryToJson(summary);
  return {
    schema_version: REPORT_JSON_SCHEMA_VERSION,
    id: report.id,
    page: reportPagePath(report.id),
    ...plain(decl, ['$schema', 'overall', 'projects', 'notes']),
    overall,
    projects: (decl.projects ?? []).map((d, i) => projectJson(report, d, report.projects[i]!)),
    notes: (decl.notes ?? []) as JsonValue,
    summary: summaryJson as unknown as JsonValue,
    findings: findings.map(findingJson) as unknown as JsonValue,
  };
}
