/**
 * A deterministic generator of synthetic report declarations, for testing the build and the
 * checks at the scale of a province (thousands of unit disclosures a year).
 *
 * Reports imitate the five seeds' variety: the whole-unit table with income/expenditure trees
 * and half-year columns (江苏 style), the 人员类/运转类/特定目标类 split with one-column project
 * tables (四川), project tables with budgets and spending plans (河北), a whole-unit table with
 * key tasks and no projects (广东), and project tables only (宁夏). A few percent of reports carry
 * one deliberate inconsistency (`Defect`) so the checks have something to find; everything else
 * is made to add up exactly — amounts are integer cents, never floats.
 *
 * Layout: report `index` → unit `floor(index / 2)` and year 2024 or 2023, so every unit publishes
 * at most once a year; unit → region slot × department. A corpus of N reports is therefore the
 * first N of an endless sequence: the 1,000-report corpus is a prefix of the 10,000-report one.
 */
import type { BudgetLineInput, ReportInput } from '../model/schema.ts';
import { Rng } from './random.ts';
import {
  BASIS_TEXTS,
  COMMON_PROJECTS,
  DEPARTMENTS,
  DIALECTS,
  ECOLOGICAL_BENEFITS,
  ECONOMIC_BENEFITS,
  GOAL_SENTENCES,
  KIND_LINES,
  MEASURE_SENTENCES,
  OVERALL_PROCESS_ROWS,
  PLACE_NAME_CAPACITY,
  TWO_SYLLABLE_NAMES,
  PROJECT_GOALS,
  PROJECT_PROCESS_ROWS,
  PROVINCES,
  QUALITY_NAMES,
  REFERENCE_VALUES,
  RESERVED_CITY_PREFIXES,
  RESERVED_CODES,
  SATISFACTION_VALUES,
  SOCIAL_BENEFITS,
  SUSTAINABLE_BENEFITS,
  TIMELINESS_NAMES,
  placeName,
  type Department,
  type IndicatorDialect,
  type ProjectPattern,
} from './vocabulary.ts';

type Overall = NonNullable<ReportInput['overall']>;
type IndicatorInput = NonNullable<Overall['indicators']>[number];
type ProjectInput = NonNullable<ReportInput['projects']>[number];
type KeyTaskInput = NonNullable<Overall['key_tasks']>[number];
type UnitInput = ReportInput['unit'];

/** The years a unit publishes; report index parity picks one. */
export const YEARS: readonly number[] = [2024, 2023];
/** Region slots per province block: a province contributes this many cities and counties before the next one starts. */
const SLOTS_PER_PROVINCE = 30;
/** Region slots per city: the city's own units, then five counties. */
const SLOTS_PER_CITY = 6;

/**
 * The deliberate inconsistencies, each aimed at one rule. A clean report triggers none of these
 * rules, so the tests can demand "rule fires ⇔ defect seeded".
 */
export type Defect =
  | 'half-year-sum'
  | 'plan-incomplete'
  | 'line-amount'
  | 'missing-satisfaction'
  | 'empty-value'
  | 'half-over-full'
  | 'imbalance';

/** The rule (src/checks/rules) each defect is expected to trigger. */
export const DEFECT_RULE: Readonly<Record<Defect, string>> = {
  'half-year-sum': 'sum.expenditure',
  'plan-incomplete': 'plan.complete',
  'line-amount': 'project.line-amount',
  'missing-satisfaction': 'indicator.categories',
  'empty-value': 'indicator.empty-value',
  'half-over-full': 'half-year.count',
  imbalance: 'sum.balance',
};

/** Which seed a report imitates. */
export type Archetype = 'whole-unit' | 'classified' | 'planned-projects' | 'key-tasks' | 'projects-only';

const ARCHETYPES: readonly (readonly [Archetype, number])[] = [
  ['whole-unit', 33],
  ['classified', 25],
  ['planned-projects', 16],
  ['key-tasks', 13],
  ['projects-only', 13],
];

/** One generated report with what the tests need to know about it. */
export interface GeneratedReport {
  /** `<year>/<code>-<slug>-budget.yaml`, relative to the content directory. */
  path: string;
  archetype: Archetype;
  defects: Defect[];
  report: ReportInput;
}

// ---------------------------------------------------------------- money (integer cents)

/** "1234.50" (or "1,234.50") from integer cents. */
function money(cents: number, commas = false): string {
  const int = Math.floor(cents / 100);
  const frac = String(cents % 100).padStart(2, '0');
  const head = commas ? String(int).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(int);
  return `${head}.${frac}`;
}

/** Amount as written inside an indicator or a sentence: no trailing zeros ("25", "14.4", "3.05"). */
function compact(cents: number): string {
  const int = Math.floor(cents / 100);
  const frac = cents % 100;
  if (frac === 0) return String(int);
  return frac % 10 === 0 ? `${int}.${frac / 10}` : `${int}.${String(frac).padStart(2, '0')}`;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Split `total` cents into `n` positive parts that add up exactly. Parts are multiples of `step`
 * (e.g. whole 万元, as project budgets usually are) except the first, which takes the odd cents.
 */
function split(rng: Rng, total: number, n: number, step: number): number[] {
  if (n <= 0) return [];
  if (total < n * step) step = 1;
  const units = Math.floor(total / step);
  // Products of two draws give the uneven sizes real budgets have (one big project, several small ones).
  const w = Array.from({ length: n }, () => rng.int(1, 12) * rng.int(1, 6));
  const wsum = sum(w);
  const parts = w.map((x) => 1 + Math.floor(((units - n) * x) / wsum));
  parts[0]! += units - sum(parts);
  const out = parts.map((p) => p * step);
  out[0]! += total - units * step;
  return out;
}

/** Cents of `pct` percent of `cents`, rounded down to whole 万元 (half-year plans are printed that way). */
function percentOf(cents: number, pct: number): number {
  return Math.floor((cents * pct) / 10000) * 100;
}

// ---------------------------------------------------------------- regions

interface RegionInfo {
  code: string;
  province: string;
  city: string;
  county?: string;
  /** The name units of this region put in front of theirs: 青川县, 安阳市. */
  prefix: string;
  pinyin: string;
  level: UnitInput['level'];
  isCity: boolean;
}

/** Two-digit city code of the `n`-th generated city of a province, skipping the seeds' cities. */
function cityCode(province: string, n: number): string {
  let seen = -1;
  for (let cc = 1; cc <= 99; cc++) {
    const code = String(cc).padStart(2, '0');
    if (RESERVED_CITY_PREFIXES.has(province + code)) continue;
    if (++seen === n) return code;
  }
  throw new RangeError(`too many cities in province ${province}`);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Per-seed bijection on place-name numbers, so names differ between seeds but never collide.
 * Only the two-syllable names are permuted (most real county names have two); the longer ones
 * are used in order once those run out.
 */
function namePermutation(seed: number): (n: number) => number {
  const rng = new Rng(seed, 0x4e414d45);
  const m = TWO_SYLLABLE_NAMES;
  let a = rng.int(100, m - 1);
  while (gcd(a, m) !== 1) a++;
  const b = rng.int(0, m - 1);
  return (n) => {
    if (n >= PLACE_NAME_CAPACITY) throw new RangeError(`region slot ${n}: only ${PLACE_NAME_CAPACITY} place names`);
    return n < m ? (a * n + b) % m : n;
  };
}

const COUNTY_KINDS: readonly (readonly [string, string, UnitInput['level']])[] = [
  ['区', '02', '区级'],
  ['县', '21', '县级'],
  ['县', '22', '县级'],
  ['县', '23', '县级'],
  ['市', '81', '县级'],
];

/** The region of slot `r`: blocks of 30 slots per province; in each, cities of 1 + 5 slots. */
function regionOf(seed: number, r: number): RegionInfo {
  const perm = namePermutation(seed);
  const provinces = new Rng(seed, 0x50524f56).shuffle(PROVINCES);
  const block = Math.floor(r / SLOTS_PER_PROVINCE);
  const province = provinces[block % provinces.length]!;
  const k = Math.floor(block / provinces.length) * SLOTS_PER_PROVINCE + (r % SLOTS_PER_PROVINCE);
  const group = Math.floor(k / SLOTS_PER_CITY);
  const pos = k % SLOTS_PER_CITY;
  const cc = cityCode(province.code, group);
  // The city is named by its own slot (pos 0), so a county and its city never share a name.
  const city = placeName(perm(r - pos));
  if (pos === 0) {
    return { code: `${province.code}${cc}00`, province: province.name, city: `${city.name}市`, prefix: `${city.name}市`, pinyin: city.pinyin, level: '市级', isCity: true };
  }
  const [suffix, dd, level] = COUNTY_KINDS[pos - 1]!;
  const code = `${province.code}${cc}${dd}`;
  if (RESERVED_CODES.has(code)) throw new Error(`generated a seed's region code ${code}`);
  const county = placeName(perm(r));
  return {
    code,
    province: province.name,
    city: `${city.name}市`,
    county: county.name + suffix,
    prefix: county.name + suffix,
    pinyin: county.pinyin,
    level,
    isCity: false,
  };
}

// ---------------------------------------------------------------- text

interface Ctx {
  rng: Rng;
  year: number;
  region: RegionInfo;
  dept: Department;
  unitName: string;
  unitShort: string;
  dialect: IndicatorDialect;
  defects: Set<Defect>;
}

function fill(t: string, c: Ctx, extra: Record<string, string> = {}): string {
  return t.replace(/\{(\w)\}/g, (m, k: string) => {
    switch (k) {
      case 'r':
        return c.region.prefix;
      case 'u':
        return c.unitShort;
      case 'f':
        return c.dept.field;
      case 's':
        return c.dept.served;
      case 'y':
        return String(c.year);
      default:
        return extra[k] ?? m;
    }
  });
}

function unitNames(dept: Department, region: RegionInfo): { name: string; short: string } {
  const name = (t: string) => (t.includes('{r}') ? t.replace('{r}', region.prefix) : region.prefix + t);
  return { name: name(dept.full), short: name(dept.short) };
}

function sentences(c: Ctx, pool: readonly string[], min: number, max: number): string[] {
  return c.rng.sample(pool, c.rng.int(min, max)).map((t) => fill(t, c));
}

const INTERNAL_OFFICES = ['办公室', '综合股', '计划财务股', '政策法规股', '业务一股', '业务二股', '监督检查股', '人事股', '信息中心', '服务中心'];

function organization(c: Ctx, staff: [string, number][], subordinate: number): string {
  const offices = c.rng.sample(INTERNAL_OFFICES, c.rng.int(3, 7)).join('、');
  const sub = subordinate === 0 ? '本部门无下属单位。' : `本部门有下属单位${subordinate}个。`;
  return `根据部门职责分工，本部门内设机构包括${offices}。${sub}本单位有${staff.map(([l, n]) => `${l}${n}人`).join('，')}。`;
}

function functionsText(c: Ctx): string {
  return (
    `${c.unitName}负责${c.region.prefix}${c.dept.field}工作。主要职责是：贯彻执行党和国家关于${c.dept.field}的方针政策和法律法规；` +
    `拟订并组织实施本地区${c.dept.field}发展规划和年度计划；负责${c.dept.field}相关资金的管理和监督；` +
    `做好面向${c.dept.served}的服务工作；完成${c.region.prefix}委、${c.region.prefix}政府交办的其他任务。`
  );
}

// ---------------------------------------------------------------- indicators

type Row = IndicatorInput;

function satisfaction(c: Ctx): string {
  return c.rng.weighted(SATISFACTION_VALUES);
}

/** A count target ("=461人次") and its half-year part, half ≤ full unless the defect asks otherwise. */
function counts(c: Ctx): { full: number; half: number } {
  const full = c.rng.weighted([[c.rng.int(1, 12), 4], [c.rng.int(10, 500), 4], [c.rng.int(500, 20000), 1]] as const);
  return { full, half: Math.floor((full * c.rng.int(0, 6)) / 10) };
}

const OP = ['=', '≥', '≥', '≥', '≤'] as const;

interface ProjectFacts {
  name: string;
  pattern: ProjectPattern;
  /** The project's budget as its indicators should state it, cents; undefined to leave cost out. */
  budget: number | undefined;
}

/** Output / benefit / satisfaction rows with half-year and full-year columns (江苏 style). */
function halfFullRows(c: Ctx, p: ProjectFacts, withProcess: boolean): Row[] {
  const d = c.dialect;
  const o = p.pattern.object;
  const rows: Row[] = [];
  if (withProcess) {
    for (const [l1, l2, l3, v] of PROJECT_PROCESS_ROWS.slice(0, 6)) rows.push({ level1: l1, level2: l2, level3: l3, half_year: v, full_year: v });
    rows.push({ level1: '过程', level2: '资金管理', level3: '资金到位率', half_year: '序时进度', full_year: '100%' });
    const pct = c.rng.pick([30, 40, 50, 60]);
    rows.push({ level1: '过程', level2: '资金管理', level3: '预算执行率', half_year: `=${pct}%`, full_year: '=100%' });
    for (const [l1, l2, l3, v] of PROJECT_PROCESS_ROWS.slice(6)) rows.push({ level1: l1, level2: l2, level3: l3, half_year: v, full_year: v });
  }
  const nq = c.rng.weighted([[1, 6], [2, 3], [3, 1]] as const);
  for (let i = 0; i < nq; i++) {
    const { full, half } = counts(c);
    const op = c.rng.pick(OP);
    rows.push({ level1: d.output, level2: d.quantity, level3: i === 0 ? `${o}数量` : `完成${o}${i === 1 ? '任务' : '目标'}`, half_year: `${op}${half}${p.pattern.unit}`, full_year: `${op}${full}${p.pattern.unit}` });
  }
  const q = c.rng.pick(['=100%', '≥95%', '=100%', '≥98%']);
  rows.push({ level1: d.output, level2: d.quality, level3: fill(c.rng.pick(QUALITY_NAMES), c, { o }), half_year: q, full_year: q });
  if (c.rng.chance(0.5)) {
    rows.push({ level1: d.output, level2: d.timeliness, level3: `${o}及时性`, half_year: '=100%', full_year: '=100%' });
  } else {
    rows.push({ level1: d.output, level2: d.timeliness, level3: '完成时限', half_year: '序时进度', full_year: `${c.year}年12月31日前` });
  }
  if (p.budget !== undefined && c.rng.chance(0.6)) {
    rows.push({ level1: d.output, level2: d.cost, level3: `${p.name.replace(/经费$|资金$/, '')}成本`, half_year: `≤${compact(p.budget)}万元`, full_year: `≤${compact(p.budget)}万元` });
  }
  const [s3, sv] = c.rng.pick(SOCIAL_BENEFITS);
  rows.push({ level1: d.benefit, level2: d.social, level3: fill(s3, c), half_year: sv, full_year: sv });
  if (c.rng.chance(0.3)) {
    const [e3, ev] = c.rng.pick([...SUSTAINABLE_BENEFITS, ...ECONOMIC_BENEFITS]);
    rows.push({ level1: d.benefit, level2: d.sustainable, level3: fill(e3, c), half_year: ev, full_year: ev });
  }
  const sat = satisfaction(c);
  rows.push({ level1: d.satisfaction, level2: d.served, level3: `${c.dept.served}满意度`, half_year: sat, full_year: sat });
  return rows;
}

/** A small range as documents write them: "1-3天", "7-9次". */
function rangeText(c: Ctx, unit: string): string {
  const a = c.rng.int(1, 10);
  return `${a}-${a + c.rng.int(1, 3)}${c.rng.chance(0.4) ? '天' : unit}`;
}

/** One-column rows (四川 / 宁夏 / 河北 style); `detail` adds 指标描述 and 依据 like the 河北 tables. */
function singleRows(c: Ctx, p: ProjectFacts, detail: boolean): Row[] {
  const d = c.dialect;
  const o = p.pattern.object;
  const unit = p.pattern.unit;
  const rows: Row[] = [];
  const nq = c.rng.weighted([[1, 5], [2, 4], [3, 2], [4, 1]] as const);
  for (let i = 0; i < nq; i++) {
    const { full } = counts(c);
    const kind = c.rng.weighted([['bare', 5], ['op', 4], ['range', 1]] as const);
    const value =
      kind === 'range' ? rangeText(c, unit) : kind === 'op' ? `≥${full}${unit}` : `${full}${unit}`;
    rows.push({ level1: d.output, level2: d.quantity, level3: i === 0 ? `${o}数量` : c.rng.pick([`开展${o}`, `${o}规模`, `完成${o}`]) + (i > 1 ? String(i) : ''), value });
  }
  rows.push({
    level1: d.output,
    level2: d.quality,
    level3: fill(c.rng.pick(QUALITY_NAMES), c, { o }),
    value: c.rng.weighted([['100%', 4], ['≥95%', 4], ['≥90%', 2], ['符合相关标准且验收合格', 1], ['达到建设验收要求', 1]] as const),
  });
  const tName = fill(c.rng.pick(TIMELINESS_NAMES), c, { o });
  const tValue = tName.endsWith('率')
    ? c.rng.pick(['≥95%', '100%'])
    : c.rng.weighted([
        [`${c.year}年12月31日前`, 4],
        [`${c.year}年1-12月`, 3],
        [`${c.year}年12月31日前完成`, 2],
        [`${c.year}年${c.rng.int(6, 11)}月`, 1],
        ['全年', 1],
        [`${c.rng.int(1, 2)}-${c.rng.int(3, 5)}天`, 1],
      ] as const);
  rows.push({ level1: d.output, level2: d.timeliness, level3: tName, value: tValue });
  if (p.budget !== undefined) {
    // Several cost rows that add up to the budget, or one; the checks compare their sum exactly.
    const parts = p.budget >= 400 && c.rng.chance(0.15) ? split(c.rng, p.budget, c.rng.int(2, 4), 50) : [p.budget];
    const op = c.rng.weighted([['≤', 5], ['', 4]] as const);
    parts.forEach((part, i) =>
      rows.push({
        level1: d.output,
        level2: d.cost,
        level3: parts.length === 1 ? c.rng.pick(['预算控制数', `${o}成本`, '项目成本', '资金投入']) : `${c.rng.pick(['人员', '物资', '服务', '设备', '宣传'])}费用${i + 1}`,
        value: `${op}${compact(part)}万元`,
      }),
    );
  } else if (c.rng.chance(0.3)) {
    rows.push({ level1: d.output, level2: d.cost, level3: '成本控制', value: c.rng.pick(REFERENCE_VALUES.slice(1)) });
  }
  const nb = c.rng.int(1, 3);
  const pools = [SOCIAL_BENEFITS, SUSTAINABLE_BENEFITS, ECONOMIC_BENEFITS, ECOLOGICAL_BENEFITS] as const;
  const l2s = [d.social, d.sustainable, d.economic, d.ecological];
  for (let i = 0; i < nb; i++) {
    const which = i === 0 ? 0 : c.rng.int(0, 3);
    const [b3, bv] = c.rng.pick(pools[which]!);
    rows.push({ level1: d.benefit, level2: l2s[which]!, level3: fill(b3, c), value: c.rng.chance(0.2) ? `≥${c.rng.pick([85, 90, 95])}%` : bv });
  }
  rows.push({ level1: d.satisfaction, level2: d.served, level3: `${c.dept.served}满意度`, value: satisfaction(c) });
  if (c.rng.chance(0.15)) rows.push({ level1: d.satisfaction, level2: d.served, level3: '上级主管部门满意度', value: satisfaction(c) });
  if (detail) {
    const basis = fill(c.rng.pick(BASIS_TEXTS), c);
    for (const r of rows) {
      r.description = r.level3!.length > 4 ? r.level3! : `${p.name}${r.level3!}`;
      r.basis = basis;
    }
  }
  return rows;
}

const isSatisfaction = (r: Row) => (r.level1 ?? '').includes('满意') || (r.level2 ?? '').includes('满意');
const isBenefit = (r: Row) => !isSatisfaction(r) && ((r.level1 ?? '').includes('效益') || /效益|可持续/.test(r.level2 ?? ''));

/** Seed the indicator defects into one group of rows (in place). */
function indicatorDefects(c: Ctx, groups: Row[][]): void {
  const candidates = groups.filter((g) => g.some(isSatisfaction));
  if (c.defects.has('missing-satisfaction') && candidates.length > 0) {
    const g = c.rng.pick(candidates);
    for (let i = g.length - 1; i >= 0; i--) if (isSatisfaction(g[i]!)) g.splice(i, 1);
  }
  if (c.defects.has('empty-value')) {
    const rows = groups.flat().filter((r) => r.level3 !== undefined && isBenefit(r));
    const r = rows.length > 0 ? c.rng.pick(rows) : undefined;
    if (r) {
      if (r.value !== undefined) r.value = '';
      else r.half_year = '';
    } else c.defects.delete('empty-value');
  }
  if (c.defects.has('half-over-full')) {
    const rows = groups.flat().filter((r) => r.level2 === c.dialect.quantity && /^[=≥]\d+/.test(String(r.full_year ?? '')));
    const r = rows.length > 0 ? c.rng.pick(rows) : undefined;
    if (r) {
      const m = /^([=≥])(\d+)(.*)$/.exec(String(r.full_year))!;
      r.half_year = `${m[1]}${Number(m[2]) + c.rng.int(1, 50)}${m[3]}`;
    } else c.defects.delete('half-over-full');
  }
}

// ---------------------------------------------------------------- projects

function projectPatterns(unitRng: Rng, dept: Department, n: number): ProjectPattern[] {
  const seen = new Set<string>();
  const pool = [...unitRng.shuffle(dept.projects), ...unitRng.shuffle(COMMON_PROJECTS)].filter((p) => !seen.has(p.name) && seen.add(p.name));
  // Most of a unit's projects are its own line of work; common ones (维修, 信息化) fill up.
  return pool.slice(0, Math.min(n, pool.length));
}

function projectGoals(c: Ctx, p: ProjectFacts, n: number): string[] {
  const count = c.rng.int(1, 99);
  return c.rng
    .sample(PROJECT_GOALS, n)
    .map((t) => fill(t, c, { p: p.name, o: p.pattern.object, n: String(count), c: p.pattern.unit }));
}

function plan(c: Ctx, incomplete: boolean): NonNullable<ProjectInput['spending_plan']> {
  const steps = c.rng.pick([
    [30, 60, 90, 100],
    [25, 50, 75, 100],
    [20, 50, 80, 100],
    [10, 40, 70, 100],
    [30, 60, 90, 100],
  ]);
  if (incomplete) {
    // Two shapes seen in documents: every checkpoint printed as the first one (河北 seed), or the
    // last one short of 100 % (still rising, so only plan.complete objects).
    const [a, b, third] = [steps[0]!, steps[1]!, steps[2]!];
    steps.splice(0, 4, ...(c.rng.chance(0.5) ? [a, a, a, a] : [a, b, third, third + Math.floor((100 - third) / 2)]));
  }
  return (['3月底', '6月底', '10月底', '12月底'] as const).map((checkpoint, i) => ({
    checkpoint,
    month: [3, 6, 10, 12][i]!,
    cumulative: `${steps[i]}%`,
  }));
}

// ---------------------------------------------------------------- archetypes

interface Built {
  forms: string[];
  overall?: Overall;
  projects?: ProjectInput[];
  unitExtra: Partial<UnitInput>;
  sourceTitle: string;
  reference: string;
}

function staffCount(c: Ctx, scale: number): number {
  return Math.max(3, Math.round(scale / c.rng.pick([25, 30, 40, 60])));
}

/** 江苏 style: whole-unit table with income and expenditure trees, half-year columns, three indicator tables. */
function wholeUnit(c: Ctx, unitRng: Rng, totalCents: number, nProjects: number): Built {
  const rng = c.rng;
  const levelName = c.region.isCity ? '市级' : '县级';
  const form = `${c.region.prefix}${levelName}部门整体预算绩效目标表`;
  const projectForm = `${c.region.prefix}${c.region.isCity ? '市' : ''}本级项目预算绩效目标表`;
  const withBudgets = unitRng.fork('budgets').chance(0.5);
  const withProcess = unitRng.fork('process').chance(0.3);

  const basic = Math.floor((totalCents * rng.int(35, 75)) / 100);
  const projectSum = totalCents - basic;
  const extraLine = rng.chance(0.12) && nProjects > 1;
  const patterns = projectPatterns(unitRng, c.dept, nProjects + (extraLine ? 1 : 0));
  const amounts = split(rng, projectSum, patterns.length, projectSum > patterns.length * 5000 ? 100 : 10);
  const children: BudgetLineInput[] = [];
  const projects: ProjectInput[] = [];
  const facts: ProjectFacts[] = [];
  const tables = patterns.length - (extraLine ? 1 : 0);
  if (!withBudgets) c.defects.delete('line-amount');
  const victim = c.defects.has('line-amount') ? rng.int(0, tables - 1) : -1;
  let projectHalf = 0;
  patterns.forEach((pattern, i) => {
    const amount = amounts[i]!;
    const half = percentOf(amount, rng.int(20, 60));
    projectHalf += half;
    const id = `${c.dept.slug}-${String(i + 1).padStart(2, '0')}`;
    const isExtra = i >= tables;
    children.push({ name: pattern.name, kind: '项目支出', half_year: money(half), amount: money(amount), ...(isExtra ? { note: '原件没有本项目的项目预算绩效目标表' } : { project: id }) });
    if (isExtra) return;
    // With the line-amount defect, one project's own table states a different amount from its line.
    const delta = i === victim ? Math.max(100, percentOf(amount, rng.int(5, 30))) : 0;
    const tableTotal = delta === 0 ? amount : amount > delta && rng.chance(0.5) ? amount - delta : amount + delta;
    facts.push({ name: pattern.name, pattern, budget: tableTotal });
    projects.push({
      id,
      name: pattern.name,
      form: projectForm,
      department: c.unitShort,
      start: `${c.year - rng.int(0, 2)}年`,
      end: `${c.year}年`,
      ...(withBudgets ? { money_unit: '万元' as const, budget: { total: money(tableTotal), fiscal: money(tableTotal), other: null } } : {}),
      page: `项目预算绩效目标表第${i + 1}张（共${tables}张）`,
    });
  });
  if (c.defects.has('half-year-sum')) projectHalf += Math.max(1000, percentOf(projectHalf, rng.int(10, 25)));
  const basicHalf = percentOf(basic, rng.int(45, 50));
  const expenditure: NonNullable<Overall['expenditure']> = {
    title: '支出',
    money_unit: '万元',
    ...(rng.chance(0.3) ? { total: { name: '合计', half_year: money(basicHalf + projectHalf), amount: money(totalCents) } } : {}),
    lines: [
      { name: '基本支出', kind: '基本支出', half_year: money(basicHalf), amount: money(basic) },
      { name: '项目支出', kind: '项目支出', half_year: money(projectHalf), amount: money(projectSum), children },
    ],
  };
  // With the half-year-sum defect the total (when printed) repeats the wrong 项目支出 figure, so
  // only the 项目支出 line disagrees with its children, as in the 无锡 seed.

  // Income: the same total (or, with the imbalance defect, a different one), every level adding up.
  let incomeTotal = totalCents;
  if (c.defects.has('imbalance')) incomeTotal += rng.pick([1, -1]) * Math.max(1000, percentOf(totalCents, rng.int(2, 10)));
  const carry = rng.chance(0.3) ? percentOf(incomeTotal, rng.int(1, 8)) : 0;
  const other = rng.chance(0.2) ? percentOf(incomeTotal, rng.int(1, 5)) : 0;
  const fiscal = incomeTotal - carry - other;
  const fund = rng.chance(0.15) ? percentOf(fiscal, rng.int(1, 10)) : 0;
  const income: NonNullable<Overall['income']> = {
    title: '收入',
    money_unit: '万元',
    total: { name: '资金总额', amount: money(incomeTotal) },
    lines: [
      {
        name: '财政拨款',
        amount: money(fiscal),
        children: [
          { name: '一般公共预算资金', amount: money(fiscal - fund) },
          { name: '政府性基金', amount: money(fund) },
          { name: '财政专户管理资金', amount: money(0) },
          { name: '国有资本金', amount: money(0) },
        ],
      },
      { name: '社保基金', amount: money(0) },
      { name: '上年结转资金', amount: money(carry) },
      { name: '其他资金', amount: money(other) },
    ],
  };

  // Indicators: 整体绩效指标 (决策/过程), 履职指标, 效益与满意度指标.
  const overallRows: Row[] = [];
  const procRows = OVERALL_PROCESS_ROWS.filter(() => rng.chance(0.55));
  for (const [l1, l2, l3, v] of procRows) overallRows.push({ table: '整体绩效指标', level1: l1, level2: l2, level3: l3, half_year: v, full_year: v });
  const duties = rng.int(3, 9);
  for (let i = 0; i < duties; i++) {
    const pattern = rng.pick([...c.dept.projects, ...COMMON_PROJECTS]);
    const { full, half } = counts(c);
    const pct = rng.chance(0.4);
    overallRows.push({
      table: '履职指标',
      level1: '履职',
      level2: `做好${c.dept.field}工作`,
      level3: pct ? `${pattern.object}任务完成率` : `${pattern.object}数量`,
      key_work: `组织开展${pattern.object}`,
      half_year: pct ? '=100%' : `≥${half}${pattern.unit}`,
      full_year: pct ? '=100%' : `≥${full}${pattern.unit}`,
    });
  }
  const [s3, sv] = rng.pick(SOCIAL_BENEFITS);
  overallRows.push({ table: '效益与满意度指标', level1: '效益指标', level2: c.dialect.social, level3: fill(s3, c), half_year: sv, full_year: sv });
  if (rng.chance(0.4)) {
    const [e3, ev] = rng.pick(SUSTAINABLE_BENEFITS);
    overallRows.push({ table: '效益与满意度指标', level1: '效益指标', level2: c.dialect.sustainable, level3: fill(e3, c), half_year: ev, full_year: ev });
  }
  const sat = satisfaction(c);
  overallRows.push({ table: '效益与满意度指标', level1: '满意度指标', level2: c.dialect.served, level3: `${c.dept.served}满意度`, half_year: sat, full_year: sat });

  const projectRows = facts.map((f) => halfFullRows(c, f, withProcess));
  indicatorDefects(c, [overallRows, ...projectRows]);
  projects.forEach((p, i) => (p.indicators = projectRows[i]!));

  const staff: [string, number][] = [['行政编制', staffCount(c, c.dept.scale)]];
  if (rng.chance(0.5)) staff.push(['行政附属', rng.int(1, 12)]);
  if (rng.chance(0.6)) staff.push(['编外用工', rng.int(1, 20)]);
  const subordinate = rng.chance(0.7) ? 0 : rng.int(1, 8);
  return {
    forms: [form, projectForm],
    unitExtra: {
      scope: subordinate === 0 ? '本级' : '部门',
      staffing: staff.map(([label, count]) => ({ label, count })),
      subordinate_units: subordinate,
      organization: organization(c, staff, subordinate),
    },
    overall: {
      form,
      functions: functionsText(c),
      medium_term_goals: sentences(c, GOAL_SENTENCES, 1, 1),
      annual_goals: sentences(c, GOAL_SENTENCES, 1, 2),
      income,
      expenditure,
      indicators: overallRows,
    },
    projects,
    sourceTitle: form,
    reference: `${c.year}年度${form}（单位名称、主要职能、机构设置及人员配置、部门整体资金、三张指标表）；${projectForm}${projects.length}张`,
  };
}

/** 四川 style: 人员类 / 运转类 / 特定目标类 with fiscal and other columns, one-column project tables. */
function classified(c: Ctx, unitRng: Rng, totalCents: number, nProjects: number): Built {
  const rng = c.rng;
  const commas = unitRng.fork('commas').chance(0.5);
  const m = (x: number) => money(x, commas);
  const withOther = rng.chance(0.2);
  const personnel = Math.floor((totalCents * rng.int(45, 75)) / 100);
  const rest = totalCents - personnel;
  const targetedLine = Math.floor((rest * rng.int(25, 60)) / 100);
  const operation = rest - targetedLine;
  const nTargeted = Math.max(1, Math.round(nProjects * rng.int(20, 45) / 100));
  const nOperation = Math.max(0, nProjects - nTargeted);
  const operationProjects = Math.floor((operation * rng.int(35, 80)) / 100);
  const patterns = projectPatterns(unitRng, c.dept, nTargeted + nOperation);
  const targetedAmounts = split(rng, targetedLine, Math.min(nTargeted, patterns.length), 100);
  const operationAmounts = split(rng, operationProjects, patterns.length - targetedAmounts.length, 10);
  const amounts = [...targetedAmounts, ...operationAmounts];

  let otherSum = 0;
  const line = (name: string, kind: BudgetLineInput['kind'], amount: number): BudgetLineInput => {
    const other = withOther ? percentOf(amount, rng.int(0, 10)) : 0;
    otherSum += other;
    return { name, kind, amount: m(amount), fiscal: m(amount - other), other: withOther ? m(other) : null };
  };
  const lines = [line(KIND_LINES.personnel, '人员类', personnel), line(KIND_LINES.operation, '运转类', operation), line(KIND_LINES.targeted, '特定目标类', targetedLine)];
  const expenditure: NonNullable<Overall['expenditure']> = {
    title: '预算资金（万元)',
    money_unit: '万元',
    total: { name: '年度资金总额', amount: m(totalCents), fiscal: m(totalCents - otherSum), other: withOther ? m(otherSum) : null },
    lines,
  };

  const projects: ProjectInput[] = [];
  const groups: Row[][] = [];
  patterns.forEach((pattern, i) => {
    const targeted = i < targetedAmounts.length;
    const amount = amounts[i]!;
    const form = targeted ? '特定目标类项目支出绩效目标申报表' : '其他运转类项目支出绩效目标申报表';
    const fact: ProjectFacts = { name: pattern.name, pattern, budget: amount };
    const rows = singleRows(c, fact, false);
    groups.push(rows);
    projects.push({
      id: `${c.dept.slug}-${String(i + 1).padStart(2, '0')}`,
      name: pattern.name,
      form,
      class: targeted ? '特定目标类' : '其他运转类',
      implementer: c.unitName,
      money_unit: '万元',
      budget: { total: m(amount), fiscal: m(amount), other: null },
      goals: projectGoals(c, fact, 1),
      indicators: rows,
    });
  });

  // Whole-unit indicators: 基本经费 / 项目经费 cost rows add up to the total exactly.
  const projectTotal = sum(amounts);
  const staff: [string, number][] = [['公务员', staffCount(c, c.dept.scale)], ['机关工勤', rng.int(0, 5)], ['事业人员', rng.int(0, 15)]];
  const y = c.year;
  const overallRows: Row[] = [
    { level1: '基本经费', level2: '数量指标', value: `财政供养人员：${staff.map(([l, n]) => `${l}${n}人`).join('，')}` },
    { level1: '基本经费', level2: '质量指标', value: '人员经费和公用经费保障率达100%' },
    { level1: '基本经费', level2: '时效指标', value: `人员支出和公用经费支出保障时限：${y}.1.1-${y}.12.31` },
    { level1: '基本经费', level2: '成本指标', value: `${compact(totalCents - projectTotal)}万元，保证人员经费足额发放，机构正常运转` },
    { level1: '项目经费', level2: '数量指标', value: `${projects.length}个项目，包括${projects.slice(0, 3).map((p) => p.name.replace(/经费$|资金$/, '')).join('、')}等相关项目` },
    { level1: '项目经费', level2: '质量指标', value: '项目完成率达100%' },
    { level1: '项目经费', level2: '时效指标', value: `项目实施时限：${y}.1.1-${y}.12.31` },
    { level1: '项目经费', level2: '成本指标', value: `${compact(projectTotal)}万元，用于${c.dept.field}相关项目` },
    { level1: '效益指标', level2: '社会效益指标', value: `推动${c.dept.field}工作高质量发展` },
    { level1: '效益指标', level2: '可持续影响指标', value: `促进${c.region.prefix}${c.dept.field}持续健康发展` },
    { level1: '满意度指标', level2: '满意度指标', value: `${c.dept.served}满意度≥90%` },
  ];
  groups.unshift(overallRows);
  indicatorDefects(c, groups);
  return {
    forms: ['部门整体支出绩效目标申报表', '特定目标类项目支出绩效目标申报表', '其他运转类项目支出绩效目标申报表'],
    unitExtra: { staffing: staff.map(([label, count]) => ({ label, count, note: '取自部门整体绩效指标“基本经费 数量指标”的指标值' })) },
    overall: { form: '部门整体支出绩效目标申报表', annual_goals: sentences(c, GOAL_SENTENCES, 1, 1), expenditure, indicators: overallRows },
    projects,
    sourceTitle: `部门整体支出绩效目标申报表（${y}年度）`,
    reference: `部门整体支出绩效目标申报表 1 张；特定目标类项目支出绩效目标申报表 ${targetedAmounts.length} 张；其他运转类项目支出绩效目标申报表 ${operationAmounts.length} 张`,
  };
}

/** 河北 style: project tables with codes, budgets, purposes and spending plans; prose for the whole unit. */
function plannedProjects(c: Ctx, unitRng: Rng, totalCents: number, nProjects: number): Built {
  const rng = c.rng;
  const patterns = projectPatterns(unitRng, c.dept, nProjects);
  const projectSum = Math.floor((totalCents * rng.int(20, 50)) / 100);
  const amounts = split(rng, projectSum, patterns.length, 100);
  const unitCode = String(rng.int(100, 999)) + String(rng.int(1, 9)).padStart(3, '0');
  const groups: Row[][] = [];
  const badPlan = c.defects.has('plan-incomplete') ? rng.int(0, patterns.length - 1) : -1;
  const projects: ProjectInput[] = patterns.map((pattern, i) => {
    const amount = amounts[i]!;
    const fact: ProjectFacts = { name: pattern.name, pattern, budget: amount };
    const rows = singleRows(c, fact, true);
    groups.push(rows);
    const b = compact(amount);
    return {
      id: `${c.dept.slug}-${String(i + 1).padStart(2, '0')}`,
      name: pattern.name,
      // 21 characters like the 河北 seed's codes: region, year, P, eleven digits, a check character.
      code: `${c.region.code}${String(c.year).slice(2)}P${String(rng.int(0, 999999)).padStart(6, '0')}${String(rng.int(0, 99999)).padStart(5, '0')}${rng.pick(['1', '3', 'M', 'E', 'X', 'H'])}`,
      form: `${pattern.name}绩效目标表`,
      implementer: `${c.unitName}本级`,
      money_unit: '万元',
      budget: { total: money(amount), fiscal: money(amount), other: null },
      purpose: `预算数${b}万元，其中：财政资金${b}万元，其他资金0万元。主要用于${pattern.object}相关工作。`,
      spending_plan: plan(c, i === badPlan),
      goals: projectGoals(c, fact, rng.int(2, 3)),
      indicators: rows,
      page: `第二部分 表${i + 1}`,
      note: `表头单位行印作“${unitCode} ${c.unitName}本级”。`,
    };
  });
  indicatorDefects(c, groups);
  return {
    forms: ['部门整体绩效目标', '预算项目绩效目标'],
    unitExtra: { scope: '本级' },
    overall: { form: '第一部分 部门整体绩效目标', annual_goals: sentences(c, GOAL_SENTENCES, 2, 4), measures: sentences(c, MEASURE_SENTENCES, 3, 6) },
    projects,
    sourceTitle: `${c.unitName}${c.year}年部门预算绩效文本`,
    reference: `第一部分 部门整体绩效目标；第二部分 预算项目绩效目标（表1–${projects.length}）`,
  };
}

/** 广东 style: whole-unit tables, key tasks whose amounts make up 项目支出, one indicator table, no projects. */
function keyTasks(c: Ctx, unitRng: Rng, totalCents: number): Built {
  const rng = c.rng;
  const basic = Math.floor((totalCents * rng.int(30, 70)) / 100);
  const projectLine = totalCents - basic;
  const nTasks = rng.int(3, 8);
  const patterns = projectPatterns(unitRng, c.dept, nTasks);
  const amounts = split(rng, projectLine, patterns.length, 10);
  const tasks: KeyTaskInput[] = patterns.map((p, i) => ({
    name: p.name.replace(/经费$|资金$/, ''),
    content: `${p.object}相关支出，保障${c.dept.field}工作正常开展`,
    amount: compact(amounts[i]!),
    expected: `${p.object}工作按计划完成`,
  }));
  let incomeFiscal = totalCents;
  if (c.defects.has('imbalance')) incomeFiscal += rng.pick([1, -1]) * Math.max(1000, percentOf(totalCents, rng.int(2, 10)));
  const transfer = rng.chance(0.2);
  const rows: Row[] = [];
  const d = c.dialect;
  const o = rng.pick(c.dept.projects);
  const { full } = counts(c);
  rows.push({ level1: d.output, level2: d.quantity, level3: `${o.object}数量`, value: `≥${full}${o.unit}` });
  for (const p of rng.sample(c.dept.projects, rng.int(0, 3))) rows.push({ level1: d.output, level2: d.quantity, level3: `完成${p.object}`, value: `≥${counts(c).full}${p.unit}` });
  rows.push({ level1: d.output, level2: d.quality, level3: fill(rng.pick(QUALITY_NAMES), c, { o: o.object }), value: rng.pick(['≥95%', '100%', '≥90%']) });
  rows.push({ level1: d.output, level2: d.timeliness, level3: '按时按质完成任务', value: `${c.year}年12月31日前完成任务` });
  rows.push({ level1: d.output, level2: d.cost, level3: '支出金额', value: `≤${compact(totalCents)}万元` });
  for (const [pool, l2] of [[ECONOMIC_BENEFITS, d.economic], [SOCIAL_BENEFITS, d.social], [SUSTAINABLE_BENEFITS, d.sustainable]] as const) {
    if (l2 !== d.social && rng.chance(0.4)) continue;
    const [b3, bv] = rng.pick(pool);
    rows.push({ level1: d.benefit, level2: l2, level3: fill(b3, c), value: bv });
  }
  rows.push({ level1: d.satisfaction, level2: d.served, level3: `${c.dept.served}满意度`, value: satisfaction(c) });
  indicatorDefects(c, [rows]);
  const form = `${c.year}年${c.region.isCity ? '市级' : '县级'}部门整体预算绩效目标表`;
  return {
    forms: [form],
    unitExtra: { scope: '部门', staffing: [{ label: '财政供养人员数', count: staffCount(c, c.dept.scale) }], subordinate_units: 0 },
    overall: {
      form,
      annual_goals: sentences(c, GOAL_SENTENCES, 2, 3),
      income: { title: '收入来源', lines: [{ name: '财政拨款', amount: money(incomeFiscal) }, { name: '其他资金', amount: money(0) }] },
      expenditure: {
        title: '部门预算支出',
        lines: [
          { name: '基本支出', amount: money(basic), kind: '基本支出' },
          { name: '项目支出', amount: money(projectLine), kind: '项目支出' },
        ],
      },
      budget_levels: {
        title: '按预算级次划分',
        lines: [
          { name: `${c.region.isCity ? '市' : '县'}本级使用资金`, amount: money(totalCents) },
          { name: '拟用于对下转移支付资金', amount: transfer ? money(0) : null },
        ],
      },
      other_tables: [{ title: '事业发展性支出', lines: [{ name: '财政专项资金', amount: null }, { name: '其他事业发展性支出', amount: null }] }],
      key_tasks: tasks,
      indicators: rows,
    },
    sourceTitle: form,
    reference: `${form}（部门名称、基本信息、预算整体情况、总体绩效目标、年度重点工作任务、绩效指标）`,
  };
}

/** 宁夏 style: project tables only, with attributes and one-column indicators. */
function projectsOnly(c: Ctx, unitRng: Rng, totalCents: number, nProjects: number): Built {
  const rng = c.rng;
  const patterns = projectPatterns(unitRng, c.dept, nProjects);
  const amounts = split(rng, Math.floor((totalCents * rng.int(15, 45)) / 100), patterns.length, 100);
  const groups: Row[][] = [];
  const projects: ProjectInput[] = patterns.map((pattern, i) => {
    const fact: ProjectFacts = { name: pattern.name, pattern, budget: amounts[i]! };
    const rows = singleRows(c, fact, false);
    groups.push(rows);
    return {
      id: `${c.dept.slug}-${String(i + 1).padStart(2, '0')}`,
      name: pattern.name,
      form: '项目支出预算绩效目标表',
      department: c.unitName,
      implementer: `${c.unitName}本级`,
      attribute: rng.chance(0.8) ? '02-经常性项目' : '01-新增项目',
      period: '1年',
      money_unit: '万元',
      budget: { total: money(amounts[i]!), fiscal: money(amounts[i]!), other: null },
      goals: projectGoals(c, fact, rng.int(1, 3)),
      page: `附件（本文件第 ${i + 1} 张表）`,
      indicators: rows,
    };
  });
  indicatorDefects(c, groups);
  return {
    forms: ['项目支出预算绩效目标表'],
    unitExtra: {},
    projects,
    sourceTitle: `项目支出预算绩效目标表（${c.year}年度）`,
    reference: `项目支出预算绩效目标表，共 ${projects.length} 张`,
  };
}

// ---------------------------------------------------------------- one report

/** Which defects a report of this archetype may carry, with the probability of each. */
function drawDefects(rng: Rng, a: Archetype): Set<Defect> {
  const out = new Set<Defect>();
  const p: [Defect, number][] = [
    ['missing-satisfaction', 0.03],
    ['empty-value', 0.03],
  ];
  if (a === 'whole-unit') p.push(['half-year-sum', 0.1], ['line-amount', 0.2], ['half-over-full', 0.08], ['imbalance', 0.07]);
  if (a === 'key-tasks') p.push(['imbalance', 0.07]);
  if (a === 'planned-projects') p.push(['plan-incomplete', 0.25]);
  for (const [d, prob] of p) if (rng.chance(prob)) out.add(d);
  return out;
}

/** Where report `index` sits: its unit, region slot, department and year. */
export function layout(index: number): { unit: number; regionSlot: number; department: number; year: number } {
  const unit = Math.floor(index / YEARS.length);
  return {
    unit,
    regionSlot: Math.floor(unit / DEPARTMENTS.length),
    department: unit % DEPARTMENTS.length,
    year: YEARS[index % YEARS.length]!,
  };
}

/** Generate report `index` of the corpus with `seed`, with its path, archetype and seeded defects. */
export function generateReportWithFacts(seed: number, index: number): GeneratedReport {
  const at = layout(index);
  const region = regionOf(seed, at.regionSlot);
  const dept = DEPARTMENTS[at.department]!;
  // Unit-level draws (format, size, project list) are shared by the unit's reports of both years.
  const unitRng = new Rng(seed, 1, at.unit);
  const rng = new Rng(seed, 2, index);
  const archetype = unitRng.fork('archetype').weighted(ARCHETYPES);
  const { name, short } = unitNames(dept, region);
  const c: Ctx = {
    rng,
    year: at.year,
    region,
    dept,
    unitName: name,
    unitShort: short,
    dialect: unitRng.fork('dialect').pick(DIALECTS),
    defects: drawDefects(rng.fork('defects'), archetype),
  };
  const sizeRng = unitRng.fork('size');
  const base = sizeRng.skewed(dept.scale * (region.isCity ? 3 : 1), 4) * 100 + sizeRng.int(0, 99);
  // The same unit's budget moves a little from year to year.
  const totalCents = Math.max(5000, Math.floor((base * rng.int(92, 108)) / 100));
  const nProjects = Math.max(2, unitRng.fork('projects').skewed(12, 2.2) + rng.int(-1, 1));

  const built =
    archetype === 'whole-unit'
      ? wholeUnit(c, unitRng, totalCents, Math.min(nProjects, 18))
      : archetype === 'classified'
        ? classified(c, unitRng, totalCents, nProjects)
        : archetype === 'planned-projects'
          ? plannedProjects(c, unitRng, totalCents, Math.min(nProjects, 16))
          : archetype === 'key-tasks'
            ? keyTasks(c, unitRng, totalCents)
            : projectsOnly(c, unitRng, totalCents, Math.min(nProjects, 14));

  const regionDecl: UnitInput['region'] = { code: region.code, province: region.province, city: region.city, ...(region.county ? { county: region.county } : {}) };
  const month = rng.int(1, 3);
  const report: ReportInput = {
    year: at.year,
    stage: '预算',
    money_unit: '万元',
    forms: built.forms,
    unit: {
      name,
      short_name: short,
      category: dept.category,
      level: region.level,
      ...(built.unitExtra.scope ? { scope: built.unitExtra.scope } : {}),
      region: regionDecl,
      ...(built.unitExtra.staffing ? { staffing: built.unitExtra.staffing } : {}),
      ...(built.unitExtra.subordinate_units !== undefined ? { subordinate_units: built.unitExtra.subordinate_units } : {}),
      ...(built.unitExtra.organization ? { organization: built.unitExtra.organization } : {}),
    },
    source: {
      title: built.sourceTitle,
      publisher: name,
      published: `${at.year}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      format: rng.pick(['PDF', 'PDF', 'Excel', '网页表格']),
      reference: built.reference,
      note: '合成数据：由 scripts/synth.ts 生成，用于规模测试，不是真实公开文件。',
    },
    ...(built.overall ? { overall: built.overall } : {}),
    ...(built.projects ? { projects: built.projects } : {}),
    notes: [{ where: 'source', text: `合成数据（seed ${seed}，序号 ${index}，样式 ${archetype}），单位、地区和全部数字均为虚构。` }],
  };
  return {
    path: `${at.year}/${region.code}-${region.pinyin}-${dept.slug}-budget.yaml`,
    archetype,
    defects: [...c.defects].sort(),
    report,
  };
}

/** Report `index` of the corpus with `seed`, as a declaration object (what a YAML file holds). */
export function generateReport(seed: number, index: number): ReportInput {
  return generateReportWithFacts(seed, index).report;
}

// ---------------------------------------------------------------- YAML

const PLAIN = /^\p{Script=Han}[^\n\t:#{}[\],"'\\]*$/u;
const DECIMAL = /^\d+\.\d{2}$/;

/**
 * A scalar as YAML. Amounts ("83.00") are written as plain numbers like the seeds: the loader
 * keeps their source text. Chinese text that cannot be misread is written plain; everything else
 * double-quoted (JSON string syntax is valid YAML).
 */
function scalar(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw new TypeError(`unexpected ${typeof v} in a declaration`);
  if (DECIMAL.test(v)) return v;
  if (PLAIN.test(v) && !/\s$/.test(v)) return v;
  return JSON.stringify(v);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function flowMap(obj: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) parts.push(`${k}: ${scalar(v)}`);
  return `{ ${parts.join(', ')} }`;
}

/**
 * Write `v` (a map) as block YAML into `out`. Arrays under a key in `flow` are written one flow
 * map per line, like the 河北 seed's indicator rows — compact, and one line per row.
 */
function emitMap(obj: Record<string, unknown>, pad: string, out: string[], flow: ReadonlySet<string>): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out.push(`${pad}${k}: []`);
        continue;
      }
      out.push(`${pad}${k}:`);
      for (const item of v) {
        if (isRecord(item)) {
          if (flow.has(k)) {
            out.push(`${pad}  - ${flowMap(item)}`);
            continue;
          }
          const start = out.length;
          emitMap(item, `${pad}    `, out, flow);
          out[start] = `${pad}  - ${out[start]!.slice(pad.length + 4)}`;
        } else out.push(`${pad}  - ${scalar(item)}`);
      }
    } else if (isRecord(v)) {
      out.push(`${pad}${k}:`);
      emitMap(v, `${pad}  `, out, flow);
    } else out.push(`${pad}${k}: ${scalar(v)}`);
  }
}

/** The declaration as YAML text, with a header saying it is synthetic. */
export function toYaml(g: GeneratedReport, seed: number, index: number): string {
  const out = [`# 合成数据（scripts/synth.ts，seed ${seed}，序号 ${index}），不是真实公开文件。`];
  const flow = new Set<string>(['spending_plan']);
  if (g.archetype === 'planned-projects') flow.add('indicators');
  emitMap(g.report as Record<string, unknown>, '', out, flow);
  out.push('');
  return out.join('\n');
}

/** Options for `generateCorpus`. */
export interface CorpusOptions {
  count: number;
  seed: number;
}

/** One file of the corpus. `defects` lists the inconsistencies seeded into it. */
export interface CorpusFile {
  path: string;
  yaml: string;
  archetype: Archetype;
  defects: Defect[];
}

/** The first `count` reports for `seed`, lazily, as files for a content directory. */
export function* generateCorpus({ count, seed }: CorpusOptions): Iterable<CorpusFile> {
  for (let i = 0; i < count; i++) {
    const g = generateReportWithFacts(seed, i);
    yield { path: g.path, yaml: toYaml(g, seed, i), archetype: g.archetype, defects: g.defects };
  }
}
