/**
 * Putting reports side by side: groups (one unit category, one year, one stage), rankings that
 * never rank what was not published, and the URL of a comparison a reader assembles in the browser.
 *
 * Browser-safe: no Node imports, so the compare page's script can decode its URL and rank.
 */
import { Decimal } from '../model/decimal.ts';
import { PROJECT_KINDS } from './project-kinds.ts';
import { kindSpending, NOT_PUBLISHED, type Figure, type ReportSummary } from './report-summary.ts';

// ----------------------------------------------------------------------------------- groups

/** Reports of one unit category, year and stage. */
export interface ComparisonGroup {
  /** `人大|2024|预算`. */
  key: string;
  category: string;
  year: number;
  /** Budgets (预算) and final accounts (决算) are never mixed: one plans, the other reports. */
  stage: string;
  /** Page path below the site base, e.g. `compare/人大/2024-budget/` (not URL-encoded; pass through href()). */
  path: string;
  summaries: ReportSummary[];
  /** Differences in scope a reader must see next to the numbers. */
  scopeNotes: string[];
}

const STAGE_SLUG: Record<string, string> = { 预算: 'budget', 决算: 'final' };

/** The page path of a group: `compare/<category>/<year>-<budget|final>/`. */
export function comparisonGroupPath(category: string, year: number, stage: string): string {
  return `compare/${category}/${year}-${STAGE_SLUG[stage] ?? stage}/`;
}

/** The units a scope note names: their short names, 、-separated. */
const unitNames = (list: readonly ReportSummary[]): string => list.map((s) => s.shortName).join('、');

/**
 * Chinese notes on how the reports of a group differ in scope (部门 / 本级, parts not published).
 * `units` says who: by default their names; a page about more reports than it can name passes a count.
 */
export function scopeNotes(summaries: readonly ReportSummary[], units: (list: readonly ReportSummary[]) => string = unitNames): string[] {
  const notes: string[] = [];
  const byScope = new Map<string, ReportSummary[]>();
  for (const s of summaries) {
    const list = byScope.get(s.scope.text) ?? [];
    list.push(s);
    byScope.set(s.scope.text, list);
  }
  if (byScope.size > 1) {
    notes.push(
      `口径不同：${[...byScope].map(([scope, list]) => `${units(list)}为${scope === '未说明' ? '未说明口径' : `“${scope}”`}`).join('；')}。` +
        '“部门”含下属单位，“本级”只含机关本身，金额不完全可比。',
    );
  }
  const partial = summaries.filter((s) => s.total.partial);
  if (partial.length > 0) {
    notes.push(`${units(partial)}只公开了项目表：总额只是这些项目的预算之和，不参与总额排名。`);
  }
  const tasks = summaries.filter((s) => s.kindBasis === 'key-tasks');
  if (tasks.length > 0) {
    notes.push(`${units(tasks)}没有公开项目表，按类别的支出取自年度重点工作任务的拟投入资金。`);
  }
  const noStaff = summaries.filter((s) => s.staff.status === 'not-published');
  if (noStaff.length > 0 && noStaff.length < summaries.length) {
    notes.push(`${units(noStaff)}没有公布人数，无法计算人均。`);
  }
  return notes;
}

/** Group summaries by unit category, year and stage; newest year first, then category, then stage. */
export function groupSummaries(summaries: readonly ReportSummary[]): ComparisonGroup[] {
  const map = new Map<string, ReportSummary[]>();
  for (const s of summaries) {
    const key = `${s.category}|${s.year}|${s.stage}`;
    const list = map.get(key) ?? [];
    list.push(s);
    map.set(key, list);
  }
  return [...map]
    .map(([key, list]) => {
      const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const { category, year, stage } = sorted[0]!;
      return { key, category, year, stage, path: comparisonGroupPath(category, year, stage), summaries: sorted, scopeNotes: scopeNotes(sorted) };
    })
    .sort((a, b) => b.year - a.year || a.category.localeCompare(b.category, 'zh') || a.stage.localeCompare(b.stage, 'zh'));
}

// ---------------------------------------------------------------------------------- ranking

/** Where an entry stands: ranked, listed after the ranked ones because its scope differs, or not published. */
export type RankGroup = 'ranked' | 'partial' | 'not-published';

export interface RankedEntry<T> {
  item: T;
  figure: Figure;
  /** 1-based competition rank (ties share a rank: 1, 1, 3); absent unless group is ranked. */
  rank?: number | undefined;
  group: RankGroup;
  /** "第 1 名", "口径不同，不排名", "未公开". */
  label: string;
}

export interface RankOptions<T> {
  /** 'desc' (default): the largest first. */
  order?: 'desc' | 'asc';
  /** Tie-break for a stable order (default: input order). */
  idOf?: (t: T) => string;
}

/**
 * Rank items by a figure. Only published or derived figures that cover the whole of what they
 * name are ranked; partial figures follow, unranked; not-published figures come last, labelled
 * 未公开 — a part not published is never ranked as 0.
 */
export function rankBy<T>(items: readonly T[], figureOf: (t: T) => Figure, options: RankOptions<T> = {}): RankedEntry<T>[] {
  const order = options.order ?? 'desc';
  const idOf = options.idOf;
  const rows = items.map((item, i) => ({ item, figure: figureOf(item), i }));
  const tie = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    if (idOf) {
      const x = idOf(a.item);
      const y = idOf(b.item);
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.i - b.i;
  };
  const byValue = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    const c = (a.figure.value as Decimal).cmp(b.figure.value as Decimal);
    return (order === 'desc' ? -c : c) || tie(a, b);
  };
  const hasValue = (f: Figure) => f.status !== 'not-published' && f.value !== undefined;
  const ranked = rows.filter((r) => hasValue(r.figure) && !r.figure.partial).sort(byValue);
  const partial = rows.filter((r) => hasValue(r.figure) && r.figure.partial).sort(byValue);
  const missing = rows.filter((r) => !hasValue(r.figure)).sort(tie);
  const out: RankedEntry<T>[] = [];
  ranked.forEach((r, k) => {
    const prev = out[k - 1];
    const rank = prev && prev.figure.value!.eq(r.figure.value!) ? prev.rank! : k + 1;
    out.push({ item: r.item, figure: r.figure, rank, group: 'ranked', label: `第 ${rank} 名` });
  });
  for (const r of partial) out.push({ item: r.item, figure: r.figure, group: 'partial', label: '口径不同，不排名' });
  for (const r of missing) out.push({ item: r.item, figure: r.figure, group: 'not-published', label: NOT_PUBLISHED });
  return out;
}

/** A column of the comparison tables. */
export interface Metric {
  id: string;
  label: string;
  order: 'desc' | 'asc';
  figure(s: ReportSummary): Figure;
}

const countFigure = (n: number, unit: string): Figure => ({ value: new Decimal(n), text: `${n} ${unit}`, status: 'derived', unit });

/** The metrics the compare pages show, in display order. Kinds follow as `kind:<id>`. */
export const METRICS: readonly Metric[] = [
  { id: 'total', label: '支出总额', order: 'desc', figure: (s) => s.total },
  { id: 'basic', label: '基本支出', order: 'desc', figure: (s) => s.basic },
  { id: 'project', label: '项目支出', order: 'desc', figure: (s) => s.project },
  { id: 'staff', label: '人数', order: 'desc', figure: (s) => s.staff },
  { id: 'per-staff', label: '人均支出', order: 'desc', figure: (s) => s.perStaff },
  { id: 'population', label: '人口', order: 'desc', figure: (s) => s.population },
  { id: 'per-resident', label: '每位居民的支出', order: 'desc', figure: (s) => s.perResident },
  { id: 'session', label: '会议经费', order: 'desc', figure: (s) => s.session },
  { id: 'session-per-staff', label: '人均会议经费', order: 'desc', figure: (s) => s.sessionPerStaff },
  { id: 'session-per-resident', label: '每位居民的会议经费', order: 'desc', figure: (s) => s.sessionPerResident },
  { id: 'indicators', label: '绩效指标数', order: 'desc', figure: (s) => countFigure(s.indicators.count, '项') },
  { id: 'quantified', label: '量化指标占比', order: 'desc', figure: (s) => s.indicators.share },
  { id: 'findings-error', label: '错误', order: 'asc', figure: (s) => countFigure(s.findings.error, '条') },
  { id: 'findings-warning', label: '提示关注', order: 'asc', figure: (s) => countFigure(s.findings.warning, '条') },
  ...PROJECT_KINDS.map(
    (k): Metric => ({ id: `kind:${k.id}`, label: k.label, order: 'desc', figure: (s) => kindSpending(s, k.id).figure }),
  ),
];

export function metricById(id: string): Metric | undefined {
  return METRICS.find((m) => m.id === id);
}

/** Rank summaries by a metric (see `rankBy`); ties broken by report id. */
export function rankSummaries(summaries: readonly ReportSummary[], metric: Metric | string): RankedEntry<ReportSummary>[] {
  const m = typeof metric === 'string' ? metricById(metric) : metric;
  if (!m) throw new Error(`unknown metric: ${String(metric)}`);
  return rankBy(summaries, m.figure, { order: m.order, idOf: (s) => s.id });
}

/** One project across reports, for "weakest targets": every project with its quantified share. */
export interface ProjectQualityRow {
  summary: ReportSummary;
  project: ReportSummary['projects'][number];
}

/** Every project of the given reports, least quantified first; projects without valued indicators last (未公开). */
export function weakestTargets(summaries: readonly ReportSummary[]): RankedEntry<ProjectQualityRow>[] {
  const rows = summaries.flatMap((summary) => summary.projects.map((project) => ({ summary, project })));
  return rankBy(rows, (r) => r.project.quality.share, { order: 'asc', idOf: (r) => `${r.summary.id}#${r.project.id}` });
}

// -------------------------------------------------------------------------------- the URL

/** The query parameter holding the report ids of a reader's comparison. */
export const COMPARE_PARAM = 'r';
/** Fewest and most reports in one comparison. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 20;

/** Characters allowed in a report id (content entry ids: `2024/320200-wuxi-renda-budget`). */
const ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*(\/[\p{L}\p{N}][\p{L}\p{N}._-]*)*$/u;

/** Encode one id for the query: '/' kept readable, everything else percent-encoded (',' too). */
const encodeId = (id: string) => encodeURIComponent(id).replace(/%2F/gi, '/');

/**
 * The URL of a comparison of `ids`, in the reader's order: `<base>compare/custom/?r=<id>,<id>`.
 * The page's GET form submits `?r=<id>&r=<id>`; decodeCompareQuery reads both forms.
 * `base` is the site base path (default '/').
 */
export function compareUrl(ids: readonly string[], base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}compare/custom/${compareQuery(ids)}`;
}

/** The query naming `ids`: `?r=<id>,<id>`; the pages for picking reports carry it from one to the next. */
export function compareQuery(ids: readonly string[]): string {
  return `?${COMPARE_PARAM}=${ids.map(encodeId).join(',')}`;
}

export interface DecodedComparison {
  /** Valid, known (when checked), distinct ids in URL order. */
  ids: string[];
  /** Problems, in Chinese, for the page to show. */
  errors: string[];
  /** True when `ids` can be compared (at least COMPARE_MIN, at most COMPARE_MAX, no unknown id). */
  ok: boolean;
}

/**
 * Read the ids from a URL's query (`?r=a,b`, `location.search`, or URLSearchParams) and check
 * them against the known report ids, if given. Duplicates are dropped silently; unknown or
 * malformed ids are errors, so a shared link never silently shows a different comparison.
 * Without `known` only the form of the ids is checked: a page that cannot list every report
 * learns which ids are unknown when their data is not found.
 */
export function decodeCompareQuery(query: string | URLSearchParams, known?: Iterable<string>): DecodedComparison {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^[^?]*\?/, '')) : query;
  const knownSet = known === undefined ? null : new Set(known);
  const raw = params.getAll(COMPARE_PARAM).flatMap((v) => v.split(','));
  const ids: string[] = [];
  const errors: string[] = [];
  for (const r of raw) {
    const id = r.trim();
    if (id === '') continue;
    if (!ID.test(id) || id.split('/').includes('..')) {
      errors.push(`“${id}”不是有效的报告标识。`);
      continue;
    }
    if (knownSet && !knownSet.has(id)) {
      errors.push(`没有找到报告“${id}”。`);
      continue;
    }
    if (!ids.includes(id)) ids.push(id);
  }
  if (raw.length === 0) errors.push('链接中没有指定要对比的报告（参数 r）。');
  else if (ids.length < COMPARE_MIN) errors.push(`至少需要 ${COMPARE_MIN} 份不同的报告才能对比。`);
  if (ids.length > COMPARE_MAX) errors.push(`一次最多对比 ${COMPARE_MAX} 份报告。`);
  return { ids, errors, ok: errors.length === 0 };
}
