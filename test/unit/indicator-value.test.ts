/**
 * parseIndicatorValue against every distinct 指标值 found in the five seeds (/work/shared/seeds),
 * plus property tests for the invariants the site relies on: never throws, never loses the text.
 * Expected values were read off the seed documents by hand, not produced by the parser.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  parseIndicatorValue,
  isQuantified,
  KIND_LABELS,
  type IndicatorValue,
  type Operator,
} from '../../src/model/indicator-value';

// Distributive, so each variant keeps its own fields once `text` is taken out.
type WithoutText<T> = T extends unknown ? Omit<T, 'text'> : never;
type Expected = WithoutText<IndicatorValue>;

// The operator each spelling in the table stands for; '' is the implicit '=' of a bare number.
const OP: Record<string, Operator> = { '': '=', '=': '=', '>': '>', '≥': '>=', '≧': '>=', '≤': '<=' };

const cmp = (operatorText: string, number: string, unit: string, qualifier?: string): Expected => ({
  kind: 'comparison',
  operator: OP[operatorText]!,
  operatorText,
  number,
  unit,
  qualifier,
});
const rng = (min: string, max: string, unit: string, qualifier?: string): Expected => ({ kind: 'range', min, max, unit, qualifier });
const before = (year: number, month?: number, day?: number): Expected => ({ kind: 'deadline', year, month, day, bound: 'before' });
const by = (year: number, month?: number, day?: number): Expected => ({ kind: 'deadline', year, month, day, bound: 'by' });
const during = (
  year: number,
  month: number | undefined,
  day: number | undefined,
  endYear: number,
  endMonth?: number,
  endDay?: number,
): Expected => ({ kind: 'deadline', year, month, day, bound: 'during', endYear, endMonth, endDay });
const ref = (reference: string): Expected => ({ kind: 'reference', reference });
const qual: Expected = { kind: 'qualitative' };
const empty: Expected = { kind: 'empty' };

/** Every distinct value cell of the seeds, in file order; a value seen in an earlier file is not repeated. */
const SEED_VALUES: ReadonlyArray<readonly [string, Expected]> = [
  // 000 无锡 (半年指标值 / 全年指标值)
  ['健全', qual],
  ['合理', qual],
  ['明确', qual],
  ['科学', qual],
  ['规范', qual],
  ['=0%', cmp('=', '0', '%')],
  ['=100%', cmp('=', '100', '%')],
  ['≤100%', cmp('≤', '100', '%')],
  ['≤0%', cmp('≤', '0', '%')],
  ['≥100%', cmp('≥', '100', '%')],
  ['合规', qual],
  ['完善', qual],
  ['公开', qual],
  ['有效', qual],
  ['≥0次', cmp('≥', '0', '次')],
  ['≥1次', cmp('≥', '1', '次')],
  ['=1次', cmp('=', '1', '次')],
  ['=0次', cmp('=', '0', '次')],
  ['=2次', cmp('=', '2', '次')],
  ['≥80件', cmp('≥', '80', '件')],
  ['≥250件', cmp('≥', '250', '件')],
  ['≥90%', cmp('≥', '90', '%')],
  ['充分', qual],
  ['序时进度', ref('序时进度')],
  ['100%', cmp('', '100', '%')],
  ['=50%', cmp('=', '50', '%')],
  ['=200人次', cmp('=', '200', '人次')],
  ['=461人次', cmp('=', '461', '人次')],
  ['≥1服务周期', cmp('≥', '1', '服务周期')],
  ['=30%', cmp('=', '30', '%')],
  ['≥50件', cmp('≥', '50', '件')],
  ['≥100件', cmp('≥', '100', '件')],
  ['≥80%', cmp('≥', '80', '%')],
  ['=40%', cmp('=', '40', '%')],
  ['>90%', cmp('>', '90', '%')],
  ['有序开展', qual],
  ['≥0份', cmp('≥', '0', '份')],
  ['≥700份', cmp('≥', '700', '份')],

  // 001 廉江 (指标值)
  ['≥400人次', cmp('≥', '400', '人次')],
  ['≥4批', cmp('≥', '4', '批')],
  ['≥95%', cmp('≥', '95', '%')],
  ['2024年12月31日前完成任务', before(2024, 12, 31)],
  ['≤1621.95万元', cmp('≤', '1621.95', '万元')],
  ['长期', qual],

  // 002 遵化 (指标值; PDF wrapping left spaces inside some cells, kept as printed)
  ['1 套', cmp('', '1', '套')],
  ['2024 年 12 月 31 日前', before(2024, 12, 31)],
  ['≤3 万元', cmp('≤', '3', '万元')],
  ['≥3 天', cmp('≥', '3', '天')],
  ['会议于 2024 年 1 月 24 日前 完成', before(2024, 1, 24)],
  ['依据相关政 策标准', ref('相关政策标准')],
  ['≥10次', cmp('≥', '10', '次')],
  ['≥5篇', cmp('≥', '5', '篇')],
  ['2024年12月31日前完成', before(2024, 12, 31)],
  ['≤61万元', cmp('≤', '61', '万元')],
  ['≥3 次', cmp('≥', '3', '次')],
  ['≤280 人', cmp('≤', '280', '人')],
  ['2024 年 12 月 31 日前完成', before(2024, 12, 31)],
  ['≤63 万元', cmp('≤', '63', '万元')],
  ['≥32 人', cmp('≥', '32', '人')],
  ['老干部慰问 工作于 2024 年 12 月前完成', before(2024, 12)],
  ['≤10 万元', cmp('≤', '10', '万元')],
  ['≥5 场', cmp('≥', '5', '场')],
  ['≥5 个', cmp('≥', '5', '个')],
  ['2024 年 12 月 31 日前 完成', before(2024, 12, 31)],
  ['≤13 万元', cmp('≤', '13', '万元')],

  // 003 仁和 (指标值（包含数字及文字描述）)
  ['财政供养人员：公务员24人，机关工勤2人，事业人员3人', qual],
  ['人员经费和公用经费保障率达100%', cmp('', '100', '%', '人员经费和公用经费保障率达')],
  ['人员支出和公用经费支出保障时限：2024.1.1-2024.12.31', during(2024, 1, 1, 2024, 12, 31)],
  ['839.14万元，保证人员经费足额发放，机构正常运转', cmp('', '839.14', '万元', '保证人员经费足额发放，机构正常运转')],
  [
    '12个项目，包括人大会议、人大监督、人大代表履职能力提升、代表工作等相关项目',
    cmp('', '12', '个', '项目，包括人大会议、人大监督、人大代表履职能力提升、代表工作等相关项目'),
  ],
  ['项目完成率达100%', cmp('', '100', '%', '项目完成率达')],
  ['项目实施时限：2024.1.1-2024.12.31', during(2024, 1, 1, 2024, 12, 31)],
  [
    '209.4万元，用于召开区人大会议、预算审查及监督联网、人大代表活动、代表培训、代表家站运行及建设、专委会及工委专项工作、代表补选、票决制和重点民生项目建设等',
    cmp(
      '',
      '209.4',
      '万元',
      '用于召开区人大会议、预算审查及监督联网、人大代表活动、代表培训、代表家站运行及建设、专委会及工委专项工作、代表补选、票决制和重点民生项目建设等',
    ),
  ],
  ['发扬社会主义民主，贯彻落实人民代表大会制度', qual],
  ['对全区社会各项事业发展进行监督、调研，促进各项事业发展', qual],
  ['人大代表满意度和上级人大常委会满意度≥90%', cmp('≥', '90', '%', '人大代表满意度和上级人大常委会满意度')],
  ['1次', cmp('', '1', '次')],
  ['8次', cmp('', '8', '次')],
  ['12次', cmp('', '12', '次')],
  ['2024年2月前', before(2024, 2)],
  ['2024年1-12月', during(2024, 1, undefined, 2024, 12)],
  ['55万元', cmp('', '55', '万元')],
  ['保障全区重大事项议决案审议表决，保障人大监督作用发挥，保障人民参政议政权利实现', qual],
  ['通过代表参政议政，监督管理，促进仁和区各项事业正常可持续发展', qual],
  ['1套', cmp('', '1', '套')],
  ['符合行业标准且按行业标准验收合格', qual],
  ['2024年12月', by(2024, 12)],
  ['20万元', cmp('', '20', '万元')],
  ['加强预算审查监督，推动全区依法理财，依法行政', qual],
  ['10个', cmp('', '10', '个')],
  [
    '15万元，每个专委会和工委、办公室、机关事务中心1.5万元/年',
    cmp('', '15', '万元', '每个专委会和工委、办公室、机关事务中心1.5万元/年'),
  ],
  ['按计划完成', qual],
  ['通过专题调研等，督促和改进各项事业发展', qual],
  ['12万元', cmp('', '12', '万元')],
  [
    '符合四川省人大制定的《人大预算联网审查监督数据信息提供规范》标准',
    ref('四川省人大制定的《人大预算联网审查监督数据信息提供规范》标准'),
  ],
  ['加强地方人大预算监督，提高行政管理水平', qual],
  ['督促全区经济良性发展，促进各项事业可持续发展', qual],
  ['188名', cmp('', '188', '名')],
  ['保证人大代表参政议政权利正常行使，发挥代表作用', qual],
  ['430份', cmp('', '430', '份')],
  ['8万元', cmp('', '8', '万元')],
  ['提高代表履职能力，把握国家政策和指导方针', qual],
  ['24个', cmp('', '24', '个')],
  ['14.4万元', cmp('', '14.4', '万元')],
  ['通过人大代表家站，联络代表、联系群众、收集民意', qual],
  ['符合项目要求，按项目实施方案和计划完成', qual],
  ['2024年1-12月 ', during(2024, 1, undefined, 2024, 12)], // trailing space as extracted
  ['18万元', cmp('', '18', '万元')],
  ['充分发挥民主，体现民意，解决民生实事', qual],
  ['通过代表票决项目，解决群众迫切需要，促进社会各项事业发展', qual],
  ['100名', cmp('', '100', '名')],
  ['2024年1-11月', during(2024, 1, undefined, 2024, 11)],
  ['25万元', cmp('', '25', '万元')],
  ['通过培训，提升人大代表履职能力', qual],
  ['1个', cmp('', '1', '个')],
  ['达到建设验收要求', qual],
  ['2024年11月', by(2024, 11)],
  ['6万元', cmp('', '6', '万元')],
  ['保证代表正常履职，促进社会各项事业发展', qual],
  ['40人', cmp('', '40', '人')],
  ['28人', cmp('', '28', '人')],
  ['14次', cmp('', '14', '次')],
  ['充分发挥老干部、老党员作用，增强党组织凝聚力', qual],
  ['5名', cmp('', '5', '名')],
  ['15000人', cmp('', '15000', '人')],
  ['选举出符合要求的人大代表', qual],
  ['2024年1月', by(2024, 1)],
  ['1.5万元', cmp('', '1.5', '万元')],
  ['3万元', cmp('', '3', '万元')],
  ['2万元', cmp('', '2', '万元')],
  ['选举出符合要求的人大代表，落实人民代表大会制度', qual],
  ['贯彻落实人民代表大会制度，体现人民当家做主的权力，促进仁和区各项事业发展', qual],

  // 004 沙坡头 (the four 指标值 blocks at the end of the file; blank lines in blocks 1 and 2 are empty cells)
  ['16次', cmp('', '16', '次')],
  ['383名', cmp('', '383', '名')],
  ['40名', cmp('', '40', '名')],
  ['90%', cmp('', '90', '%')],
  ['全年', qual],
  ['1-3天', rng('1', '3', '天')],
  ['有效提升', qual],
  ['', empty],
  ['有效丰富', qual],
  ['持续影响', qual],
  ['持续发挥', qual],
  ['≥ 90%', cmp('≥', '90', '%')],
  ['383人次', cmp('', '383', '人次')],
  ['7-9次', rng('7', '9', '次')],
  ['3天', cmp('', '3', '天')],
  ['30万元', cmp('', '30', '万元')],
  ['有效推动', qual],
  ['进一步拓宽', qual],
  ['有效贯彻落实', qual],
  ['≧90%', cmp('≧', '90', '%')],
  ['13次', cmp('', '13', '次')],
  ['4次', cmp('', '4', '次')],
  ['100万', cmp('', '100', '万')],
  ['每次活动1-2天', rng('1', '2', '天', '每次活动')],
  ['3-5天', rng('3', '5', '天')],
  ['1万元', cmp('', '1', '万元')],
  ['13万元', cmp('', '13', '万元')],
  ['人大监督力度加强', qual],
  ['持续保障', qual],
];

describe('parseIndicatorValue: every distinct seed value', () => {
  it('covers at least 60 distinct values', () => {
    const distinct = new Set(SEED_VALUES.map(([t]) => t));
    expect(distinct.size).toBeGreaterThanOrEqual(60);
  });

  it.each(SEED_VALUES.map(([text, expected]) => [JSON.stringify(text), text, expected] as const))(
    '%s',
    (_label, text, expected) => {
      // toEqual ignores undefined properties, so absent month/qualifier in `expected` must be absent here too.
      expect(parseIndicatorValue(text)).toEqual({ text, ...expected });
    },
  );
});

describe('parseIndicatorValue: examples from the brief and edge cases', () => {
  const cases: ReadonlyArray<readonly [string, Expected]> = [
    ['依据相关政策标准', ref('相关政策标准')],
    ['2024.1.1-2024.12.31', during(2024, 1, 1, 2024, 12, 31)],
    ['≧', qual], // operator cut off from its number by PDF extraction: nothing to measure
    ['≥', qual],
    ['＞=90%', { kind: 'comparison', operator: '>=', operatorText: '＞=', number: '90', unit: '%' }],
    ['不低于95%', { kind: 'comparison', operator: '>=', operatorText: '不低于', number: '95', unit: '%' }],
    ['不超过10万元', { kind: 'comparison', operator: '<=', operatorText: '不超过', number: '10', unit: '万元' }],
    ['不高于5%', { kind: 'comparison', operator: '<=', operatorText: '不高于', number: '5', unit: '%' }],
    ['≦3次', { kind: 'comparison', operator: '<=', operatorText: '≦', number: '3', unit: '次' }],
    ['＝１００％', { kind: 'comparison', operator: '=', operatorText: '＝', number: '100', unit: '%' }],
    ['＞９０％', { kind: 'comparison', operator: '>', operatorText: '＞', number: '90', unit: '%' }],
    ['＜5天', { kind: 'comparison', operator: '<', operatorText: '＜', number: '5', unit: '天' }],
    ['<5天', { kind: 'comparison', operator: '<', operatorText: '<', number: '5', unit: '天' }],
    ['≤-5%', { kind: 'comparison', operator: '<=', operatorText: '≤', number: '-5', unit: '%' }],
    ['90%以上', { kind: 'comparison', operator: '>=', operatorText: '以上', number: '90', unit: '%' }],
    ['1,048.54万元', { kind: 'comparison', operator: '=', operatorText: '', number: '1048.54', unit: '万元' }],
    ['2期', { kind: 'comparison', operator: '=', operatorText: '', number: '2', unit: '期' }],
    ['1年', { kind: 'comparison', operator: '=', operatorText: '', number: '1', unit: '年' }],
    ['90%-100%', rng('90', '100', '%')],
    ['1至3天', rng('1', '3', '天')],
    ['2024年底前', before(2024, 12)],
    ['2024年1月1日至2024年12月31日', during(2024, 1, 1, 2024, 12, 31)],
    ['2024年', by(2024)],
    ['2024年13月', qual], // no such month: not a date, and a year before 年 is not a quantity either
    ['按序时进度', ref('序时进度')],
    ['', empty],
    ['   ', empty],
    ['\u3000\t\n', empty],
  ];
  it.each(cases.map(([text, expected]) => [JSON.stringify(text), text, expected] as const))('%s', (_l, text, expected) => {
    expect(parseIndicatorValue(text)).toEqual({ text, ...expected });
  });

  it('treats null and undefined as empty with text ""', () => {
    expect(parseIndicatorValue(null)).toEqual({ kind: 'empty', text: '' });
    expect(parseIndicatorValue(undefined)).toEqual({ kind: 'empty', text: '' });
  });

  it('classifies only comparison, range and deadline as quantified', () => {
    expect(isQuantified(parseIndicatorValue('≥90%'))).toBe(true);
    expect(isQuantified(parseIndicatorValue('1-3天'))).toBe(true);
    expect(isQuantified(parseIndicatorValue('2024年12月'))).toBe(true);
    expect(isQuantified(parseIndicatorValue('序时进度'))).toBe(false);
    expect(isQuantified(parseIndicatorValue('健全'))).toBe(false);
    expect(isQuantified(parseIndicatorValue(''))).toBe(false);
  });

  it('labels every kind in Chinese', () => {
    expect(KIND_LABELS).toEqual({
      comparison: '定量比较',
      range: '区间',
      deadline: '时限',
      reference: '参照',
      qualitative: '定性',
      empty: '空',
    });
  });
});

// Characters the parser branches on, so random strings reach every path rather than only 'qualitative'.
const TRICKY = [
  ...'0123456789０１２３４５６７８９.．,-－~～/％%≥≧≤≦=＝>＞<＜ \u3000年月日号前底至到以上下内',
  '不低于', '不超过', '万元', '人次', '个', '次', '《', '》', '依据', '序时进度', '，', '：', 'a', '健全',
];

function checkShape(v: IndicatorValue, input: string): void {
  expect(v.text).toBe(input);
  expect(Object.keys(KIND_LABELS)).toContain(v.kind);
  expect(isQuantified(v)).toBe(v.kind === 'comparison' || v.kind === 'range' || v.kind === 'deadline');
  if (v.kind === 'comparison') {
    expect(v.number).toMatch(/^-?\d+(\.\d+)?$/);
    expect(['=', '>', '>=', '<', '<=']).toContain(v.operator);
  } else if (v.kind === 'range') {
    expect(v.min).toMatch(/^\d+(\.\d+)?$/);
    expect(v.max).toMatch(/^\d+(\.\d+)?$/);
  } else if (v.kind === 'deadline') {
    expect(v.year).toBeGreaterThanOrEqual(1900);
    for (const m of [v.month, v.endMonth]) if (m !== undefined) expect(m >= 1 && m <= 12).toBe(true);
    for (const d of [v.day, v.endDay]) if (d !== undefined) expect(d >= 1 && d <= 31).toBe(true);
  } else if (v.kind === 'empty') {
    expect(input.trim()).toBe('');
  }
}

describe('parseIndicatorValue: shared results', () => {
  it('gives every cell with the same text the same frozen value', () => {
    const a = parseIndicatorValue(['≥', '95%'].join(''));
    const b = parseIndicatorValue('≥95%');
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ kind: 'comparison', text: '≥95%', operator: '>=', operatorText: '≥', number: '95', unit: '%' });
    expect(parseIndicatorValue(null)).toEqual({ kind: 'empty', text: '' });
  });
});

describe('parseIndicatorValue: properties', () => {
  it('never throws and keeps the text, for any string of code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        checkShape(parseIndicatorValue(s), s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and keeps the text, for any printable grapheme string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        checkShape(parseIndicatorValue(s), s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps the text, for strings built from the characters the parser cares about', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 30 }), (s) => {
        checkShape(parseIndicatorValue(s), s);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads whitespace-only strings as empty, keeping the whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0'), maxLength: 10 }), (s) => {
        expect(parseIndicatorValue(s)).toEqual({ kind: 'empty', text: s });
      }),
    );
  });

  // Spelling -> operator; '' is a bare number.
  const SPELLINGS: ReadonlyArray<readonly [string, Operator]> = [
    ['', '='], ['=', '='], ['＝', '='], ['>', '>'], ['＞', '>'], ['<', '<'], ['＜', '<'],
    ['≥', '>='], ['≧', '>='], ['>=', '>='], ['＞=', '>='], ['不低于', '>='], ['不少于', '>='],
    ['≤', '<='], ['≦', '<='], ['<=', '<='], ['＜=', '<='], ['不高于', '<='], ['不超过', '<='],
  ];
  // Units of the seeds and common ones; time words are left to the deadline parser.
  const UNITS = ['%', '次', '人次', '万元', '万', '元', '份', '件', '人', '套', '个', '批', '天', '名', '服务周期', '期', '篇', '场', '项', ''];
  const numberArb = fc
    .tuple(fc.nat({ max: 999999 }), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }))
    .map(([i, frac]) => (frac === undefined ? String(i) : `${i}.${frac}`));
  const toFullWidth = (s: string): string =>
    s.replace(/[0-9%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('reads `${op}${n}${unit}` back as operator, number and unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLINGS),
        numberArb,
        fc.constantFrom(...UNITS),
        fc.constantFrom('', ' '),
        fc.boolean(),
        ([spelling, operator], n, unit, space, fullWidth) => {
          const body = `${n}${space}${unit}`;
          const text = `${spelling}${space}${fullWidth ? toFullWidth(body) : body}`;
          expect(parseIndicatorValue(text)).toEqual({
            kind: 'comparison',
            text,
            operator,
            operatorText: spelling,
            number: n,
            unit,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps a leading qualifier before `${op}${n}${unit}`', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('满意度', '保障率达', '完成率'),
        fc.constantFrom(...SPELLINGS.filter(([s]) => s !== '')),
        numberArb,
        fc.constantFrom(...UNITS),
        (lead, [spelling, operator], n, unit) => {
          const text = `${lead}${spelling}${n}${unit}`;
          expect(parseIndicatorValue(text)).toEqual({
            kind: 'comparison',
            text,
            operator,
            operatorText: spelling,
            number: n,
            unit,
            qualifier: lead,
          });
        },
      ),
    );
  });

  it('reads `${a}-${b}${unit}` as a range', () => {
    fc.assert(
      fc.property(numberArb, numberArb, fc.constantFrom(...UNITS), (a, b, unit) => {
        const text = `${a}-${b}${unit}`;
        expect(parseIndicatorValue(text)).toEqual({ kind: 'range', text, min: a, max: b, unit });
      }),
    );
  });

  it('reads `${y}年${m}月${d}日前` as a deadline, with or without spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('', ' '),
        fc.constantFrom('', '完成', '完成任务'),
        (year, month, day, sp, tail) => {
          const text = `${year}${sp}年${sp}${month}${sp}月${sp}${day}${sp}日前${tail}`;
          expect(parseIndicatorValue(text)).toEqual({ kind: 'deadline', text, year, month, day, bound: 'before' });
        },
      ),
    );
  });
});
