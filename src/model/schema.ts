/**
 * The shape of one report declaration: one unit's disclosure for one year and one stage.
 *
 * This schema checks shape only; meaning (sums, coverage, consistency) is the job of the
 * rules in `src/checks/`. Amounts stay strings here (the exact text of the document);
 * `src/model/report.ts` turns them into Decimal once.
 *
 * Each rule is written so that `z.toJSONSchema` carries it into content/report.schema.json
 * (`.regex()` patterns, or the JSON Schema beside a refinement in `.meta()`), so that an editor
 * rejects what the build rejects.
 */
import { z } from 'zod';
import { PROJECT_KIND_IDS } from '../compare/project-kinds.ts';

/** Longest names (unit, project, line, indicator names, titles …), short texts and prose, in characters. */
export const NAME_MAX = 200;
export const TEXT_MAX = 2000;
export const PROSE_MAX = 20000;

/**
 * Characters no text may hold: controls (C0, DEL, C1), format characters (Unicode category Cf:
 * bidi controls that reverse the page's own text around them, zero-width and other invisible
 * characters that make two equal-looking names differ), lone surrogates and the line and paragraph
 * separators. Prose and notes may hold line breaks and tabs; names may not.
 */
const FORBIDDEN_IN_PROSE = /[\x00-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\p{Cs}\u2028\u2029]/u;
const FORBIDDEN_IN_NAME = /[\x00-\x1F\x7F-\x9F\p{Cf}\p{Cs}\u2028\u2029]/u;
const without = (forbidden: RegExp) => new RegExp(`^[^${forbidden.source.slice(1, -1)}]*$`, 'u');
const CLEAN_PROSE = without(FORBIDDEN_IN_PROSE);
const CLEAN_NAME = without(FORBIDDEN_IN_NAME);

const CHARACTER_NAMES: Record<number, string> = {
  0x09: '制表符',
  0x0a: '换行符',
  0x0d: '回车符',
  0x7f: '删除符',
  0xad: '软连字符',
  0x061c: '阿拉伯字母标记',
  0x180e: '蒙古文元音分隔符',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左至右标记',
  0x200f: '从右至左标记',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x202a: '从左至右嵌入',
  0x202b: '从右至左嵌入',
  0x202c: '弹出方向格式',
  0x202d: '从左至右强制',
  0x202e: '从右至左强制',
  0x2060: '字连接符',
  0x2066: '从左至右隔离',
  0x2067: '从右至左隔离',
  0x2068: '首强隔离',
  0x2069: '弹出方向隔离',
  0xfeff: '零宽不换行空格',
};

/** "U+202E（从右至左强制）" for one character. */
export function characterName(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    CHARACTER_NAMES[cp] ??
    (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) ? '控制字符' : cp >= 0xd800 && cp <= 0xdfff ? '不成对的代理码元' : '不可见的格式字符');
  return `${code}（${name}）`;
}

/** The message for a text holding a forbidden character: which one, and where. */
function forbiddenMessage(forbidden: RegExp) {
  return (issue: { input?: unknown }) => {
    const s = String(issue.input);
    const at = forbidden.exec(s);
    if (!at) return undefined;
    const nth = [...s.slice(0, at.index)].length + 1;
    return `不允许控制字符或不可见字符：第 ${nth} 个字符是 ${characterName(at[0])}，请删去（常见于从网页或 PDF 复制的文字）`;
  };
}

/**
 * Text from a document: HTML tags are refused (documents are untrusted). As a pattern the text must
 * match (for the JSON Schema): every `<` starts neither a tag nor a comment. Linear: `[^<]*` cannot
 * take a `<`, so nothing is tried twice.
 */
const NO_HTML = /^[^<]*(?:<(?!\/?[a-zA-Z][^>]*>|!--)[^<]*)*$/u;
const HTML_MESSAGE = '不允许 HTML 标签或脚本（如 <p>、<script>）：请写纯文本或 Markdown';

const tooLong = (max: number) => (issue: { input?: unknown }) => `过长：最多 ${max} 个字符（实际 ${[...String(issue.input)].length} 个）`;

/**
 * Text from a document, normalized so that equal-looking texts are equal: trimmed, in Unicode NFC,
 * non-empty, at most `max` characters, free of control and invisible characters and of HTML tags.
 */
function documentText(max: number, forbidden: RegExp, clean: RegExp) {
  return z
    .string()
    .trim()
    .normalize('NFC')
    // Not `.min(1)`: a pattern, so that the JSON Schema also refuses text that is only white space.
    .regex(/\S/u, '不能为空')
    .max(max, { error: tooLong(max) })
    .regex(clean, { error: forbiddenMessage(forbidden) })
    .regex(NO_HTML, HTML_MESSAGE);
}

/** A name or title: one line, at most NAME_MAX characters. */
export const name = () => documentText(NAME_MAX, FORBIDDEN_IN_NAME, CLEAN_NAME);

/** A short text (note, description, basis …): at most TEXT_MAX characters. */
export const text = () => documentText(TEXT_MAX, FORBIDDEN_IN_PROSE, CLEAN_PROSE);

/** Prose (Markdown, rendered through remark and sanitized): at most PROSE_MAX characters. */
export const prose = () => documentText(PROSE_MAX, FORBIDDEN_IN_PROSE, CLEAN_PROSE);

/**
 * A web address to link to: http or https only, in any spelling of the scheme (no javascript:,
 * data: …). `isHttpUrl` is the same test for every place that makes a link from content.
 */
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#\\]+(?:[/?#][^\s\\]*)?$/u;
export function isHttpUrl(s: string): boolean {
  if (!HTTP_URL.test(s)) return false;
  const url = URL.parse(s);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}
export const httpUrl = () =>
  z
    .string()
    .trim()
    .regex(HTTP_URL, '链接只能是以 http:// 或 https:// 开头的网址（如 https://www.example.gov.cn/a.pdf）')
    // An address of that form that the URL parser still refuses (a bad host name …); the pattern above already spoke for the rest.
    .refine((s) => !HTTP_URL.test(s) || isHttpUrl(s), '不是有效的网址');

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
/**
 * The amounts the build takes, for the JSON Schema: the text (with the white space trim() removes)
 * without a minus and within AMOUNT_LIMIT, or a number not below 0 within it.
 */
const AMOUNT_JSON = {
  anyOf: [
    {
      type: 'string',
      pattern: `^\\s*(\\d{1,3}(,\\d{3}){1,${(AMOUNT_LIMIT.integer - 3) / 3}}|\\d{1,${AMOUNT_LIMIT.integer}})(\\.\\d{1,${AMOUNT_LIMIT.fraction}})?\\s*$`,
    },
    { type: 'number', minimum: 0, exclusiveMaximum: 10 ** AMOUNT_LIMIT.integer },
  ],
};
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
    })
    .meta(AMOUNT_JSON);

export const moneyUnit = z.enum(['万元', '元']);

/** A percentage as printed, e.g. "30%". */
const PERCENT = /^\d+(\.\d+)?\s*[%％]$/;
export const percent = () =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .refine((s) => PERCENT.test(s), { message: '应为百分比，如 30%' })
    .meta({ type: 'string', pattern: `^\\s*${PERCENT.source.slice(1, -1)}\\s*$` });

/**
 * A whole number. The loader keeps a number it cannot hold exactly (2024.0, 1e20) as its text;
 * src/declaration/schema-issues.ts says what is wrong with such text.
 */
const integer = () => z.number().int();

/** An indicator value as printed ("≥90%", 100): text, normalized and checked like every other text. */
const indicatorValue = () =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).normalize('NFC'))
    .refine((s) => CLEAN_PROSE.test(s), { error: forbiddenMessage(FORBIDDEN_IN_PROSE) })
    .refine((s) => [...s].length <= TEXT_MAX, { error: tooLong(TEXT_MAX) })
    .meta({ anyOf: [{ type: 'string', pattern: CLEAN_PROSE.source, maxLength: TEXT_MAX }, { type: 'number' }] });

/** A project's short identifier, also the end of its element id on the page (`project-<id>`). */
const PROJECT_ID = /^[a-z0-9][a-z0-9-]*$/;
const projectId = () => z.string().max(100, { error: tooLong(100) }).regex(PROJECT_ID, 'id 只能用小写字母、数字和连字符');

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
    name: name().describe('行名称，照原文'),
    amount: amount().nullable().optional().describe('全年预算数 / 合计；原件空白写 null'),
    half_year: amount().nullable().optional().describe('半年计划执行数'),
    fiscal: amount().nullable().optional().describe('其中：财政资金 / 财政拨款'),
    other: amount().nullable().optional().describe('其中：其他资金'),
    kind: z.enum(['基本支出', '项目支出', '人员类', '运转类', '特定目标类']).optional().describe('支出分类'),
    project: projectId().optional().describe('对应 projects[].id'),
    note,
    children: z.array(budgetLine).optional(),
  }),
) as unknown as z.ZodType<BudgetLineInput>;

/** A table of budget lines; `lines` at the top level should add up to `total` when one is published. */
export const budgetTable = z.strictObject({
  title: name().optional().describe('表名或栏目名，照原文'),
  money_unit: moneyUnit.optional().describe('本表金额单位，默认用报告的 money_unit'),
  total: budgetLine.optional().describe('合计 / 资金总额 行'),
  lines: z.array(budgetLine).min(1),
  note,
});

/** The value columns of an indicator: one 指标值, or 半年 and 全年. Original text, parsed later. */
export const indicator = z
  .strictObject({
    table: name().optional().describe('所在的表（一份文件有多张指标表时）'),
    level1: name().optional().describe('一级指标，照原文'),
    level2: name().optional().describe('二级指标，照原文'),
    level3: name().optional().describe('三级指标，照原文'),
    key_work: text().optional().describe('重点工作'),
    project: name().optional().describe('对应项目'),
    description: text().optional().describe('绩效指标描述'),
    value: indicatorValue().optional().describe('指标值（只有一列时）'),
    half_year: indicatorValue().optional().describe('半年指标值'),
    full_year: indicatorValue().optional().describe('全年指标值'),
    basis: text().optional().describe('指标值确定依据'),
    note,
  })
  .refine((i) => i.level1 ?? i.level2 ?? i.level3, { message: '指标至少要有一级、二级或三级指标名称之一' })
  .refine((i) => !(i.value !== undefined && (i.half_year !== undefined || i.full_year !== undefined)), {
    message: 'value（单列指标值）不能与 half_year / full_year 同时使用',
  })
  .meta({
    anyOf: [{ required: ['level1'] }, { required: ['level2'] }, { required: ['level3'] }],
    not: { required: ['value'], anyOf: [{ required: ['half_year'] }, { required: ['full_year'] }] },
  });

export const spendingCheckpoint = z.strictObject({
  checkpoint: name().describe('时点，照原文，如 3月底'),
  month: integer().min(1).max(12).describe('时点所在月份，用于排序和检查'),
  cumulative: percent().describe('累计支出进度'),
});

export const project = z.strictObject({
  id: projectId().describe('在本报告内唯一的短标识，用于固定链接'),
  name: name().describe('项目名称，照原文'),
  code: name().optional().describe('项目编码'),
  form: name().optional().describe('所在表的表名，如 特定目标类项目支出绩效目标申报表'),
  department: name().optional().describe('主管部门'),
  implementer: name().optional().describe('实施单位'),
  attribute: name().optional().describe('项目属性，如 02-经常性项目'),
  class: name().optional().describe('项目类别，如 特定目标类 / 其他运转类'),
  period: name().optional().describe('项目期，如 1年'),
  start: name().optional().describe('开始时间，照原文'),
  end: name().optional().describe('完成时间，照原文'),
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
  page: name().optional().describe('原件页码或表号'),
  kind: z.enum(PROJECT_KIND_IDS).optional().describe('项目类别（覆盖自动归类），见 src/compare/project-kinds.ts'),
  kind_reason: text().optional().describe('指定项目类别的理由'),
  note,
});

/**
 * The element ids a project's section gives the parts of it (`project-<id>-budget` …, see
 * src/site/project-section-html.ts and the indicator anchors of src/model/report.ts): a project
 * whose id is another's id followed by one of these would repeat that project's element ids.
 */
export const PROJECT_PART_ANCHOR = /^(budget|kind|spending-plan|goals|indicators|indicator-\d+(-table(-caption)?)?)$/;

/**
 * Project ids are unique in a report, and none repeats an element id of another project's section
 * (`huiyi-budget` beside `huiyi`). The issue is at the later project's id and names the earlier one.
 */
function uniqueProjectIds(projects: { id: string }[], ctx: z.RefinementCtx): void {
  const index = new Map(projects.map((p, i) => [p.id, i] as const).reverse());
  projects.forEach((p, i) => {
    const first = index.get(p.id)!;
    if (first < i) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `项目 id 重复：projects[${first}] 已用这个 id（id 在一份报告内必须唯一，它是项目固定链接的一部分）` });
      return;
    }
    for (let cut = p.id.indexOf('-'); cut > 0; cut = p.id.indexOf('-', cut + 1)) {
      const other = index.get(p.id.slice(0, cut));
      if (other !== undefined && PROJECT_PART_ANCHOR.test(p.id.slice(cut + 1))) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `项目 id 与 projects[${other}]（id ${p.id.slice(0, cut)}）页面上的元素 id project-${p.id} 重名：请换一个 id`,
        });
        return;
      }
    }
  });
}

export const keyTask = z.strictObject({
  name: name(),
  content: prose().optional().describe('主要实施内容'),
  amount: amount().nullable().optional().describe('拟投入的资金'),
  expected: prose().optional().describe('期望达到的目标'),
  note,
});

export const staffLine = z.strictObject({
  label: name().describe('如 行政编制、实有人数、财政供养人员数'),
  count: integer().nonnegative(),
  note,
});

export const region = z.strictObject({
  code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字（GB/T 2260）'),
  province: name(),
  city: name().optional(),
  county: name().optional(),
});

/** Today's date in China (the documents' time zone), YYYY-MM-DD: a document cannot be published later. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

const SHA256 = /^[0-9a-f]{64}$/;

export const source = z
  .strictObject({
    title: name().describe('文件标题'),
    publisher: name().describe('发布者'),
    url: httpUrl().optional().describe('原件的网址（http:// 或 https://）'),
    published: z.iso.date().optional().describe('发布日期 YYYY-MM-DD'),
    retrieved: z.iso.date().optional().describe('获取日期 YYYY-MM-DD'),
    file_name: name().optional().describe('原始文件名'),
    sha256: z.string().regex(SHA256, 'SHA-256 应为 64 位小写十六进制').optional(),
    format: name().optional().describe('原件格式，如 PDF、Excel、网页表格'),
    reference: text().optional().describe('页码或表号'),
    transcribed_from: z
      .strictObject({
        file: name().describe('转录所依据的文本文件'),
        sha256: z.string().regex(SHA256, 'SHA-256 应为 64 位小写十六进制'),
      })
      .optional(),
    note,
  })
  .refine((s) => s.published === undefined || s.published <= todayInChina(), {
    path: ['published'],
    error: () => `发布日期晚于今天（${todayInChina()}，北京时间）：日期是否写错了？`,
  })
  .refine((s) => s.published === undefined || s.retrieved === undefined || s.retrieved >= s.published, {
    path: ['retrieved'],
    error: (issue) => `获取日期早于发布日期 ${(issue.input as { published: string }).published}：文件不能在发布之前获取，日期是否写错了？`,
  });

export const report = z.strictObject({
  $schema: z.string().max(TEXT_MAX).regex(CLEAN_NAME, { error: forbiddenMessage(FORBIDDEN_IN_NAME) }).optional(),
  year: integer().min(1990).max(2100),
  stage: z.enum(['预算', '决算']),
  money_unit: moneyUnit.default('万元').describe('报告金额默认单位'),
  forms: z.array(name()).min(1).describe('本次公开包含的表，照原文表名'),
  unit: z.strictObject({
    name: name().describe('单位全称，照原文'),
    short_name: name().describe('简称'),
    category: name().describe('单位类别，如 人大'),
    level: z.enum(['省级', '市级', '县级', '区级', '乡镇级']),
    scope: z.enum(['部门', '本级']).optional().describe('部门（含下属单位）或 本级'),
    region,
    staffing: z.array(staffLine).optional(),
    subordinate_units: integer().nonnegative().optional().describe('下属单位数'),
    organization: prose().optional().describe('机构设置及人员配置'),
  }),
  source,
  overall: z
    .strictObject({
      form: name().optional(),
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
  projects: z.array(project).superRefine(uniqueProjectIds).optional(),
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
