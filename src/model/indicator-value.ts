/**
 * Indicator target values (指标值) of a 预算绩效目标表, parsed into a typed value.
 *
 * The published cell text is always kept verbatim in `text`: the parse is an aid for display and
 * checks, never a replacement for what the document says. Numbers stay strings so nothing is rounded.
 *
 * Decisions worth knowing:
 * - A bare number ("100%", "1 套", "55万元") is an implicit '=' with `operatorText` ''.
 * - An operator with no number ("≧" alone, a cell cut off by PDF extraction) is 'qualitative':
 *   there is nothing to measure against, and inventing a number would misreport the source.
 * - "全年" is 'qualitative': it names no year, so it cannot be a dated deadline.
 * - Text with several numbers is a comparison only if the first number opens the value
 *   ("15万元，每个…1.5万元/年"); if words precede it and more numbers follow
 *   ("公务员24人，机关工勤2人…") no single target can be picked, so it is 'qualitative'.
 * - A date without 前 ("2024年12月") is bound 'by' (done by the end of that period); a date
 *   range or a month range ("2024年1-12月") is 'during'.
 */

export type Operator = '=' | '>' | '>=' | '<' | '<=';

export type IndicatorValue =
  | { kind: 'comparison'; text: string; operator: Operator; operatorText: string; number: string; unit: string; qualifier?: string }
  | { kind: 'range'; text: string; min: string; max: string; unit: string; qualifier?: string }
  | {
      kind: 'deadline';
      text: string;
      year: number;
      month?: number;
      day?: number;
      bound: 'before' | 'by' | 'during';
      endYear?: number;
      endMonth?: number;
      endDay?: number;
    }
  | { kind: 'reference'; text: string; reference: string }
  | { kind: 'qualitative'; text: string }
  | { kind: 'empty'; text: string };

/** Chinese names of the kinds, for the site's labels and filters. */
export const KIND_LABELS: Record<IndicatorValue['kind'], string> = {
  comparison: '定量比较',
  range: '区间',
  deadline: '时限',
  reference: '参照',
  qualitative: '定性',
  empty: '空',
};

/** True for comparison, range and deadline: a target someone can measure the result against. */
export function isQuantified(v: IndicatorValue): boolean {
  return v.kind === 'comparison' || v.kind === 'range' || v.kind === 'deadline';
}

// Operator spellings as they appear after normalise() (full-width ＞＜＝ are already ASCII).
const PREFIX_OPERATORS: ReadonlyArray<readonly [string, Operator]> = (
  [
    ['≥', '>='], ['≧', '>='], ['⩾', '>='], ['>=', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='],
    ['大于等于', '>='], ['大于或等于', '>='], ['至少', '>='],
    ['≤', '<='], ['≦', '<='], ['⩽', '<='], ['<=', '<='], ['不高于', '<='], ['不超过', '<='], ['不大于', '<='],
    ['不多于', '<='], ['小于等于', '<='], ['小于或等于', '<='], ['至多', '<='], ['最多', '<='],
    ['=', '='], ['等于', '='],
    ['>', '>'], ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
    ['<', '<'], ['小于', '<'], ['低于', '<'], ['少于', '<'],
  ] as const
)
  .slice()
  // Longest first, so '不低于' wins over '低于' and '>=' over '='.
  .sort((a, b) => b[0].length - a[0].length);

// Words after the number that bound it ("90%以上"); only used when no operator precedes the number.
const SUFFIX_OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='],
];

// Units recognised by name, so "12个项目" reads as 12 个 (of 项目) rather than a unit "个项目".
// Time words (年/月/日) are left out on purpose: they belong to dates.
const KNOWN_UNITS: readonly string[] = [
  '服务周期', '万人次', '人次', '万元', '亿元', '千元', '元', '万人', '万字', '万', '次', '份', '件', '人', '套', '个月', '个',
  '批次', '批', '天', '名', '期', '篇', '场次', '场', '项', '台', '户', '家', '所', '册', '本', '张', '条', '处', '座',
  '辆', '小时', '工作日', '课时', '学时', '平方米', '公里', '千米', '%', '‰',
]
  .slice()
  .sort((a, b) => b.length - a.length);

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const RANGE_SEP = String.raw`\s*(?:-|~|—|–|至|到)\s*`;
const DIGIT = /\d/;

/**
 * Map full-width digits, letters and the few symbols that matter (％ ＞ ＜ ＝ － ～ ／ ．) to ASCII,
 * one UTF-16 unit for one, so every index in the result is also an index in the original text.
 */
function normalise(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ||
      c === 0xff05 || c === 0xff1e || c === 0xff1c || c === 0xff1d || c === 0xff0d || c === 0xff5e || c === 0xff0f ||
      c === 0xff0e
    ) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x3000 || c === 0x00a0) {
      out += ' ';
    } else if (c === 0x2212) {
      out += '-';
    } else if (c === 0xfe6a) {
      out += '%';
    } else {
      out += text[i];
    }
  }
  return out;
}

/** Separators that may sit between a qualifier and the number; trimmed so the qualifier reads cleanly. */
const LEAD_TRIM = /[\s，,、；;：:]+$/;
const TRAIL_TRIM = /^[\s，,、；;：:]+/;

function qualifierOf(original: string, leadStart: number, leadEnd: number, trailStart: number, trailEnd: number): string | undefined {
  const lead = original.slice(leadStart, leadEnd).replace(LEAD_TRIM, '');
  const trail = original.slice(trailStart, trailEnd).replace(TRAIL_TRIM, '');
  // The ellipsis marks where the number stood when words surround it on both sides.
  const q = lead && trail ? `${lead}…${trail}` : lead || trail;
  return q === '' ? undefined : q;
}

/** Read a unit at `i` in the normalised string: '%', a known unit, or a run of letters; '' if none. */
function readUnit(s: string, i: number): { unit: string; end: number } {
  WHITESPACE_AT.lastIndex = i;
  WHITESPACE_AT.exec(s);
  const j = WHITESPACE_AT.lastIndex;
  let unit = KNOWN_UNITS.find((u) => s.startsWith(u, j)) ?? '';
  if (unit === '') {
    const m = sticky(LETTERS_AT, s, j);
    if (m) {
      unit = m[0];
      // Stop before bounding words and range words so "5幅以上" gives 幅 and "1至3天" stays a range.
      for (const word of [...SUFFIX_OPERATORS.map(([w]) => w), '至', '到']) {
        const at = unit.indexOf(word);
        if (at >= 0) unit = unit.slice(0, at);
      }
    }
  }
  if (unit === '') return { unit: '', end: i };
  let end = j + unit.length;
  // Rates such as 万元/年 keep their denominator.
  if (s[end] === '/') {
    const per = KNOWN_UNITS.find((u) => s.startsWith(u, end + 1)) ?? sticky(LETTER_AT, s, end + 1)?.[0];
    if (per) {
      unit += `/${per}`;
      end += 1 + per.length;
    }
  }
  return { unit, end };
}

function validMonth(m: number | undefined): boolean {
  return m === undefined || (m >= 1 && m <= 12);
}
function validDay(d: number | undefined): boolean {
  return d === undefined || (d >= 1 && d <= 31);
}
function num(x: string | undefined): number | undefined {
  return x === undefined || x === '' ? undefined : Number(x);
}
/** Match the sticky regex `re` at offset `at` of `s`. */
function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

// Compiled once: a pattern built from a string would otherwise be compiled again for every value.
const y = (source: string) => new RegExp(source, 'uy');
const WHITESPACE_AT = /\s*/y;
const LETTERS_AT = /\p{L}+/uy;
const LETTER_AT = y(String.raw`\p{L}`);
const NUMBER_IN = new RegExp(NUMBER, 'u');
const YEAR_END_AT = y(String.raw`\s*[底末]`);
const MONTH_RANGE_AT = y(String.raw`\s*(\d{1,2})${RANGE_SEP}(\d{1,2})\s*月`);
const MONTH_AT = y(String.raw`\s*(\d{1,2})\s*月`);
const DAY_AT = y(String.raw`\s*(\d{1,2})\s*[日号]`);
const DATE_TO_AT = y(String.raw`${RANGE_SEP}(?:((?:19|20)\d{2})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(?:(\d{1,2})\s*[日号])?`);
const NUMERIC_DATE_TO_AT = y(String.raw`${RANGE_SEP}(?:((?:19|20)\d{2})[./-])?(\d{1,2})[./-](\d{1,2})(?!\d)`);
const BEFORE_AT = y(String.raw`\s*(?:之前|以前|前)`);
const RANGE_TO_AT = y(`${RANGE_SEP}(${NUMBER})`);

type Deadline = Extract<IndicatorValue, { kind: 'deadline' }>;

/** A date or date range anywhere in the value, with only digit-free words around it. */
function parseDeadline(text: string, s: string, start: number, end: number): Deadline | null {
  const core = s.slice(start, end);
  const first = /(?<![\d.])((?:19|20)\d{2})(?:(\s*年)|([./-])(\d{1,2})\3(\d{1,2})(?!\d))/u.exec(core);
  if (!first) return null;
  const year = Number(first[1]);
  let month: number | undefined;
  let day: number | undefined;
  let endYear: number | undefined;
  let endMonth: number | undefined;
  let endDay: number | undefined;
  let range = false;
  let pos = first.index + first[0].length;

  if (first[2] !== undefined) {
    const yearEnd = sticky(YEAR_END_AT, core, pos);
    const monthRange = sticky(MONTH_RANGE_AT, core, pos);
    const monthOnly = sticky(MONTH_AT, core, pos);
    if (yearEnd) {
      month = 12;
      pos += yearEnd[0].length;
    } else if (monthRange) {
      month = num(monthRange[1]);
      endYear = year;
      endMonth = num(monthRange[2]);
      range = true;
      pos += monthRange[0].length;
    } else if (monthOnly) {
      month = num(monthOnly[1]);
      pos += monthOnly[0].length;
      const d = sticky(DAY_AT, core, pos);
      if (d) {
        day = num(d[1]);
        pos += d[0].length;
      }
    } else {
      // A year alone is a deadline only when nothing but a bound word follows ("2024年前", "2024年"),
      // so a title such as "《2024年…办法》" is not mistaken for one.
      if (!/^\s*(?:之前|以前|前|内|以内|完成|$)/u.test(core.slice(pos))) return null;
    }
    if (!range) {
      const to = sticky(DATE_TO_AT, core, pos);
      if (to && (to[1] ?? to[2] ?? to[3]) !== undefined) {
        range = true;
        endYear = num(to[1]) ?? year;
        endMonth = num(to[2]);
        endDay = num(to[3]);
        pos += to[0].length;
      }
    }
  } else {
    month = num(first[4]);
    day = num(first[5]);
    const to = sticky(NUMERIC_DATE_TO_AT, core, pos);
    if (to) {
      range = true;
      endYear = num(to[1]) ?? year;
      endMonth = num(to[2]);
      endDay = num(to[3]);
      pos += to[0].length;
    }
  }

  if (![month, endMonth].every(validMonth) || ![day, endDay].every(validDay)) return null;
  const before = sticky(BEFORE_AT, core, pos);
  if (before) pos += before[0].length;
  // Digits elsewhere mean the date is only part of a longer target; leave that to the other parsers.
  if (DIGIT.test(core.slice(0, first.index)) || DIGIT.test(core.slice(pos))) return null;

  const v: Deadline = { kind: 'deadline', text, year, bound: range ? 'during' : before ? 'before' : 'by' };
  if (month !== undefined) v.month = month;
  if (day !== undefined) v.day = day;
  if (range) {
    v.endYear = endYear ?? year;
    if (endMonth !== undefined) v.endMonth = endMonth;
    if (endDay !== undefined) v.endDay = endDay;
  }
  return v;
}

const REFERENCE_VERBS = /^(?:依据|根据|参照|参考|按照)(.+)$/u;
const CONFORM_VERBS = /^(?:符合|达到|满足)(.*《.+》.*)$/u;

/** A value that points at an outside yardstick (a schedule, a standard) instead of stating one. */
function parseReference(text: string, core: string): IndicatorValue | null {
  // PDF line wrapping inserts spaces inside words ("依据相关政 策标准"); Chinese needs none.
  const compact = core.replace(/\s+/g, '');
  // Digits outside a cited title (《…》) mean a stated target; let the numeric parsers have it.
  if (DIGIT.test(compact.replace(/《[^》]*》/gu, ''))) return null;
  if (compact.includes('序时进度')) return { kind: 'reference', text, reference: '序时进度' };
  const m = REFERENCE_VERBS.exec(compact) ?? CONFORM_VERBS.exec(compact);
  return m?.[1] ? { kind: 'reference', text, reference: m[1] } : null;
}

/** "1-3天", "每次活动1-2天": two numbers joined by a dash, one unit, digit-free words around. */
function parseRange(text: string, s: string, start: number, end: number): IndicatorValue | null {
  const core = s.slice(start, end);
  const a = NUMBER_IN.exec(core);
  if (!a) return null;
  const u1 = readUnit(core, a.index + a[0].length);
  const b = sticky(RANGE_TO_AT, core, u1.end);
  if (!b || b[1] === undefined) return null;
  const u2 = readUnit(core, u1.end + b[0].length);
  if (u1.unit !== '' && u2.unit !== '' && u1.unit !== u2.unit) return null;
  if (DIGIT.test(core.slice(u2.end))) return null;
  const v: IndicatorValue = {
    kind: 'range',
    text,
    min: a[0].replace(/,/g, ''),
    max: b[1].replace(/,/g, ''),
    unit: u2.unit || u1.unit,
  };
  const q = qualifierOf(text, start, start + a.index, start + u2.end, end);
  if (q !== undefined) v.qualifier = q;
  return v;
}

/** An optional operator, a number and a unit, with words around it kept as the qualifier. */
function parseComparison(text: string, s: string, start: number, end: number): IndicatorValue | null {
  const core = s.slice(start, end);
  const n = NUMBER_IN.exec(core);
  if (!n) return null;
  const numStart = n.index;
  const numEnd = numStart + n[0].length;
  // A 4-digit number followed by 年 is a year in a sentence that failed to parse as a deadline.
  if (/^(?:19|20)\d{2}$/.test(n[0]) && /^\s*年/u.test(core.slice(numEnd))) return null;

  // Look back over spaces (and a minus sign) for an operator written before the number.
  let leadEnd = numStart;
  let sign = '';
  let operator: Operator = '=';
  let opStart = -1;
  let opEnd = -1;
  const findOp = (upTo: number): boolean => {
    const before = core.slice(0, upTo).replace(/\s+$/u, '');
    const hit = PREFIX_OPERATORS.find(([spelling]) => before.endsWith(spelling));
    if (!hit) return false;
    operator = hit[1];
    opStart = before.length - hit[0].length;
    opEnd = before.length;
    return true;
  };
  const beforeNum = core.slice(0, numStart).replace(/\s+$/u, '');
  if (beforeNum.endsWith('-') && findOp(beforeNum.length - 1)) {
    sign = '-';
  } else {
    findOp(numStart);
  }
  if (opStart >= 0) leadEnd = opStart;

  const u = readUnit(core, numEnd);
  let trailStart = u.end;
  if (opStart < 0) {
    const rest = core.slice(u.end).replace(/^\s+/u, '');
    const suffix = SUFFIX_OPERATORS.find(([word]) => rest.startsWith(word));
    if (suffix) {
      operator = suffix[1];
      opStart = core.length - rest.length;
      opEnd = opStart + suffix[0].length;
      trailStart = opEnd;
    }
  }

  const lead = core.slice(0, leadEnd).trim();
  // Words before the number plus more numbers after it: no single target can be picked out.
  if (lead !== '' && DIGIT.test(core.slice(trailStart))) return null;

  const v: IndicatorValue = {
    kind: 'comparison',
    text,
    operator,
    operatorText: opStart >= 0 ? text.slice(start + opStart, start + opEnd) : '',
    number: sign + n[0].replace(/,/g, ''),
    unit: u.unit,
  };
  const q = qualifierOf(text, start, start + leadEnd, start + trailStart, end);
  if (q !== undefined) v.qualifier = q;
  return v;
}

/**
 * Values already parsed, by text. Documents repeat the same few hundred values ("≥95%", "=100%",
 * "健全") thousands of times, so each is parsed once and its (frozen) result shared. Bounded: when
 * full it starts again, so a process reading many documents keeps at most this many.
 */
const parsed = new Map<string, IndicatorValue>();
const PARSED_LIMIT = 100_000;
const EMPTY: IndicatorValue = Object.freeze({ kind: 'empty', text: '' });

/**
 * Parse the text of one 指标值 cell. Never throws; `text` is always the input unchanged
 * ('' for null/undefined), so the published wording survives whatever the parse decides.
 * Tried in order: empty, deadline, reference, range, comparison; anything else is qualitative.
 * The result is frozen and may be shared by every cell with the same text.
 */
export function parseIndicatorValue(text: string | undefined | null): IndicatorValue {
  if (text === undefined || text === null) return EMPTY;
  let v = parsed.get(text);
  if (v === undefined) {
    v = Object.freeze(parseText(text));
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(text, v);
  }
  return v;
}

function parseText(text: string): IndicatorValue {
  const s = normalise(text);
  const start = s.search(/\S/u);
  if (start < 0) return { kind: 'empty', text };
  const end = s.replace(/\s+$/u, '').length;
  return (
    parseDeadline(text, s, start, end) ??
    parseReference(text, s.slice(start, end)) ??
    parseRange(text, s, start, end) ??
    parseComparison(text, s, start, end) ?? { kind: 'qualitative', text }
  );
}
