/**
 * The comparable figures of one report, each with its status: published (printed in the
 * document), derived (computed here, exactly, from printed figures; the note says how) or
 * not-published (the document does not give it; shown as 未公开 and never treated as 0).
 *
 * Decisions worth knowing:
 * - All money figures are in 万元 (the unit the site compares in), converted exactly.
 * - Total: the expenditure table's total line, else the sum of its top-level lines, else the
 *   income total, else the sum of the project tables. The last is marked `partial`: it is only the
 *   projects a unit chose to publish, not its whole spending, so it is never ranked against totals.
 * - Basic vs project: the 基本支出 / 项目支出 lines. Where the budget is 项目化 (人员类 / 运转类 /
 *   特定目标类, as in Sichuan), project spending is the sum of the project tables (特定目标类 and
 *   其他运转类) and basic spending the total minus that: 人员类 plus the 公用经费 part of 运转类.
 * - Staff: see `staffFigure`.
 * - Spending by project kind: the project tables (plus expenditure lines under 项目支出 that
 *   name a project without a table, such as 无锡 数字人大); where a report has no project tables,
 *   its key tasks (年度重点工作任务) with their amounts, and the figure says so.
 * - Session cost (会议): the sum of the items of kind `huiyi`.
 * - Quantified share: the same counting as rule indicator.quantified (indicators with a value,
 *   not 决策 / 过程 rows), over the whole report.
 * - Ratios (per staff member, per resident, shares) are the only figures that are not exact: they
 *   are rounded (per staff to 1 元, i.e. 4 decimals of 万元; per resident to 0.01 元; shares to
 *   0.1%) with ROUND_HALF_UP, and the note says so.
 */
import { Decimal } from '../model/decimal.ts';
import { formatAmount, moneyDecimals, toWanyuan, type Money } from '../model/money.ts';
import { isQuantified } from '../model/indicator-value.ts';
import type { BudgetLine, Indicator, Project, Report } from '../model/report.ts';
import type { Finding, Severity } from '../checks/finding.ts';
import { aggregateLines, categoryOf, isProjectSpendingLine, isTargetedLine } from '../checks/util.ts';
import { projectBudget, unitTotal } from '../model/totals.ts';
import type { RegionFacts } from '../model/region-schema.ts';
import { classifyProject, PROJECT_KINDS, projectKind, type KindAssignment, type ProjectKind, type ProjectKindId } from './project-kinds.ts';

export type FigureStatus = 'published' | 'derived' | 'not-published';

/** One comparable figure. `value` is absent exactly when status is not-published. */
export interface Figure {
  value?: Decimal | undefined;
  /** Display text with its unit, e.g. "6,431.71 万元", "未公开". */
  text: string;
  status: FigureStatus;
  /** How the figure was obtained, or why it is missing, in Chinese. */
  note?: string | undefined;
  /** Unit of `value`: 万元, 人, 万元/人, 元/人, %, 项. */
  unit?: string | undefined;
  /**
   * The figure covers only part of what its name says (e.g. a "total" that is only the published
   * projects). Ranking puts it after the comparable figures, unranked.
   */
  partial?: boolean | undefined;
}

/** Where the total came from, so a reader (and the CSV test) can recompute it. */
export type TotalBasis = 'expenditure.total' | 'expenditure.lines' | 'income.total' | 'projects' | 'none';

/** Where basic / project spending came from. */
export type SplitBasis = 'expenditure.lines' | 'projects' | 'none';

/** What spending by kind was classified from. */
export type KindBasis = 'projects' | 'key-tasks' | 'none';

/** One classified item: a project, an expenditure line naming a project without a table, or a key task. */
export interface KindItem {
  source: 'project' | 'expenditure-line' | 'key-task';
  name: string;
  /** Element id on the report page (project-…, expenditure-…, key-task-…). */
  anchor: string;
  /** Project id, for source project. */
  projectId?: string | undefined;
  amount?: Money | undefined;
  assignment: KindAssignment;
}

/** Spending of one kind in one report. */
export interface KindSpending {
  kind: ProjectKind;
  figure: Figure;
  items: KindItem[];
}

/** Indicator quality of one project (or of the unit as a whole). */
export interface IndicatorQuality {
  /** All indicators. */
  count: number;
  /** With a value, not 决策 / 过程. */
  valued: number;
  /** Of those, quantified (comparison, range, deadline). */
  quantified: number;
  /** Rows not counted because they rate management (决策 / 过程). */
  process: number;
  share: Figure;
}

/** A project of the report with its kind, budget and indicator quality. */
export interface ProjectSummary {
  id: string;
  name: string;
  anchor: string;
  budget: Figure;
  assignment: KindAssignment;
  quality: IndicatorQuality;
}

export interface ReportSummary {
  id: string;
  unitName: string;
  shortName: string;
  category: string;
  level: string;
  year: number;
  stage: string;
  regionCode: string;
  /** Province name as declared (comparisons too long for one page are split by province). */
  province: string;
  /** 部门 / 本级 / 未说明, with what it means for comparison. */
  scope: Figure;
  total: Figure;
  totalBasis: TotalBasis;
  basic: Figure;
  project: Figure;
  splitBasis: SplitBasis;
  /** Staff count; `label` names which published number it is. */
  staff: Figure & { label: string };
  perStaff: Figure;
  population: Figure;
  /** Year and source of the declared population (absent when none is declared). */
  populationYear?: number | undefined;
  populationSource?: string | undefined;
  perResident: Figure;
  kindBasis: KindBasis;
  /** What spending by kind covers, in Chinese. */
  kindNote: string;
  /** One entry per taxonomy kind, in taxonomy order. */
  byKind: KindSpending[];
  /** Session cost: the 会议 kind. */
  session: Figure;
  sessionPerStaff: Figure;
  sessionPerResident: Figure;
  indicators: IndicatorQuality;
  projects: ProjectSummary[];
  findings: Record<Severity, number>;
}

export const NOT_PUBLISHED = '未公开';

const notPublished = (note: string, unit?: string): Figure => ({ text: NOT_PUBLISHED, status: 'not-published', note, unit });

const wan = (value: Decimal, decimals?: number) => `${formatAmount(value, decimals)} 万元`;

/** Decimals to show a derived sum with: the most any addend printed. */
function decimalsOfAll(ms: readonly Money[]): number {
  return Math.max(0, ...ms.map(moneyDecimals));
}

function moneyFigure(m: Money, status: FigureStatus, note?: string): Figure {
  const value = toWanyuan(m);
  return { value, text: wan(value, m.unit === '万元' ? moneyDecimals(m) : undefined), status, note, unit: '万元' };
}

function sumFigure(ms: readonly Money[], note: string, partial?: boolean): Figure {
  const value = ms.reduce((s, m) => s.plus(toWanyuan(m)), new Decimal(0));
  const allWan = ms.every((m) => m.unit === '万元');
  return { value, text: wan(value, allWan ? decimalsOfAll(ms) : undefined), status: 'derived', note, unit: '万元', ...(partial ? { partial } : {}) };
}

const names = (xs: readonly { name: string }[]) => xs.map((x) => `“${x.name}”`).join('、');

// ------------------------------------------------------------------------------------ total

function totalFigure(report: Report): { figure: Figure; basis: TotalBasis } {
  const t = unitTotal(report);
  if (t?.source === 'expenditure.total') return { figure: moneyFigure(t.money, 'published', `支出表“${t.lines[0]!.name}”一行。`), basis: t.source };
  if (t?.source === 'income.total') return { figure: moneyFigure(t.money, 'published', `支出表没有合计行，取收入表“${t.lines[0]!.name}”一行。`), basis: t.source };
  if (t) return { figure: sumFigure([t.money], `支出表没有合计行，这是各行（${names(t.lines)}）之和。`), basis: t.source };
  const budgets = report.projects.map((p) => projectBudget(report, p));
  if (report.projects.length > 0 && budgets.every((b) => b !== undefined)) {
    const f = sumFigure(
      budgets as Money[],
      `没有公开单位整体的收支表，这是已公开的 ${report.projects.length} 张项目表的预算之和，不是单位全部支出（不含基本支出和未公开的项目），不与其他单位的总额排名。`,
      true,
    );
    return { figure: f, basis: 'projects' };
  }
  return { figure: notPublished('没有公开收支总额，也没有可以相加的项目预算。', '万元'), basis: 'none' };
}

// ------------------------------------------------------------------------------ basic / project

const isBasicLine = (l: BudgetLine) => l.kind === '基本支出' || (l.kind === undefined && l.name.replace(/\s/g, '') === '基本支出');
const isProjectized = (l: BudgetLine) => l.kind === '人员类' || l.kind === '运转类' || l.kind === '特定目标类';

function splitFigures(report: Report, total: Figure, totalBasis: TotalBasis): { basic: Figure; project: Figure; basis: SplitBasis } {
  const lines = aggregateLines(report);
  const basicLine = lines.find(isBasicLine);
  const projectLine = lines.find(isProjectSpendingLine);
  if (basicLine || projectLine) {
    return {
      basic: basicLine?.amount ? moneyFigure(basicLine.amount, 'published', `支出表“${basicLine.name}”一行。`) : notPublished('支出表没有基本支出一行，或该行金额空白。', '万元'),
      project: projectLine?.amount ? moneyFigure(projectLine.amount, 'published', `支出表“${projectLine.name}”一行。`) : notPublished('支出表没有项目支出一行，或该行金额空白。', '万元'),
      basis: 'expenditure.lines',
    };
  }
  const budgets = report.projects.map((p) => projectBudget(report, p));
  const allKnown = report.projects.length > 0 && budgets.every((b) => b !== undefined);
  if (lines.some(isProjectized) && allKnown && total.value && totalBasis !== 'projects') {
    const project = sumFigure(
      budgets as Money[],
      `按“项目化”口径编制（${names(lines)}），没有基本支出、项目支出两行：项目支出取 ${report.projects.length} 张项目表（特定目标类和其他运转类）的预算之和。`,
    );
    const value = total.value.minus(project.value as Decimal);
    const basic: Figure = {
      value,
      text: wan(value, 2),
      status: 'derived',
      note: `年度资金总额 ${total.text} 减去项目支出 ${project.text}：人员类加上运转类中没有项目表的部分（公用经费）。`,
      unit: '万元',
    };
    return { basic, project, basis: 'projects' };
  }
  if (allKnown && totalBasis === 'projects') {
    return {
      basic: notPublished('只公开了项目表，没有单位整体的收支表。', '万元'),
      project: { ...total, note: `只公开了 ${report.projects.length} 张项目表，这是它们的预算之和；是否还有其他项目，文件没有说明。` },
      basis: 'projects',
    };
  }
  return {
    basic: notPublished('文件没有把支出分为基本支出和项目支出。', '万元'),
    project: notPublished('文件没有把支出分为基本支出和项目支出。', '万元'),
    basis: 'none',
  };
}

// ------------------------------------------------------------------------------------ staff

/** Labels that already are a head count of everyone the budget pays for. */
const WHOLE_COUNT = /财政供养|实有|在职人数|总人数|人员总数/;

/**
 * Staff count used for "per staff member":
 * - none published: 未公开;
 * - a line that is itself a total (财政供养人员数, 实有人数 …): that line alone;
 * - one line: that line;
 * - several lines (行政编制 / 行政附属 / 编外用工; 公务员 / 机关工勤 / 事业人员): their sum, because the
 *   unit's budget pays for every person it lists; the parts are named in the label and the note.
 */
export function staffFigure(report: Report): Figure & { label: string } {
  const lines = report.unit.staffing ?? [];
  if (lines.length === 0) return { ...notPublished('文件没有公布人员编制或人数。', '人'), label: '' };
  const whole = lines.find((l) => WHOLE_COUNT.test(l.label));
  if (whole || lines.length === 1) {
    const l = whole ?? lines[0]!;
    return { value: new Decimal(l.count), text: `${l.count} 人`, status: 'published', note: `文件公布的“${l.label}”。`, unit: '人', label: l.label };
  }
  const value = lines.reduce((s, l) => s.plus(l.count), new Decimal(0));
  return {
    value,
    text: `${value.toFixed()} 人`,
    status: 'derived',
    note: `文件公布的各类人数之和：${lines.map((l) => `${l.label} ${l.count}`).join(' + ')} = ${value.toFixed()}。`,
    unit: '人',
    label: `${lines.map((l) => l.label).join('、')}合计`,
  };
}

function ratio(num: Figure, den: Figure, what: string, scale: Decimal, places: number, unit: string, unitText: string): Figure {
  if (!num.value || num.status === 'not-published') return notPublished(`${what}无法计算：${num.note ?? '金额未公开。'}`, unit);
  if (!den.value || den.status === 'not-published') return notPublished(`${what}无法计算：${den.note ?? '分母未公开。'}`, unit);
  if (den.value.isZero()) return notPublished(`${what}：分母为 0。`, unit);
  const value = num.value.times(scale).div(den.value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const partial = num.partial || den.partial;
  return {
    value,
    text: `${formatAmount(value, Math.min(places, 2))} ${unitText}`,
    status: 'derived',
    note: `${num.text} ÷ ${den.text}，四舍五入到 ${places} 位小数。${partial ? '分子或分母只是部分口径。' : ''}`,
    unit,
    ...(partial ? { partial: true } : {}),
  };
}

const perStaffOf = (amount: Figure, staff: Figure, what: string) => ratio(amount, staff, what, new Decimal(1), 4, '万元/人', '万元/人');

// ------------------------------------------------------------------------------- population

function populationFigure(report: Report, regions: readonly RegionFacts[]): Figure {
  const r = regions.find((x) => x.code === report.unit.region.code);
  const p = r?.population;
  if (!p) return notPublished(`content/regions.yaml 中没有声明地区 ${report.unit.region.code} 的人口。`, '人');
  const raw = new Decimal(p.value.replace(/,/g, ''));
  const value = p.unit === '万人' ? raw.times(10000) : raw;
  const yearNote = p.year === report.year ? '' : `人口是 ${p.year} 年的，报告是 ${report.year} 年的。`;
  return {
    value,
    text: `${formatAmount(value)} 人`,
    status: 'published',
    note: `${r.name}${p.kind ?? '人口'} ${p.value} ${p.unit}（${p.year} 年），来源：${p.source.publisher}《${p.source.title.replace(/^《|》$/g, '')}》。${yearNote}`,
    unit: '人',
  };
}

function populationMeta(report: Report, regions: readonly RegionFacts[]): { populationYear?: number; populationSource?: string } {
  const p = regions.find((x) => x.code === report.unit.region.code)?.population;
  if (!p) return {};
  const src = [p.source.publisher, p.source.title, p.source.url].filter((x) => x !== undefined).join('，');
  return { populationYear: p.year, populationSource: src };
}

// --------------------------------------------------------------------------------- by kind

/** Expenditure lines under a 项目支出 / 特定目标类 line that name a project but have no project table. */
function linesWithoutTable(report: Report): BudgetLine[] {
  const out: BudgetLine[] = [];
  for (const agg of aggregateLines(report).filter((l) => isProjectSpendingLine(l) || isTargetedLine(l))) {
    for (const c of agg.children) if (c.project === undefined && c.children.length === 0) out.push(c);
  }
  return out;
}

function kindItems(report: Report): { basis: KindBasis; items: KindItem[] } {
  if (report.projects.length > 0) {
    const items: KindItem[] = report.projects.map((p) => ({
      source: 'project',
      name: p.name,
      anchor: p.anchor,
      projectId: p.id,
      amount: projectBudget(report, p),
      assignment: classifyProject(p),
    }));
    for (const l of linesWithoutTable(report)) {
      items.push({ source: 'expenditure-line', name: l.name, anchor: l.anchor, amount: l.amount, assignment: classifyProject({ name: l.name }) });
    }
    return { basis: 'projects', items };
  }
  const tasks = report.overall?.key_tasks ?? [];
  if (tasks.length > 0) {
    return {
      basis: 'key-tasks',
      items: tasks.map((t) => ({ source: 'key-task', name: t.name, anchor: t.anchor, amount: t.amount, assignment: classifyProject(t) })),
    };
  }
  return { basis: 'none', items: [] };
}

function kindNoteOf(basis: KindBasis, items: readonly KindItem[], project: Figure): string {
  const known = items.filter((i) => i.amount).map((i) => i.amount as Money);
  const sum = known.reduce((s, m) => s.plus(toWanyuan(m)), new Decimal(0));
  const share =
    project.value && !project.value.isZero() && project.status !== 'not-published'
      ? `，是项目支出 ${project.text}的 ${sum.div(project.value).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)}%`
      : '';
  if (basis === 'none') return '没有公开项目表，也没有年度重点工作任务，无法按类别分列。';
  const lines = items.filter((i) => i.source === 'expenditure-line');
  const extra = lines.length > 0 ? `，另加支出表中没有项目表的 ${lines.length} 个项目（${names(lines)}）` : '';
  const what =
    basis === 'projects'
      ? `按 ${items.length - lines.length} 张项目表的预算归类${extra}`
      : `没有公开项目表：按 ${items.length} 项年度重点工作任务的拟投入资金归类（重点工作任务不一定涵盖全部项目支出）`;
  return `${what}；归类金额合计 ${wan(sum, decimalsOfAll(known))}${share}。`;
}

function kindFigure(kind: ProjectKind, items: readonly KindItem[], basis: KindBasis): Figure {
  if (items.length === 0) {
    return {
      text: NOT_PUBLISHED,
      status: 'not-published',
      note:
        basis === 'none'
          ? '没有可以归类的项目或任务。'
          : `没有单列为“${kind.label}”的${basis === 'key-tasks' ? '重点工作任务' : '项目'}；这类支出可能含在其他项目或基本支出中，不能当作 0。`,
      unit: '万元',
    };
  }
  const known = items.filter((i) => i.amount);
  const missing = items.filter((i) => !i.amount);
  if (known.length === 0) return notPublished(`${names(items)}没有公开金额。`, '万元');
  const from = basis === 'key-tasks' ? '重点工作任务' : '项目';
  const f = sumFigure(
    known.map((i) => i.amount as Money),
    `${from}${names(known)}${known.length > 1 ? '之和' : ''}。${missing.length > 0 ? `另有${names(missing)}没有公开金额，未计入。` : ''}`,
    missing.length > 0,
  );
  // One item: its amount is printed in the document (project table, expenditure line or key task).
  if (known.length === 1 && missing.length === 0) f.status = 'published';
  return f;
}

// ------------------------------------------------------------------------------- indicators

/** 决策 / 过程 rows rate how a project is managed, not what it delivers (as in rule indicator.quantified). */
const isProcess = (i: Indicator) => {
  const c = categoryOf(i);
  return c === '决策' || c === '过程';
};

/** Indicator quality of a list of indicators, counted as rule indicator.quantified counts. */
export function indicatorQuality(inds: readonly Indicator[]): IndicatorQuality {
  const process = inds.filter(isProcess).length;
  const valued = inds.filter((i) => !isProcess(i) && i.target && i.target.kind !== 'empty');
  const quantified = valued.filter((i) => isQuantified(i.target!)).length;
  const share: Figure =
    valued.length === 0
      ? notPublished('没有填写了指标值的产出、效益、满意度等指标。', '%')
      : (() => {
          const value = new Decimal(quantified).div(valued.length).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
          return {
            value,
            text: `${value.toFixed(1)}%（${quantified}/${valued.length}）`,
            status: 'derived' as const,
            note: `${valued.length} 项有指标值的指标中 ${quantified} 项写成了可以核对的数值（定量比较、区间或时限）${process > 0 ? `；不计决策、过程类指标 ${process} 项` : ''}。`,
            unit: '%',
          };
        })();
  return { count: inds.length, valued: valued.length, quantified, process, share };
}

function allIndicators(report: Report): Indicator[] {
  return [...(report.overall?.indicators ?? []), ...report.projects.flatMap((p) => p.indicators)];
}

function projectSummary(report: Report, p: Project): ProjectSummary {
  const b = projectBudget(report, p);
  const budget = b
    ? moneyFigure(b, p.budget?.total ? 'published' : 'derived', p.budget?.total ? '项目表的预算数。' : '项目表未印预算数，取自支出表中引用本项目的行。')
    : notPublished('项目表和支出表都没有本项目的金额。', '万元');
  return { id: p.id, name: p.name, anchor: p.anchor, budget, assignment: classifyProject(p), quality: indicatorQuality(p.indicators) };
}

// --------------------------------------------------------------------------------- summary

function scopeFigure(report: Report, totalBasis: TotalBasis): Figure {
  const s = report.unit.scope;
  const parts: string[] = [];
  if (s === '部门') parts.push('部门：含下属单位。');
  else if (s === '本级') parts.push('本级：只含机关本身，不含下属单位。');
  else parts.push('文件没有说明是部门（含下属单位）还是本级。');
  if (totalBasis === 'projects') parts.push('只公开了项目表，没有单位整体的收支。');
  return { text: s ?? '未说明', status: s ? 'published' : 'not-published', note: parts.join('') };
}

/** Summarize one report for comparison. `regions` supplies declared populations (content/regions.yaml). */
export function summarizeReport(report: Report, findings: readonly Finding[], regions: readonly RegionFacts[] = []): ReportSummary {
  const { figure: total, basis: totalBasis } = totalFigure(report);
  const { basic, project, basis: splitBasis } = splitFigures(report, total, totalBasis);
  const staff = staffFigure(report);
  const population = populationFigure(report, regions);
  const { basis: kindBasis, items } = kindItems(report);
  const byKind: KindSpending[] = PROJECT_KINDS.map((kind) => {
    const mine = items.filter((i) => i.assignment.kind === kind.id);
    return { kind, figure: kindFigure(kind, mine, kindBasis), items: mine };
  });
  const session = byKind.find((k) => k.kind.id === 'huiyi')!.figure;
  const perResidentOf = (f: Figure, what: string) => ratio(f, population, what, new Decimal(10000), 2, '元/人', '元/人');
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    id: report.id,
    unitName: report.unit.name,
    shortName: report.unit.short_name,
    category: report.unit.category,
    level: report.unit.level,
    year: report.year,
    stage: report.stage,
    regionCode: report.unit.region.code,
    province: report.unit.region.province,
    scope: scopeFigure(report, totalBasis),
    total,
    totalBasis,
    basic,
    project,
    splitBasis,
    staff,
    perStaff: perStaffOf(total, staff, '每位工作人员的支出'),
    population,
    ...populationMeta(report, regions),
    perResident: perResidentOf(total, '每位居民的支出'),
    kindBasis,
    kindNote: kindNoteOf(kindBasis, items, project),
    byKind,
    session,
    sessionPerStaff: perStaffOf(session, staff, '每位工作人员的会议经费'),
    sessionPerResident: perResidentOf(session, '每位居民的会议经费'),
    indicators: indicatorQuality(allIndicators(report)),
    projects: report.projects.map((p) => projectSummary(report, p)),
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
  };
}

/** The kind a summary's item list gives to one taxonomy id. */
export function kindSpending(s: ReportSummary, id: ProjectKindId): KindSpending {
  return s.byKind.find((k) => k.kind.id === id) ?? { kind: projectKind(id), figure: notPublished('', '万元'), items: [] };
}

// ------------------------------------------------------------------------------------ JSON

/** A figure as JSON: the value as an exact decimal string (null when not published). */
export interface FigureJson {
  value: string | null;
  text: string;
  status: FigureStatus;
  unit: string | null;
  note: string | null;
  partial: boolean;
}

/** Serialize a figure; Decimal values become exact strings (no exponent, no rounding). */
export function figureToJson(f: Figure): FigureJson {
  return {
    value: f.value === undefined ? null : f.value.toFixed(),
    text: f.text,
    status: f.status,
    unit: f.unit ?? null,
    note: f.note ?? null,
    partial: f.partial === true,
  };
}

/** Read a figure back (e.g. in the browser, from JSON embedded in a page). */
export function figureFromJson(j: FigureJson): Figure {
  return {
    ...(j.value === null ? {} : { value: new Decimal(j.value) }),
    text: j.text,
    status: j.status,
    ...(j.unit === null ? {} : { unit: j.unit }),
    ...(j.note === null ? {} : { note: j.note }),
    ...(j.partial ? { partial: true } : {}),
  };
}

/** The comparable figures of a summary as JSON (report JSON `summary`, and data for the compare page). */
export interface SummaryJson {
  scope: FigureJson;
  total: FigureJson & { basis: TotalBasis };
  basic: FigureJson;
  project: FigureJson & { split_basis: SplitBasis };
  staff: FigureJson & { label: string };
  per_staff: FigureJson;
  population: FigureJson;
  per_resident: FigureJson;
  session: FigureJson;
  session_per_staff: FigureJson;
  session_per_resident: FigureJson;
  by_kind: { basis: KindBasis; note: string; kinds: { kind: ProjectKindId; label: string; figure: FigureJson; items: { source: KindItem['source']; name: string; anchor: string; kind_reason: string }[] }[] };
  indicators: { count: number; valued: number; quantified: number; process: number; share: FigureJson };
  findings: Record<Severity, number>;
}

export function summaryToJson(s: ReportSummary): SummaryJson {
  return {
    scope: figureToJson(s.scope),
    total: { ...figureToJson(s.total), basis: s.totalBasis },
    basic: figureToJson(s.basic),
    project: { ...figureToJson(s.project), split_basis: s.splitBasis },
    staff: { ...figureToJson(s.staff), label: s.staff.label },
    per_staff: figureToJson(s.perStaff),
    population: figureToJson(s.population),
    per_resident: figureToJson(s.perResident),
    session: figureToJson(s.session),
    session_per_staff: figureToJson(s.sessionPerStaff),
    session_per_resident: figureToJson(s.sessionPerResident),
    by_kind: {
      basis: s.kindBasis,
      note: s.kindNote,
      kinds: s.byKind.map((k) => ({
        kind: k.kind.id,
        label: k.kind.label,
        figure: figureToJson(k.figure),
        items: k.items.map((i) => ({ source: i.source, name: i.name, anchor: i.anchor, kind_reason: i.assignment.reason })),
      })),
    },
    indicators: {
      count: s.indicators.count,
      valued: s.indicators.valued,
      quantified: s.indicators.quantified,
      process: s.indicators.process,
      share: figureToJson(s.indicators.share),
    },
    findings: s.findings,
  };
}
