/**
 * The site-wide CSV tables: reports, budget_lines, projects, key_tasks, indicators, findings.
 * Each table is declared once, here (columns with types and Chinese titles, primary and foreign
 * keys); the CSV files and datapackage.json are both generated from these declarations, so they
 * cannot disagree.
 *
 * Rules shared by every table:
 * - Rows: reports sorted by id; within a report, document order (the order of the page).
 * - Ids match the report pages: `report_id` is the content id (page `reports/<report_id>/`), and
 *   `line_id`, `project_anchor`, `task_id`, `indicator_id` and a finding's `anchor` are element ids
 *   on that page (`…/#<id>`).
 * - Amounts are exact decimal strings in the unit named beside them; columns ending in
 *   `_wanyuan` are converted to 万元 exactly. An empty cell means not published, never 0.
 * - Every figure in reports.csv can be recomputed from the other tables (see `total_basis`,
 *   `split_basis`, `kind_basis`); test/unit/exports-recompute.test.ts does exactly that.
 */
import { KIND_LABELS, isQuantified, type IndicatorValue } from '../model/indicator-value.ts';
import type { Money } from '../model/money.ts';
import type { BudgetLine, BudgetTable, Indicator, Report } from '../model/report.ts';
import type { BudgetLineInput, BudgetTableDecl } from '../model/schema.ts';
import { SEVERITY_LABEL } from '../checks/finding.ts';
import { categoryOf } from '../checks/util.ts';
import { allLines, projectBudget } from '../model/totals.ts';
import { formatPath } from '../declaration/diagnostic.ts';
import { classifyProject, PROJECT_KINDS, projectKind } from '../compare/project-kinds.ts';
import type { Figure, ReportSummary } from '../compare/report-summary.ts';
import { csvField, csvLine, type Cell } from './csv.ts';
import { exactText, reportJsonPath, reportPagePath, wanyuanText, type ExportInput } from './report-json.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column: Frictionless Table Schema field, plus an optional Fiscal Data Package column type. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  title: string;
  description?: string;
  required?: boolean;
  enum?: readonly string[];
  /** Table Schema `pattern` constraint (a regular expression the whole cell matches). */
  pattern?: string;
  /**
   * Fiscal Data Package `columnType`, for the columns that are fiscal data: one of the types
   * registered in OpenSpending's os-types, with the code column its label needs in the same table
   * (test/unit/exports-datapackage.test.ts runs os-types on every table).
   */
  columnType?: string;
}

export interface ForeignKeySpec {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSpec {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: readonly FieldSpec[];
  primaryKey: readonly string[];
  foreignKeys?: readonly ForeignKeySpec[];
}

export type Row = Record<string, Cell>;

const f = (name: string, type: FieldType, title: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, type, title, ...extra });
const req = { required: true };
const amountField = (name: string, title: string, extra: Partial<FieldSpec> = {}) =>
  f(name, 'number', title, { description: '精确的十进制数，单位见同一行的 money_unit；空 = 未公开（原件空白或没有此栏），不是 0。', ...extra });
const wanField = (name: string, title: string, description: string) => f(name, 'number', `${title}（万元）`, { description: `${description}空 = 未公开，不是 0。` });
const STATUS = ['published', 'derived', 'not-published'] as const;
const statusField = (name: string, title: string) =>
  f(name, 'string', `${title}的来源`, { enum: STATUS, description: 'published：原件印有；derived：由原件数字精确算出；not-published：未公开。' });
const toReports: ForeignKeySpec = { fields: ['report_id'], reference: { resource: 'reports', fields: ['report_id'] } };
/**
 * Rows point at their project by one column, not by (report_id, project_id): Frictionless checks a
 * foreign key whenever any of its cells is set, so the composite key failed on every row without a
 * project; a single-column key that is empty is skipped.
 */
const toProjects: ForeignKeySpec = { fields: ['project_key'], reference: { resource: 'projects', fields: ['project_key'] } };
const PROJECT_KEY_PATTERN = '[^#]+#[a-z0-9][a-z0-9-]*';
const projectKeyOf = (reportId: string, projectId: string) => `${reportId}#${projectId}`;
const projectKeyRef = (title: string) =>
  f('project_key', 'string', title, { pattern: PROJECT_KEY_PATTERN, description: 'projects.csv 中的 project_key（<report_id>#<project_id>）；空 = 不属于任何项目。' });
const reportId = f('report_id', 'string', '报告标识', { ...req, description: '内容集合中的标识，如 2024/320200-wuxi-renda-budget；报告页面为 reports/<report_id>/。' });

const KIND_IDS = PROJECT_KINDS.map((k) => k.id);

export const REPORTS: TableSpec = {
  name: 'reports',
  path: 'reports.csv',
  title: '报告',
  description: '每份报告一行：单位、来源，以及对比页上的每个数字（总额、基本支出与项目支出、人数与人均、按项目类别的支出、会议经费、指标质量、发现的问题数）。',
  primaryKey: ['report_id'],
  fields: [
    reportId,
    f('page_path', 'string', '报告页面路径', { ...req, description: '相对网站根路径' }),
    f('json_path', 'string', '报告 JSON 路径', { ...req, description: '相对网站根路径' }),
    f('year', 'integer', '年度', { ...req, columnType: 'date:fiscal-year' }),
    f('stage', 'string', '阶段', { ...req, enum: ['预算', '决算'], columnType: 'phase:id' }),
    // No fiscal column type: os-types' administrative label needs a unit code, which the documents do not print.
    f('unit_name', 'string', '单位全称', req),
    f('unit_short_name', 'string', '单位简称', req),
    f('category', 'string', '单位类别', req),
    f('level', 'string', '级别', req),
    f('scope', 'string', '口径', { description: '部门（含下属单位）或 本级；空 = 文件没有说明。' }),
    f('region_code', 'string', '行政区划代码', { ...req, pattern: '\\d{6}', description: 'GB/T 2260 六位代码，作为文本（保留开头的 0）。', columnType: 'geo-source:generic:code' }),
    f('province', 'string', '省', req),
    f('city', 'string', '市'),
    f('county', 'string', '县（区）'),
    f('money_unit', 'string', '报告金额单位', { ...req, enum: ['万元', '元'] }),
    f('source_title', 'string', '来源文件标题', req),
    f('source_publisher', 'string', '发布者', req),
    f('source_url', 'string', '来源网址'),
    f('source_published', 'date', '发布日期', { description: 'YYYY-MM-DD' }),
    wanField('total_wanyuan', '支出总额', '见 total_basis。'),
    statusField('total_status', '支出总额'),
    f('total_basis', 'string', '支出总额的算法', {
      ...req,
      enum: ['expenditure.total', 'expenditure.lines', 'income.total', 'projects', 'none'],
      description:
        'expenditure.total：budget_lines 中 table=expenditure 且 is_total 的行；expenditure.lines：table=expenditure 且 level=1 的行之和；income.total：table=income 且 is_total 的行；projects：projects.csv 中本报告 budget_wanyuan 之和（只是已公开的项目，不是全部支出）。',
    }),
    f('total_partial', 'boolean', '总额只覆盖一部分', { ...req, description: 'true 时不与其他报告的总额排名。' }),
    wanField('basic_wanyuan', '基本支出', '见 split_basis。'),
    statusField('basic_status', '基本支出'),
    wanField('project_wanyuan', '项目支出', '见 split_basis。'),
    statusField('project_status', '项目支出'),
    f('split_basis', 'string', '基本/项目支出的算法', {
      ...req,
      enum: ['expenditure.lines', 'projects', 'none'],
      description:
        'expenditure.lines：支出表中 line_kind 为 基本支出、项目支出 的顶层行；projects：项目支出 = projects.csv 中 budget_wanyuan 之和，基本支出 = total_wanyuan − 项目支出（只公开项目表时基本支出未公开）。',
    }),
    f('staff_count', 'integer', '人数', { description: '见 staff_label；空 = 未公布。' }),
    statusField('staff_status', '人数'),
    f('staff_label', 'string', '人数所指', { description: '文件中的人员类别；多个类别时为其合计。' }),
    f('per_staff_wanyuan', 'number', '人均支出（万元/人）', { description: 'total_wanyuan ÷ staff_count，四舍五入（ROUND_HALF_UP）到 4 位小数。' }),
    f('population', 'integer', '人口（人）', { description: 'content/regions.yaml 中声明的人口，已换算为人；空 = 未声明。' }),
    f('population_year', 'integer', '人口年份'),
    f('population_source', 'string', '人口来源'),
    f('per_resident_yuan', 'number', '每位居民的支出（元/人）', { description: 'total_wanyuan × 10000 ÷ population，四舍五入到 2 位小数。' }),
    wanField('session_wanyuan', '会议经费', '项目类别 huiyi 的金额之和（= kind_huiyi_wanyuan）。'),
    statusField('session_status', '会议经费'),
    f('session_per_staff_wanyuan', 'number', '人均会议经费（万元/人）', { description: 'session_wanyuan ÷ staff_count，四舍五入到 4 位小数。' }),
    f('session_per_resident_yuan', 'number', '每位居民的会议经费（元/人）', { description: 'session_wanyuan × 10000 ÷ population，四舍五入到 2 位小数。' }),
    f('kind_basis', 'string', '按类别支出的依据', {
      ...req,
      enum: ['projects', 'key-tasks', 'none'],
      description:
        'projects：projects.csv 的 budget_wanyuan 按 kind 求和，加上 budget_lines 中 project_kind 不为空的行；key-tasks：key_tasks.csv 的 amount_wanyuan 按 kind 求和。',
    }),
    ...KIND_IDS.map((id) => wanField(`kind_${id}_wanyuan`, `${projectKind(id).label}类项目支出`, `项目类别 ${id}：见 kind_basis。`)),
    f('indicators_count', 'integer', '绩效指标数', req),
    f('indicators_counted', 'integer', '计入量化比例的指标数', { ...req, description: '有指标值、且不是决策/过程类的指标（indicators.csv 中 counted=true）。' }),
    f('indicators_quantified', 'integer', '量化指标数', { ...req, description: 'indicators.csv 中 quantified=true。' }),
    f('quantified_share_percent', 'number', '量化指标占比（%）', { description: 'indicators_quantified ÷ indicators_counted × 100，四舍五入到 1 位小数。' }),
    f('findings_error', 'integer', '错误数', req),
    f('findings_warning', 'integer', '提示关注数', req),
    f('findings_info', 'integer', '说明数', req),
  ],
};

/** What a budget line is to a sum: see the description of `row_role`. */
export const ROW_ROLES = ['total', 'parent', 'detail'] as const;

export const BUDGET_LINES: TableSpec = {
  name: 'budget_lines',
  path: 'budget_lines.csv',
  title: '收支表各行',
  description: '收入表、支出表、按预算级次划分表和其他金额表的每一行（含合计行和明细行），每一栏照原件。',
  primaryKey: ['report_id', 'line_id'],
  foreignKeys: [toReports, toProjects],
  fields: [
    reportId,
    f('line_id', 'string', '行标识', { ...req, description: '报告页面上该行的元素 id（如 expenditure-2-9）。' }),
    f('table', 'string', '表', { ...req, enum: ['income', 'expenditure', 'budget_levels', 'other'] }),
    f('table_id', 'string', '表标识', { ...req, description: '报告页面上该表的元素 id（income、expenditure、budget-levels、table-1 …）。' }),
    f('table_title', 'string', '表名'),
    f('parent_id', 'string', '上级行', { description: '明细行所属的行的 line_id；合计行和顶层行为空。' }),
    f('level', 'integer', '层级', { ...req, description: '0 = 合计行，1 = 顶层行，2 及以上 = 明细行。' }),
    f('is_total', 'boolean', '是合计行', req),
    f('row_role', 'string', '行的角色（求和只取 detail）', {
      ...req,
      enum: ROW_ROLES,
      description:
        'total：合计行；parent：下面有明细行的行，金额已包含其明细；detail：没有明细的行。同一张表（同一 report_id 和 table_id）中 detail 行互不重叠：' +
        '把它们的金额相加得到合计（原件各行加得起来时；加不起来的见 findings.csv）。把所有行相加会把同一笔钱算几遍。',
    }),
    f('position', 'integer', '表内顺序', req),
    // No fiscal column type: the printed line names have no codes, and a label type needs one.
    f('name', 'string', '行名称', req),
    amountField('amount', '金额 / 全年预算数', { columnType: 'value' }),
    amountField('half_year', '半年计划执行数'),
    amountField('fiscal', '其中：财政资金'),
    amountField('other', '其中：其他资金'),
    f('money_unit', 'string', '金额单位', { ...req, enum: ['万元', '元'] }),
    f('blank_columns', 'string', '原件空白的栏', { description: '原件印成空白的栏（amount、half_year、fiscal、other），以分号分隔；不在此列而为空的栏是原件没有的栏。' }),
    f('line_kind', 'string', '支出分类', { description: '基本支出、项目支出、人员类、运转类、特定目标类。' }),
    f('project_ref', 'string', '对应项目（照内容）'),
    f('project_id', 'string', '对应项目', { description: '本报告 projects.csv 中存在的 project_id。' }),
    projectKeyRef('对应项目的键'),
    f('project_kind', 'string', '项目类别（无项目表的项目行）', { enum: KIND_IDS, description: '项目支出下没有项目表的项目行（如 数字人大）计入按类别的支出时的类别。' }),
    f('project_kind_reason', 'string', '归类理由'),
    f('note', 'string', '说明'),
    f('path', 'string', '声明中的位置', req),
  ],
};

export const PROJECTS: TableSpec = {
  name: 'projects',
  path: 'projects.csv',
  title: '项目',
  description: '每张项目绩效目标表一行：项目信息、预算、项目类别及归类理由、指标质量。',
  primaryKey: ['project_key'],
  foreignKeys: [toReports],
  fields: [
    reportId,
    f('project_id', 'string', '项目标识', { ...req, pattern: '[a-z0-9][a-z0-9-]*', description: '在本报告内唯一。' }),
    f('project_key', 'string', '项目键', {
      ...req,
      pattern: PROJECT_KEY_PATTERN,
      description: '<report_id>#<project_id>，全站唯一；budget_lines.csv 和 indicators.csv 用它指向项目。',
      // A 项目 with its own performance goals: os-types' "program" (its "project" needs a program above it).
      columnType: 'activity:generic:program:code',
    }),
    f('project_anchor', 'string', '页面锚点', { ...req, description: '报告页面上的元素 id（project-<project_id>）。' }),
    f('position', 'integer', '顺序', req),
    f('name', 'string', '项目名称', { ...req, columnType: 'activity:generic:program:label' }),
    f('code', 'string', '项目编码', { description: '原件印的编码，作为文本（保留开头的 0）。' }),
    f('form', 'string', '所在表'),
    f('class', 'string', '项目类别（原文）'),
    f('department', 'string', '主管部门'),
    f('implementer', 'string', '实施单位'),
    f('attribute', 'string', '项目属性'),
    f('period', 'string', '项目期'),
    f('start', 'string', '开始时间'),
    f('end', 'string', '完成时间'),
    f('money_unit', 'string', '金额单位', { ...req, enum: ['万元', '元'] }),
    amountField('budget_total', '预算数（项目表）'),
    amountField('budget_fiscal', '其中：财政资金'),
    amountField('budget_other', '其他资金'),
    f('budget_wanyuan', 'number', '预算（万元）', {
      columnType: 'value',
      description: '核对和对比所用的预算：项目表的预算数，项目表未印时取支出表中引用本项目的行之和；换算为万元。空 = 未公开。',
    }),
    f('budget_source', 'string', '预算来源', { enum: ['project', 'expenditure_lines'] }),
    f('kind', 'string', '项目类别', { ...req, enum: KIND_IDS, columnType: 'functional-classification:generic:code' }),
    f('kind_label', 'string', '项目类别名称', { ...req, columnType: 'functional-classification:generic:label' }),
    f('kind_reason', 'string', '归类理由', req),
    f('kind_source', 'string', '归类依据', { ...req, enum: ['content', 'name', 'description', 'default'] }),
    f('indicators_count', 'integer', '绩效指标数', req),
    f('indicators_counted', 'integer', '计入量化比例的指标数', req),
    f('indicators_quantified', 'integer', '量化指标数', req),
    f('quantified_share_percent', 'number', '量化指标占比（%）', { description: '四舍五入到 1 位小数；空 = 没有计入的指标。' }),
    f('purpose', 'string', '资金用途'),
    f('goals', 'string', '绩效目标', { description: '多项目标以换行分隔。' }),
    f('spending_plan', 'string', '资金支出计划', { description: '如 3月底 30%; 6月底 60%' }),
    f('page', 'string', '原件页码或表号'),
    f('note', 'string', '说明'),
  ],
};

export const KEY_TASKS: TableSpec = {
  name: 'key_tasks',
  path: 'key_tasks.csv',
  title: '年度重点工作任务',
  description: '部门整体绩效目标表中的年度重点工作任务及拟投入资金，带项目类别（没有项目表的报告按它们归类）。',
  primaryKey: ['report_id', 'task_id'],
  foreignKeys: [toReports],
  fields: [
    reportId,
    f('task_id', 'string', '任务标识', { ...req, description: '报告页面上的元素 id（key-task-N）。' }),
    f('position', 'integer', '顺序', req),
    f('name', 'string', '任务名称', req),
    f('content', 'string', '主要实施内容'),
    amountField('amount', '拟投入资金', { columnType: 'value' }),
    f('money_unit', 'string', '金额单位', { ...req, enum: ['万元', '元'] }),
    f('amount_wanyuan', 'number', '拟投入资金（万元）'),
    f('amount_blank', 'boolean', '金额原件空白', req),
    f('expected', 'string', '期望达到的目标'),
    f('kind', 'string', '项目类别', { ...req, enum: KIND_IDS, columnType: 'functional-classification:generic:code' }),
    f('kind_label', 'string', '项目类别名称', { ...req, columnType: 'functional-classification:generic:label' }),
    f('kind_reason', 'string', '归类理由', req),
    f('note', 'string', '说明'),
  ],
};

export const INDICATORS: TableSpec = {
  name: 'indicators',
  path: 'indicators.csv',
  title: '绩效指标',
  description: '单位整体和各项目的每个绩效指标：原文各栏，以及解析后的指标值和是否量化。',
  primaryKey: ['report_id', 'indicator_id'],
  foreignKeys: [toReports, toProjects],
  fields: [
    reportId,
    f('indicator_id', 'string', '指标标识', { ...req, description: '报告页面上该行的元素 id。' }),
    f('owner', 'string', '所属', { ...req, enum: ['overall', 'project'] }),
    f('project_id', 'string', '所属项目', { description: 'owner=project 时的 project_id。' }),
    projectKeyRef('所属项目的键'),
    f('position', 'integer', '顺序', req),
    f('table_name', 'string', '所在的表'),
    f('level1', 'string', '一级指标'),
    f('level2', 'string', '二级指标'),
    f('level3', 'string', '三级指标'),
    f('key_work', 'string', '重点工作'),
    f('project_text', 'string', '对应项目（原文）'),
    f('description', 'string', '绩效指标描述'),
    f('value', 'string', '指标值（原文）'),
    f('half_year', 'string', '半年指标值（原文）'),
    f('full_year', 'string', '全年指标值（原文）'),
    f('basis', 'string', '指标值确定依据'),
    f('note', 'string', '说明'),
    f('category', 'string', '指标类别', { enum: ['产出', '效益', '满意度', '成本', '决策', '过程', '履职'] }),
    f('target_column', 'string', '用于比较的指标值', { enum: ['value', 'full_year'] }),
    f('target_kind', 'string', '指标值类型', { enum: Object.keys(KIND_LABELS) }),
    f('target_kind_label', 'string', '指标值类型名称'),
    f('operator', 'string', '比较符', { enum: ['=', '>', '>=', '<', '<='] }),
    f('number', 'string', '数值', { description: '原文数字（精确），定量比较时。' }),
    f('number_unit', 'string', '数值单位'),
    f('range_min', 'string', '区间下限'),
    f('range_max', 'string', '区间上限'),
    f('deadline', 'string', '时限', { description: 'YYYY、YYYY-MM 或 YYYY-MM-DD；区间为 起/止。' }),
    f('deadline_bound', 'string', '时限类型', { enum: ['before', 'by', 'during'] }),
    f('reference', 'string', '参照'),
    f('qualifier', 'string', '限定语'),
    f('counted', 'boolean', '计入量化比例', { ...req, description: '有指标值，且不是决策/过程类（与规则 indicator.quantified 相同）。' }),
    f('quantified', 'boolean', '已量化', { ...req, description: 'counted 且指标值为定量比较、区间或时限。' }),
  ],
};

export const FINDINGS: TableSpec = {
  name: 'findings',
  path: 'findings.csv',
  title: '发现的问题',
  description: '检查规则对每份报告的发现（错误、提示关注、说明），指向所涉及的数字。',
  primaryKey: ['report_id', 'finding_no'],
  foreignKeys: [toReports],
  fields: [
    reportId,
    f('finding_no', 'integer', '序号', { ...req, description: '本报告内的序号（按严重程度、规则、文档顺序）。' }),
    f('rule', 'string', '规则', { ...req, description: '规则 id，见网站的规则页。' }),
    f('severity', 'string', '严重程度', { ...req, enum: ['error', 'warning', 'info'] }),
    f('severity_label', 'string', '严重程度名称', req),
    f('message', 'string', '说明', req),
    f('anchor', 'string', '页面锚点', req),
    f('path', 'string', '声明中的位置', req),
  ],
};

/** The tables, in datapackage order. */
export const TABLE_SPECS: readonly TableSpec[] = [REPORTS, BUDGET_LINES, PROJECTS, KEY_TASKS, INDICATORS, FINDINGS];

// ------------------------------------------------------------------------------------ rows

const fig = (x: Figure): Cell => (x.status === 'not-published' ? null : (x.value ?? null));
const money = (m: Money | undefined): Cell => (m ? exactText(m) : null);
const wanOf = (m: Money | undefined): Cell => (m ? wanyuanText(m) : null);

function reportRow(s: ReportSummary, r: Report): Row {
  const kinds: Row = {};
  for (const k of s.byKind) kinds[`kind_${k.kind.id}_wanyuan`] = fig(k.figure);
  const region = r.unit.region;
  return {
    report_id: r.id,
    page_path: reportPagePath(r.id),
    json_path: reportJsonPath(r.id),
    year: r.year,
    stage: r.stage,
    unit_name: r.unit.name,
    unit_short_name: r.unit.short_name,
    category: r.unit.category,
    level: r.unit.level,
    scope: r.unit.scope,
    region_code: region.code,
    province: region.province,
    city: region.city,
    county: region.county,
    money_unit: r.money_unit,
    source_title: r.source.title,
    source_publisher: r.source.publisher,
    source_url: r.source.url,
    source_published: r.source.published,
    total_wanyuan: fig(s.total),
    total_status: s.total.status,
    total_basis: s.totalBasis,
    total_partial: s.total.partial === true,
    basic_wanyuan: fig(s.basic),
    basic_status: s.basic.status,
    project_wanyuan: fig(s.project),
    project_status: s.project.status,
    split_basis: s.splitBasis,
    staff_count: fig(s.staff),
    staff_status: s.staff.status,
    staff_label: s.staff.label || null,
    per_staff_wanyuan: fig(s.perStaff),
    population: fig(s.population),
    population_year: s.populationYear,
    population_source: s.populationSource,
    per_resident_yuan: fig(s.perResident),
    session_wanyuan: fig(s.session),
    session_status: s.session.status,
    session_per_staff_wanyuan: fig(s.sessionPerStaff),
    session_per_resident_yuan: fig(s.sessionPerResident),
    kind_basis: s.kindBasis,
    ...kinds,
    indicators_count: s.indicators.count,
    indicators_counted: s.indicators.valued,
    indicators_quantified: s.indicators.quantified,
    quantified_share_percent: fig(s.indicators.share),
    findings_error: s.findings.error,
    findings_warning: s.findings.warning,
    findings_info: s.findings.info,
  };
}

const TABLE_OF: Record<string, string> = { income: 'income', expenditure: 'expenditure', budget_levels: 'budget_levels' };

/** Lines under 项目支出 that stand for a project without a table, as classified in the summary. */
function kindLines(s: ReportSummary): Map<string, { kind: string; reason: string }> {
  const out = new Map<string, { kind: string; reason: string }>();
  if (s.kindBasis !== 'projects') return out;
  for (const k of s.byKind) for (const i of k.items) if (i.source === 'expenditure-line') out.set(i.anchor, { kind: k.kind.id, reason: i.assignment.reason });
  return out;
}

function budgetLineRows(r: Report, tableName: string, decl: BudgetTableDecl, table: BudgetTable, kinds: Map<string, { kind: string; reason: string }>): Row[] {
  const rows: Row[] = [];
  const projectIds = new Set(r.projects.map((p) => p.id));
  const add = (d: BudgetLineInput, l: BudgetLine, level: number, parent: BudgetLine | undefined, isTotal: boolean) => {
    const blank = (['amount', 'half_year', 'fiscal', 'other'] as const).filter((c) => d[c] === null);
    const k = kinds.get(l.anchor);
    rows.push({
      report_id: r.id,
      line_id: l.anchor,
      table: TABLE_OF[tableName] ?? 'other',
      table_id: table.anchor,
      table_title: table.title,
      parent_id: parent?.anchor,
      level,
      is_total: isTotal,
      row_role: isTotal ? 'total' : l.children.length > 0 ? 'parent' : 'detail',
      position: rows.length + 1,
      name: l.name,
      amount: money(l.amount),
      half_year: money(l.half_year),
      fiscal: money(l.fiscal),
      other: money(l.other),
      money_unit: table.unit,
      blank_columns: blank.length ? blank.join(';') : null,
      line_kind: l.kind,
      project_ref: l.project,
      project_id: l.project !== undefined && projectIds.has(l.project) ? l.project : null,
      project_key: l.project !== undefined && projectIds.has(l.project) ? projectKeyOf(r.id, l.project) : null,
      project_kind: k?.kind,
      project_kind_reason: k?.reason,
      note: l.note,
      path: formatPath(l.path),
    });
    (d.children ?? []).forEach((c, i) => add(c, l.children[i]!, level + 1, l, false));
  };
  if (decl.total && table.total) add(decl.total, table.total, 0, undefined, true);
  decl.lines.forEach((d, i) => add(d, table.lines[i]!, 1, undefined, false));
  return rows;
}

function projectRows(r: Report, s: ReportSummary): Row[] {
  return r.projects.map((p, i) => {
    const b = projectBudget(r, p);
    const a = classifyProject(p);
    const q = s.projects[i]!.quality;
    return {
      report_id: r.id,
      project_id: p.id,
      project_key: projectKeyOf(r.id, p.id),
      project_anchor: p.anchor,
      position: i + 1,
      name: p.name,
      code: p.code,
      form: p.form,
      class: p.class,
      department: p.department,
      implementer: p.implementer,
      attribute: p.attribute,
      period: p.period,
      start: p.start,
      end: p.end,
      money_unit: p.unit,
      budget_total: money(p.budget?.total),
      budget_fiscal: money(p.budget?.fiscal),
      budget_other: money(p.budget?.other),
      budget_wanyuan: wanOf(b),
      budget_source: b ? (p.budget?.total ? 'project' : 'expenditure_lines') : null,
      kind: a.kind,
      kind_label: projectKind(a.kind).label,
      kind_reason: a.reason,
      kind_source: a.source,
      indicators_count: q.count,
      indicators_counted: q.valued,
      indicators_quantified: q.quantified,
      quantified_share_percent: fig(q.share),
      purpose: p.purpose,
      goals: p.goals?.join('\n'),
      spending_plan: p.spending_plan?.map((c) => `${c.checkpoint} ${c.text}`).join('; '),
      page: p.page,
      note: p.note,
    };
  });
}

function keyTaskRows(input: ExportInput): Row[] {
  const tasks = input.report.overall?.key_tasks ?? [];
  const decls = input.decl.overall?.key_tasks ?? [];
  return tasks.map((t, i) => {
    const a = classifyProject(t);
    const unit = input.report.money_unit;
    return {
      report_id: input.report.id,
      task_id: t.anchor,
      position: i + 1,
      name: t.name,
      content: t.content,
      amount: money(t.amount),
      money_unit: t.amount?.unit ?? unit,
      amount_wanyuan: wanOf(t.amount),
      amount_blank: decls[i]?.amount === null,
      expected: t.expected,
      kind: a.kind,
      kind_label: projectKind(a.kind).label,
      kind_reason: a.reason,
      note: t.note,
    };
  });
}

function deadlineText(v: Extract<IndicatorValue, { kind: 'deadline' }>): string {
  const d = (y: number, m?: number, day?: number) =>
    [String(y), m === undefined ? undefined : String(m).padStart(2, '0'), day === undefined ? undefined : String(day).padStart(2, '0')].filter(Boolean).join('-');
  const start = d(v.year, v.month, v.day);
  return v.bound === 'during' && v.endYear !== undefined ? `${start}/${d(v.endYear, v.endMonth, v.endDay)}` : start;
}

function indicatorRow(r: Report, ind: Indicator, owner: 'overall' | 'project', projectId: string | undefined, position: number): Row {
  const t = ind.target;
  const category = categoryOf(ind);
  const counted = category !== '决策' && category !== '过程' && t !== undefined && t.kind !== 'empty';
  return {
    report_id: r.id,
    indicator_id: ind.anchor,
    owner,
    project_id: projectId,
    project_key: projectId === undefined ? null : projectKeyOf(r.id, projectId),
    position,
    table_name: ind.table,
    level1: ind.level1,
    level2: ind.level2,
    level3: ind.level3,
    key_work: ind.key_work,
    project_text: ind.project,
    description: ind.description,
    value: ind.values.value?.text,
    half_year: ind.values.half_year?.text,
    full_year: ind.values.full_year?.text,
    basis: ind.basis,
    note: ind.note,
    category,
    target_column: ind.values.value ? 'value' : ind.values.full_year ? 'full_year' : null,
    target_kind: t?.kind,
    target_kind_label: t ? KIND_LABELS[t.kind] : null,
    operator: t?.kind === 'comparison' ? t.operator : null,
    number: t?.kind === 'comparison' ? t.number : null,
    number_unit: t?.kind === 'comparison' || t?.kind === 'range' ? t.unit || null : null,
    range_min: t?.kind === 'range' ? t.min : null,
    range_max: t?.kind === 'range' ? t.max : null,
    deadline: t?.kind === 'deadline' ? deadlineText(t) : null,
    deadline_bound: t?.kind === 'deadline' ? t.bound : null,
    reference: t?.kind === 'reference' ? t.reference : null,
    qualifier: t?.kind === 'comparison' || t?.kind === 'range' ? (t.qualifier ?? null) : null,
    counted,
    quantified: counted && isQuantified(t!),
  };
}

function indicatorRows(r: Report): Row[] {
  const rows: Row[] = [];
  for (const ind of r.overall?.indicators ?? []) rows.push(indicatorRow(r, ind, 'overall', undefined, rows.length + 1));
  for (const p of r.projects) for (const ind of p.indicators) rows.push(indicatorRow(r, ind, 'project', p.id, rows.length + 1));
  return rows;
}

/** The rows of one report in each table, by table name; within a report rows keep document order. */
export function reportTableRows(input: ExportInput, s: ReportSummary): Record<string, Row[]> {
  const r = input.report;
  const budgetLines: Row[] = [];
  const kinds = kindLines(s);
  const o = input.decl.overall;
  const m = r.overall;
  if (o && m) {
    for (const key of ['income', 'expenditure', 'budget_levels'] as const) {
      if (o[key] && m[key]) budgetLines.push(...budgetLineRows(r, key, o[key], m[key], kinds));
    }
    (o.other_tables ?? []).forEach((t, i) => budgetLines.push(...budgetLineRows(r, 'other', t, m.other_tables![i]!, kinds)));
  }
  return {
    reports: [reportRow(s, r)],
    budget_lines: budgetLines,
    projects: projectRows(r, s),
    key_tasks: keyTaskRows(input),
    indicators: indicatorRows(r),
    findings: input.findings.map((fd, i) => ({
      report_id: r.id,
      finding_no: i + 1,
      rule: fd.rule,
      severity: fd.severity,
      severity_label: SEVERITY_LABEL[fd.severity],
      message: fd.message,
      anchor: fd.where.anchor,
      path: formatPath(fd.where.path),
    })),
  };
}

/** How many rows `reportTableRows` gives in each table, by table name, without making them. */
export function reportTableRowCounts(input: ExportInput): Record<string, number> {
  const r = input.report;
  const o = r.overall;
  const tables = o ? [o.income, o.expenditure, o.budget_levels, ...(o.other_tables ?? [])] : [];
  return {
    reports: 1,
    budget_lines: tables.reduce((n, t) => n + allLines(t).length, 0),
    projects: r.projects.length,
    key_tasks: o?.key_tasks?.length ?? 0,
    indicators: r.projects.reduce((n, p) => n + p.indicators.length, o?.indicators?.length ?? 0),
    findings: input.findings.length,
  };
}

/** Reports in the order of the tables: by id. */
export function byReportId<T extends { report: { id: string } }>(inputs: readonly T[]): T[] {
  return [...inputs].sort((a, b) => (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0));
}

/** The spreadsheet copy of a table's CSV file (xlsx.ts): `indicators.csv` → `indicators.xlsx`. */
export function xlsxFileName(spec: TableSpec): string {
  return spec.path.replace(/\.csv$/, '.xlsx');
}

/** The column names of a table, in order. */
export function columnNames(spec: TableSpec): string[] {
  return spec.fields.map((x) => x.name);
}

const columnSets = new WeakMap<TableSpec, Set<string>>();

/** Throws when `row` has a key that is not a column of `spec`: a bug in the row builders, which must not go unnoticed. */
export function checkColumns(spec: TableSpec, row: Row): void {
  let known = columnSets.get(spec);
  if (!known) {
    known = new Set(columnNames(spec));
    columnSets.set(spec, known);
  }
  for (const k in row) if (!known.has(k)) throw new Error(`${spec.name}: unknown column ${k}`);
}

/** The header line of a table's CSV file: the column names, without the line end. */
export function csvHeader(spec: TableSpec): string {
  return csvLine(columnNames(spec));
}

/** One row as a CSV line, cells in the order of `names` (the table's columns), without the line end. */
export function csvRowLine(names: readonly string[], row: Row): string {
  let line = csvField(row[names[0]!]);
  for (let i = 1; i < names.length; i++) line += `,${csvField(row[names[i]!])}`;
  return line;
}
