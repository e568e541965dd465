/**
 * The shape of one report declaration: one unit's disclosure for one year and one stage.
 *
 * This schema checks shape only; meaning (sums, coverage, consistency) is the job of the
 * rules in `src/checks/`. Amounts stay strings here (the exact text of the document);
 * `src/model/report.ts` turns them into Decimal once.
 */
import { z } from 'zod';
import { PROJECT_KIND_IDS } from '../compare/project-kinds.ts';

/** Text from a document: trimmed, non-empty, and free of HTML tags (documents are untrusted). */
const HTML_TAG = /<\/?[a-zA-Z][^>]*>|<!--/;
export const text = () =>
  z
    .string()
    .trim()
    .min(1, '不能为空')
    .refine((s) => !HTML_TAG.test(s), { message: '不允许 HTML 标签或脚本（如 <p>、<script>）：请写纯文本或 Markdown' });

/** Prose (Markdown, rendered through remark and sanitized). */
export const prose = text;

/**
 * An amount of money exactly as the document prints it, e.g. "6431.71", "1,048.54", "83.00".
 * Numbers written without quotes are kept as their YAML source text by the loader.
 */
export const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/**
 * The largest amount: 30 digits before the point (10^26 万元, a trillion times a national budget)
 * and 10 after. Within it every sum and conversion is exact (src/model/decimal.ts).
 */
export const AMOUNT_LIMIT = { integer: 30, fraction: 10 } as const;
/** Digits before and after the point of an amount as printed ("-1,048.54" → [4, 2]). */
function amountDigits(s: string): [number, number] {
  const [int = '', frac = ''] = s.replace(/^-|,/g, '').split('.');
  return [int.length, frac.length];
}
export const amount = () =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .refine((s) => AMOUNT.test(s), { message: '金额应为数字，如 6431.71 或 1,048.54' })
    .refine((s) => !s.startsWith('-'), { message: '金额不能为负数' })
    .refine((s) => !AMOUNT.test(s) || amountDigits(s).every((n, i) => n <= [AMOUNT_LIMIT.integer, AMOUNT_LIMIT.fraction][i]!), {
      error: (issue) => {
        const [int, frac] = amountDigits(String(issue.input));
        return `金额位数超出上限：整数部分最多 ${AMOUNT_LIMIT.integer} 位、小数部分最多 ${AMOUNT_LIMIT.fraction} 位（这里整数 ${int} 位、小数 ${frac} 位）`;
      },
    });

export const moneyUnit = z.enum(['万元', '元']);

/** A percentage as printed, e.g. "30%". */
export const percent = () =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .refine((s) => /^\d+(\.\d+)?\s*[%％]$/.test(s), { message: '应为百分比，如 30%' });

const note = text().optional().describe('对本项数据的说明，例如原件损坏或含义不明之处');

/** One line of an income or expenditure table, with every column the document publishes. */
export interface BudgetLineInput {
  name: string;
  amount?: string | number | null | undefined;
  half_year?: string | number | null | undefined;
  fiscal?: string | number | null | undefined;
  other?: string | number | null | undefined;
  kind?: string | undefined;
  project?: string | undefined;
  note?: string | undefined;
  children?: BudgetLineInput[] | undefined;
}
export const budgetLine: z.ZodType<BudgetLineInput> = z.lazy(() =>
  z.strictObject({
    name: text().describe('行名称，照原文'),
    amount: amount().nullable().optional().describe('全年预算数 / 合计；原件空白写 null'),
    half_year: amount().nullable().optional().describe('半年计划执行数'),
    fiscal: amount().nullable().optional().describe('其中：财政资金 / 财政拨款'),
    other: amount().nullable().optional().describe('其中：其他资金'),
    kind: z.enum(['基本支出', '项目支出', '人员类', '运转类', '特定目标类']).optional().describe('支出分类'),
    project: z.string().optional().describe('对应 projects[].id'),
    note,
    children: z.array(budgetLine).optional(),
  }),
) as unknown as z.ZodType<BudgetLineInput>;

/** A table of budget lines; `lines` at the top level should add up to `total` when one is published. */
export const budgetTable = z.strictObject({
  title: text().optional().describe('表名或栏目名，照原文'),
  money_unit: moneyUnit.optional().describe('本表金额单位，默认用报告的 money_unit'),
  total: budgetLine.optional().describe('合计 / 资金总额 行'),
  lines: z.array(budgetLine).min(1),
  note,
});

/** The value columns of an indicator: one 指标值, or 半年 and 全年. Original text, parsed later. */
export const indicator = z
  .strictObject({
    table: text().optional().describe('所在的表（一份文件有多张指标表时）'),
    level1: text().optional().describe('一级指标，照原文'),
    level2: text().optional().describe('二级指标，照原文'),
    level3: text().optional().describe('三级指标，照原文'),
    key_work: text().optional().describe('重点工作'),
    project: text().optional().describe('对应项目'),
    description: text().optional().describe('绩效指标描述'),
    value: z.union([z.string(), z.number()]).transform(String).optional().describe('指标值（只有一列时）'),
    half_year: z.union([z.string(), z.number()]).transform(String).optional().describe('半年指标值'),
    full_year: z.union([z.string(), z.number()]).transform(String).optional().describe('全年指标值'),
    basis: text().optional().describe('指标值确定依据'),
    note,
  })
  .refine((i) => i.level1 ?? i.level2 ?? i.level3, { message: '指标至少要有一级、二级或三级指标名称之一' })
  .refine((i) => !(i.value !== undefined && (i.half_year !== undefined || i.full_year !== undefined)), {
    message: 'value（单列指标值）不能与 half_year / full_year 同时使用',
  });

export const spendingCheckpoint = z.strictObject({
  checkpoint: text().describe('时点，照原文，如 3月底'),
  month: z.number().int().min(1).max(12).describe('时点所在月份，用于排序和检查'),
  cumulative: percent().describe('累计支出进度'),
});

export const project = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符')
    .describe('在本报告内唯一的短标识，用于固定链接'),
  name: text().describe('项目名称，照原文'),
  code: text().optional().describe('项目编码'),
  form: text().optional().describe('所在表的表名，如 特定目标类项目支出绩效目标申报表'),
  department: text().optional().describe('主管部门'),
  implementer: text().optional().describe('实施单位'),
  attribute: text().optional().describe('项目属性，如 02-经常性项目'),
  class: text().optional().describe('项目类别，如 特定目标类 / 其他运转类'),
  period: text().optional().describe('项目期，如 1年'),
  start: text().optional().describe('开始时间，照原文'),
  end: text().optional().describe('完成时间，照原文'),
  money_unit: moneyUnit.optional(),
  budget: z
    .strictObject({
      total: amount().nullable().optional().describe('预算数 / 年度资金总额'),
      fiscal: amount().nullable().optional().describe('其中：财政资金 / 财政拨款'),
      other: amount().nullable().optional().describe('其他资金'),
      note,
    })
    .optional(),
  purpose: prose().optional().describe('资金用途'),
  spending_plan: z.array(spendingCheckpoint).optional().describe('资金支出计划（累计）'),
  goals: z.array(prose()).optional().describe('绩效目标 / 年度总体目标'),
  indicators: z.array(indicator).optional(),
  page: text().optional().describe('原件页码或表号'),
  kind: z.enum(PROJECT_KIND_IDS).optional().describe('项目类别（覆盖自动归类），见 src/compare/project-kinds.ts'),
  kind_reason: text().optional().describe('指定项目类别的理由'),
  note,
});

export const keyTask = z.strictObject({
  name: text(),
  content: prose().optional().describe('主要实施内容'),
  amount: amount().nullable().optional().describe('拟投入的资金'),
  expected: prose().optional().describe('期望达到的目标'),
  note,
});

export const staffLine = z.strictObject({
  label: text().describe('如 行政编制、实有人数、财政供养人员数'),
  count: z.number().int().nonnegative(),
  note,
});

export const region = z.strictObject({
  code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字（GB/T 2260）'),
  province: text(),
  city: text().optional(),
  county: text().optional(),
});

export const source = z.strictObject({
  title: text().describe('文件标题'),
  publisher: text().describe('发布者'),
  url: z.url().optional(),
  published: z.iso.date().optional().describe('发布日期 YYYY-MM-DD'),
  retrieved: z.iso.date().optional().describe('获取日期 YYYY-MM-DD'),
  file_name: text().optional().describe('原始文件名'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 应为 64 位小写十六进制').optional(),
  format: text().optional().describe('原件格式，如 PDF、Excel、网页表格'),
  reference: text().optional().describe('页码或表号'),
  transcribed_from: z
    .strictObject({
      file: text().describe('转录所依据的文本文件'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
  note,
});

export const report = z.strictObject({
  $schema: z.string().optional(),
  year: z.number().int().min(1990).max(2100),
  stage: z.enum(['预算', '决算']),
  money_unit: moneyUnit.default('万元').describe('报告金额默认单位'),
  forms: z.array(text()).min(1).describe('本次公开包含的表，照原文表名'),
  unit: z.strictObject({
    name: text().describe('单位全称，照原文'),
    short_name: text().describe('简称'),
    category: text().describe('单位类别，如 人大'),
    level: z.enum(['省级', '市级', '县级', '区级', '乡镇级']),
    scope: z.enum(['部门', '本级']).optional().describe('部门（含下属单位）或 本级'),
    region,
    staffing: z.array(staffLine).optional(),
    subordinate_units: z.number().int().nonnegative().optional().describe('下属单位数'),
    organization: prose().optional().describe('机构设置及人员配置'),
  }),
  source,
  overall: z
    .strictObject({
      form: text().optional(),
      functions: prose().optional().describe('主要职能'),
      medium_term_goals: z.array(prose()).optional(),
      annual_goals: z.array(prose()).optional(),
      measures: z.array(prose()).optional().describe('工作保障措施'),
      income: budgetTable.optional(),
      expenditure: budgetTable.optional(),
      budget_levels: budgetTable.optional().describe('按预算级次划分'),
      other_tables: z.array(budgetTable).optional().describe('其他金额表（如 事业发展性支出），须有 title'),
      key_tasks: z.array(keyTask).optional(),
      indicators: z.array(indicator).optional(),
    })
    .optional(),
  projects: z.array(project).optional(),
  notes: z
    .array(z.strictObject({ where: text(), text: text() }))
    .optional()
    .describe('转录中的不确定之处'),
});

export type ReportInput = z.input<typeof report>;
export type ReportDecl = z.output<typeof report>;
export type IndicatorDecl = z.output<typeof indicator>;
export type ProjectDecl = z.output<typeof project>;
export type BudgetTableDecl = z.output<typeof budgetTable>;
export type KeyTaskDecl = z.output<typeof keyTask>;
