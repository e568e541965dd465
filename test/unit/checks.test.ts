import { Decimal } from '../../src/model/decimal.ts';
import { describe, expect, it } from 'vitest';
import { buildReport, type Report } from '../../src/model/report.ts';
import { report as reportSchema, type ReportInput } from '../../src/model/schema.ts';
import { parseMoney } from '../../src/model/money.ts';
import { runChecks } from '../../src/checks/engine.ts';
import { allRules, ruleById } from '../../src/checks/rules/index.ts';
import { compareSum, halfUnit, roundingTolerance } from '../../src/checks/tolerance.ts';
import type { Finding } from '../../src/checks/finding.ts';

type Overall = NonNullable<ReportInput['overall']>;
type ProjectIn = NonNullable<ReportInput['projects']>[number];
type IndicatorIn = NonNullable<ProjectIn['indicators']>[number];

function build(parts: { overall?: Overall; projects?: ProjectIn[]; stage?: '预算' | '决算'; id?: string; name?: string } = {}): Report {
  const decl: ReportInput = {
    year: 2024,
    stage: parts.stage ?? '预算',
    forms: ['部门整体预算绩效目标表'],
    unit: { name: parts.name ?? '测试市人大常委会办公室', short_name: '测试人大', category: '人大', level: '市级', region: { code: '320200', province: '江苏省' } },
    source: { title: '测试', publisher: '测试' },
    ...(parts.overall ? { overall: parts.overall } : {}),
    ...(parts.projects ? { projects: parts.projects } : {}),
  };
  return buildReport(parts.id ?? '2024/test', reportSchema.parse(decl));
}

const run = (r: Report, id: string): Finding[] => runChecks(r).filter((f) => f.rule === id);

/** Indicators that satisfy every indicator rule. */
const goodIndicators: IndicatorIn[] = [
  { level1: '产出指标', level2: '数量指标', level3: '培训人次', value: '≥100人次' },
  { level1: '产出指标', level2: '成本指标', level3: '培训费', value: '≤10万元' },
  { level1: '效益指标', level2: '社会效益指标', level3: '履职能力提升率', value: '≥90%' },
  { level1: '满意度指标', level2: '服务对象满意度指标', level3: '代表满意度', value: '≥95%' },
];
const project = (over: Partial<ProjectIn> = {}): ProjectIn => ({
  id: 'peixun',
  name: '人大代表培训费',
  budget: { total: '10.00', fiscal: '10.00' },
  indicators: goodIndicators,
  ...over,
});

describe('rule list', () => {
  it('has unique ids, a rationale and a title for every rule', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules) {
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.rationale.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(r.severity);
    }
    expect(ruleById('sum.expenditure')?.severity).toBe('error');
    expect(new Set(allRules.map((r) => r.id)).size).toBe(allRules.length);
  });

  it('finds nothing on a clean report', () => {
    const r = build({
      overall: {
        income: { total: { name: '合计', amount: '110.00' }, lines: [{ name: '财政拨款', amount: '110.00' }] },
        expenditure: {
          total: { name: '合计', amount: '110.00' },
          lines: [
            { name: '基本支出', amount: '100.00', kind: '基本支出' },
            { name: '项目支出', amount: '10.00', kind: '项目支出', children: [{ name: '人大代表培训费', amount: '10.00', project: 'peixun' }] },
          ],
        },
        indicators: [...goodIndicators.slice(0, 1), { level1: '产出指标', level2: '成本指标', level3: '支出', value: '≤110万元' }, ...goodIndicators.slice(2)],
      },
      projects: [project({ spending_plan: [{ checkpoint: '6月底', month: 6, cumulative: '50%' }, { checkpoint: '12月底', month: 12, cumulative: '100%' }] })],
    });
    expect(runChecks(r)).toEqual([]);
  });
});

describe('tolerance', () => {
  const m = (t: string) => parseMoney(t, '万元');
  it('is 0.005 × n for two-decimal amounts', () => {
    expect(roundingTolerance([m('1.00'), m('2.00'), m('3.00')], 3, '万元').eq('0.015')).toBe(true);
    expect(roundingTolerance([m('1'), m('2.5')], 2, '万元').eq('0.1')).toBe(true);
    expect(roundingTolerance([parseMoney('100', '元')], 1, '万元').eq('0.00005')).toBe(true);
  });
  it('is half a unit of the finest printed decimal, whatever the units, counted in the unit of the total', () => {
    expect(halfUnit(m('12.5'), '元').eq('500')).toBe(true);
    expect(halfUnit(m('12'), '元').eq('5000')).toBe(true);
    expect(halfUnit(parseMoney('1,048.54', '元'), '万元').eq('0.0000005')).toBe(true);
    expect(roundingTolerance([parseMoney('3', '元'), m('1.5')], 2, '元').eq('1')).toBe(true);
    expect(roundingTolerance([parseMoney('3', '元'), m('1.5')], 2, '万元').eq('0.0001')).toBe(true);
    expect(roundingTolerance([], 2, '万元').isZero()).toBe(true);
  });
  it('tolerates 0.01 on three two-decimal lines but not 0.02', () => {
    expect(compareSum(m('3.01'), [m('1.00'), m('1.00'), m('1.00')]).status).toBe('rounding');
    expect(compareSum(m('3.00'), [m('1.00'), m('1.00'), m('1.00')]).status).toBe('exact');
    const c = compareSum(m('3.02'), [m('1.00'), m('1.00'), m('1.00')]);
    expect(c.status).toBe('mismatch');
    expect(c.difference.eq(new Decimal('-0.02'))).toBe(true);
  });
  it('never uses floating point: 0.1 + 0.2 = 0.3 exactly', () => {
    expect(compareSum(m('0.30'), [m('0.10'), m('0.20')]).status).toBe('exact');
  });
});

describe('sum rules', () => {
  const exp = (total: string, lines: { name: string; amount?: string | null; half_year?: string | null }[]) =>
    build({ overall: { expenditure: { total: { name: '合计', amount: total }, lines } } });

  it('sum.expenditure: a total off by more than rounding is an error with the exact difference', () => {
    const f = run(exp('3.02', [{ name: '甲', amount: '1.00' }, { name: '乙', amount: '1.00' }, { name: '丙', amount: '1.00' }]), 'sum.expenditure');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('3.00 万元');
    expect(f[0]!.message).toContain('3.02 万元');
    expect(f[0]!.message).toContain('少 0.02 万元');
    expect(f[0]!.where.anchor).toBe('expenditure-total');
  });

  it('sum.rounding: off by 0.01 on three lines is tolerated and explained', () => {
    const r = exp('3.01', [{ name: '甲', amount: '1.00' }, { name: '乙', amount: '1.00' }, { name: '丙', amount: '1.00' }]);
    expect(run(r, 'sum.expenditure')).toEqual([]);
    const f = run(r, 'sum.rounding');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('0.01 万元');
    expect(f[0]!.message).toContain('3 × 0.005 = 0.015');
  });

  it('checks each column separately, and children against their parent', () => {
    const r = build({
      overall: {
        expenditure: {
          lines: [
            {
              name: '项目支出',
              amount: '20',
              half_year: '900',
              children: [
                { name: '甲', amount: '10', half_year: '500' },
                { name: '乙', amount: '10', half_year: '250' },
              ],
            },
          ],
        },
      },
    });
    const f = run(r, 'sum.expenditure');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('半年计划执行数');
    expect(f[0]!.message).toContain('750 万元');
    expect(f[0]!.message).toContain('150 万元');
    expect(f[0]!.where.anchor).toBe('expenditure-1');
  });

  it('sum.unpublished: a blank cell is not 0, so no false difference', () => {
    const r = exp('3.00', [{ name: '甲', amount: '1.00' }, { name: '乙', amount: null }, { name: '丙', amount: '1.00' }]);
    expect(run(r, 'sum.expenditure')).toEqual([]);
    const f = run(r, 'sum.unpublished');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toContain('“乙”');
    expect(f[0]!.message).toContain('不当作 0');
  });

  it('partial sums that already exceed the total are still an error', () => {
    const r = exp('1.00', [{ name: '甲', amount: '1.00' }, { name: '乙', amount: null }, { name: '丙', amount: '1.00' }]);
    expect(run(r, 'sum.expenditure')).toHaveLength(1);
    expect(run(r, 'sum.unpublished')).toEqual([]);
  });

  it('a column published only on the total is not checked', () => {
    const r = build({ overall: { expenditure: { total: { name: '合计', amount: '2', fiscal: '2' }, lines: [{ name: '甲', amount: '1' }, { name: '乙', amount: '1' }] } } });
    expect(runChecks(r)).toEqual([]);
  });

  it('sum.income and sum.budget-levels', () => {
    const r = build({
      overall: {
        income: { total: { name: '资金总额', amount: '10' }, lines: [{ name: '财政拨款', amount: '9' }] },
        budget_levels: { total: { name: '合计', amount: '10' }, lines: [{ name: '本级', amount: '10' }] },
      },
    });
    expect(run(r, 'sum.income')).toHaveLength(1);
    expect(run(r, 'sum.budget-levels')).toEqual([]);
  });

  it('sum.fiscal-other: fiscal + other = amount when all three are published', () => {
    const bad = build({ overall: { expenditure: { lines: [{ name: '甲', amount: '10.00', fiscal: '8.00', other: '1.00' }] } } });
    const f = run(bad, 'sum.fiscal-other');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('1.00 万元');
    const ok = build({ overall: { expenditure: { lines: [{ name: '甲', amount: '10.00', fiscal: '9.00', other: '1.00' }, { name: '乙', amount: '5', fiscal: '5', other: null }] } } });
    expect(run(ok, 'sum.fiscal-other')).toEqual([]);
    const over = build({ overall: { expenditure: { lines: [{ name: '甲', amount: '10.00', fiscal: '12.00' }] } } });
    expect(run(over, 'sum.fiscal-other')).toHaveLength(1);
  });

  it('sum.balance: income equals expenditure in a budget, not in a final account', () => {
    const overall: Overall = {
      income: { lines: [{ name: '财政拨款', amount: '100' }, { name: '其他资金', amount: '0' }] },
      expenditure: { lines: [{ name: '基本支出', amount: '60' }, { name: '项目支出', amount: '30' }] },
    };
    const f = run(build({ overall }), 'sum.balance');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('10 万元');
    expect(run(build({ overall, stage: '决算' }), 'sum.balance')).toEqual([]);
    const ok: Overall = { ...overall, expenditure: { lines: [{ name: '基本支出', amount: '70' }, { name: '项目支出', amount: '30' }] } };
    expect(run(build({ overall: ok }), 'sum.balance')).toEqual([]);
    const blank: Overall = { ...ok, budget_levels: { lines: [{ name: '本级', amount: '100' }, { name: '对下转移支付', amount: null }] } };
    expect(run(build({ overall: blank }), 'sum.balance')).toEqual([]);
  });
});

describe('project rules', () => {
  it('project.budget-split: other blank means fiscal alone must equal total', () => {
    expect(run(build({ projects: [project({ budget: { total: '10.00', fiscal: '9.00' } })] }), 'project.budget-split')).toHaveLength(1);
    expect(run(build({ projects: [project({ budget: { total: '10.00', fiscal: '9.00', other: '1.00' } })] }), 'project.budget-split')).toEqual([]);
    const f = run(build({ projects: [project({ budget: { total: '10.00', fiscal: '9.00', other: '0.50' } })] }), 'project.budget-split');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('0.50 万元');
    expect(run(build({ projects: [project({ budget: { total: '10.00' } })] }), 'project.budget-split')).toEqual([]);
  });

  it('project.line-amount: the project table and its expenditure line agree', () => {
    const overall = (amount: string): Overall => ({ expenditure: { lines: [{ name: '培训费', amount, project: 'peixun' }] } });
    const f = run(build({ overall: overall('12.00'), projects: [project()] }), 'project.line-amount');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2.00 万元');
    expect(run(build({ overall: overall('10.00'), projects: [project()] }), 'project.line-amount')).toEqual([]);
  });

  it('project.line-amount compares across units exactly', () => {
    const r = build({ overall: { expenditure: { lines: [{ name: '培训费', amount: '10.00', project: 'peixun' }] } }, projects: [project({ money_unit: '元', budget: { total: '100000' } })] });
    expect(run(r, 'project.line-amount')).toEqual([]);
  });

  it('project.sum-vs-line: 特定目标类 projects add up to the 特定目标类 line', () => {
    const overall = (amount: string): Overall => ({
      expenditure: { lines: [{ name: '人员类项目支出', amount: '100', kind: '人员类' }, { name: '特定目标类项目经费', amount, kind: '特定目标类' }] },
    });
    const projects = [project({ class: '特定目标类' }), project({ id: 'b', name: '会议费', class: '特定目标类', budget: { total: '5.00' } })];
    expect(run(build({ overall: overall('15.00'), projects }), 'project.sum-vs-line')).toEqual([]);
    const f = run(build({ overall: overall('20.00'), projects }), 'project.sum-vs-line');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('15.00 万元');
    expect(f[0]!.message).toContain('5.00 万元');
  });

  it('project.sum-vs-line: all projects exceeding 项目支出 is a warning; less is coverage info', () => {
    const overall = (amount: string): Overall => ({ expenditure: { lines: [{ name: '项目支出', amount, kind: '项目支出' }] } });
    expect(run(build({ overall: overall('8.00'), projects: [project()] }), 'project.sum-vs-line')).toHaveLength(1);
    expect(run(build({ overall: overall('8.00'), projects: [project()] }), 'project.spending-coverage')).toEqual([]);
    const cov = run(build({ overall: overall('40.00'), projects: [project()] }), 'project.spending-coverage');
    expect(cov).toHaveLength(1);
    expect(cov[0]!.message).toContain('还有 30 万元');
    expect(cov[0]!.message).toContain('25%');
    expect(run(build({ overall: overall('40.00'), projects: [project()] }), 'project.sum-vs-line')).toEqual([]);
  });

  it('key-tasks.amount: key task money against 项目支出 (info)', () => {
    const overall: Overall = {
      expenditure: { lines: [{ name: '基本支出', amount: '477.01', kind: '基本支出' }, { name: '项目支出', amount: '1144.94', kind: '项目支出' }] },
      key_tasks: [{ name: '任务1: 人代会会议', amount: '110' }, { name: '任务2: 培训', amount: '17.5' }],
    };
    const f = run(build({ overall }), 'key-tasks.amount');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toContain('127.5 万元');
    expect(f[0]!.message).toContain('1,144.94 万元');
    expect(f[0]!.message).toContain('1,017.44 万元');
    const same: Overall = { ...overall, key_tasks: [{ name: '任务', amount: '1144.94' }] };
    expect(run(build({ overall: same }), 'key-tasks.amount')).toEqual([]);
  });
});

describe('spending plans', () => {
  const plan = (...c: [string, number, string][]) => build({ projects: [project({ spending_plan: c.map(([checkpoint, month, cumulative]) => ({ checkpoint, month, cumulative })) })] });

  it('plan.complete: 12月底 must reach 100 %', () => {
    const f = run(plan(['3月底', 3, '30%'], ['6月底', 6, '30%'], ['10月底', 10, '30%'], ['12月底', 12, '30%']), 'plan.complete');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('30%');
    expect(f[0]!.where.path).toEqual(['projects', 0, 'spending_plan', 3]);
    expect(run(plan(['3月底', 3, '30%'], ['12月底', 12, '100%']), 'plan.complete')).toEqual([]);
    expect(run(plan(['3月底', 3, '30%'], ['10月底', 10, '90%']), 'plan.complete')).toEqual([]);
  });

  it('plan.monotonic: cumulative never decreases', () => {
    const f = run(plan(['3月底', 3, '60%'], ['6月底', 6, '30%'], ['12月底', 12, '100%']), 'plan.monotonic');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('6月底');
    expect(run(plan(['3月底', 3, '30%'], ['6月底', 6, '30%'], ['12月底', 12, '100%']), 'plan.monotonic')).toEqual([]);
  });

  it('plan.range: above 100 % is an error', () => {
    expect(run(plan(['12月底', 12, '120%']), 'plan.range')).toHaveLength(1);
    expect(run(plan(['12月底', 12, '100%']), 'plan.range')).toEqual([]);
  });
});

describe('indicator rules', () => {
  const withInds = (indicators: IndicatorIn[], over: Partial<ProjectIn> = {}) => build({ projects: [project({ indicators, ...over })] });
  const cost = (value: string, level3 = '培训费'): IndicatorIn => ({ level1: '产出指标', level2: '成本指标', level3, value });

  it('cost.budget: a cost above the budget, or an =/≤ cost different from it', () => {
    const base = goodIndicators.filter((i) => i.level2 !== '成本指标');
    expect(run(withInds([...base, cost('≤12万元')]), 'cost.budget')).toHaveLength(1);
    expect(run(withInds([...base, cost('10万元')]), 'cost.budget')).toEqual([]);
    expect(run(withInds([...base, cost('100000元')]), 'cost.budget')).toEqual([]);
    expect(run(withInds([...base, cost('10万')]), 'cost.budget')).toEqual([]);
    const f = run(withInds([...base, cost('=8万元')]), 'cost.budget');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2 万元');
    expect(run(withInds([...base, cost('≥95%')]), 'cost.budget')).toEqual([]);
  });

  it('cost.budget: several cost indicators are compared by their sum', () => {
    const base = goodIndicators.filter((i) => i.level2 !== '成本指标');
    expect(run(withInds([...base, cost('3万元', '办公费'), cost('7万元', '培训费')]), 'cost.budget')).toEqual([]);
    expect(run(withInds([...base, cost('3万元', '办公费'), cost('5万元', '培训费')]), 'cost.budget')).toHaveLength(1);
  });

  it('cost.budget: whole-unit cost against the unit total', () => {
    const overall = (value: string): Overall => ({
      expenditure: { total: { name: '合计', amount: '100.00' }, lines: [{ name: '基本支出', amount: '100.00' }] },
      indicators: [...goodIndicators.filter((i) => i.level2 !== '成本指标'), cost(value, '支出金额')],
    });
    expect(run(build({ overall: overall('≤100万元') }), 'cost.budget')).toEqual([]);
    expect(run(build({ overall: overall('≤120万元') }), 'cost.budget')).toHaveLength(1);
  });

  it('half-year.count and half-year.rate', () => {
    const two = (half: string, full: string): IndicatorIn => ({ level1: '产出指标', level2: '数量指标', level3: '信访件数', half_year: half, full_year: full });
    const half = (h: string, f: string) => withInds([two(h, f), ...goodIndicators.slice(1).map(({ value, ...i }) => ({ ...i, half_year: value!, full_year: value! }))]);
    expect(run(half('≥300件', '≥250件'), 'half-year.count')).toHaveLength(1);
    expect(run(half('≥80件', '≥250件'), 'half-year.count')).toEqual([]);
    expect(run(half('≥300件', '≥2人'), 'half-year.count')).toEqual([]);
    expect(run(half('=50%', '=100%'), 'half-year.rate')).toEqual([]);
    const r = run(half('=100%', '=80%'), 'half-year.rate');
    expect(r).toHaveLength(1);
    expect(r[0]!.severity).toBe('info');
    expect(run(half('=100%', '=80%'), 'half-year.count')).toEqual([]);
  });

  it('indicator.categories: 产出, 效益 and 满意度 are each required; names vary', () => {
    const f = run(withInds(goodIndicators.filter((i) => i.level1 !== '满意度指标')), 'indicator.categories');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('满意度指标');
    const varied: IndicatorIn[] = [
      { level1: '项目完成', level2: '数量指标', level3: '会议', value: '1次' },
      { level1: '项目效益', level2: '社会效益指标', level3: '作用', value: '有效' },
      { level1: '满意度', level2: '满意度指标', level3: '满意度', value: '≥90%' },
    ];
    expect(run(withInds(varied), 'indicator.categories')).toEqual([]);
    const byLevel2: IndicatorIn[] = [
      { level1: '基本经费', level2: '数量指标', value: '12个' },
      { level1: '效益指标', level2: '社会效益指标', value: '有效' },
      { level1: '满意度指标', level2: '满意度指标', value: '≥90%' },
    ];
    expect(run(build({ overall: { indicators: byLevel2 } }), 'indicator.categories')).toEqual([]);
    const duties: IndicatorIn[] = [
      { level1: '决策', level2: '目标设定', level3: '合理性', value: '合理' },
      { level1: '履职', level2: '召集会议', level3: '召开人代会', value: '=1次' },
      { level1: '效益指标', level2: '经济效益', level3: '贡献', value: '=100%' },
      { level1: '满意度指标', level2: '服务对象满意度', level3: '满意度', value: '≥90%' },
    ];
    expect(run(build({ overall: { indicators: duties } }), 'indicator.categories')).toEqual([]);
    expect(run(withInds(duties), 'indicator.categories')).toHaveLength(1);
    expect(run(withInds([]), 'indicator.categories')[0]!.message).toContain('没有公开任何绩效指标');
  });

  it('indicator.quantified: share below 50 % is reported with the share', () => {
    const q: IndicatorIn[] = [
      { level1: '产出指标', level2: '数量指标', level3: 'a', value: '1次' },
      { level1: '效益指标', level2: '社会效益指标', level3: 'b', value: '有效提升' },
      { level1: '效益指标', level2: '可持续影响指标', level3: 'c', value: '持续影响' },
      { level1: '满意度指标', level2: '满意度指标', level3: 'd', value: '较高' },
    ];
    const f = run(withInds(q), 'indicator.quantified');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('25%');
    expect(run(withInds(goodIndicators), 'indicator.quantified')).toEqual([]);
    const withProcess = [...goodIndicators, ...['健全', '规范', '合理', '明确', '科学'].map((v, i): IndicatorIn => ({ level1: '决策', level2: '项目立项', level3: `d${i}`, value: v }))];
    expect(run(withInds(withProcess), 'indicator.quantified')).toEqual([]);
  });

  it('indicator.empty-value: a named indicator without a value; both columns in a two-column table', () => {
    const f = run(withInds([...goodIndicators, { level1: '产出指标', level2: '质量指标', level3: '合格率' }]), 'indicator.empty-value');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('合格率');
    const two = goodIndicators.map(({ value, ...i }) => ({ ...i, half_year: value!, full_year: value! }));
    const g = run(withInds([...two, { level1: '产出指标', level2: '质量指标', level3: '合格率', full_year: '100%' }]), 'indicator.empty-value');
    expect(g).toHaveLength(1);
    expect(g[0]!.message).toContain('半年指标值');
    expect(run(withInds(goodIndicators), 'indicator.empty-value')).toEqual([]);
  });

  it('indicator.no-level3: only where the table names level 3', () => {
    const f = run(withInds([...goodIndicators, { level1: '效益指标', level2: '生态效益指标' }]), 'indicator.no-level3');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('生态效益指标');
    expect(run(withInds([...goodIndicators, { level1: '效益指标', level2: '生态效益指标' }]), 'indicator.empty-value')).toEqual([]);
    const noLevel3 = goodIndicators.map(({ level3: _l3, ...i }) => i);
    expect(run(withInds(noLevel3), 'indicator.no-level3')).toEqual([]);
  });
});

describe('coverage rules', () => {
  it('coverage.unknown-project: a line pointing at a missing project is an error', () => {
    const r = build({ overall: { expenditure: { lines: [{ name: '甲', amount: '1', project: 'nope' }] } }, projects: [project()] });
    const f = run(r, 'coverage.unknown-project');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(run(build({ overall: { expenditure: { lines: [{ name: '甲', amount: '10.00', project: 'peixun' }] } }, projects: [project()] }), 'coverage.unknown-project')).toEqual([]);
  });

  it('coverage.project-without-line and coverage.line-without-project', () => {
    const overall: Overall = {
      expenditure: {
        lines: [
          {
            name: '项目支出',
            amount: '376',
            kind: '项目支出',
            children: [
              { name: '人大代表培训费', amount: '10.00', project: 'peixun' },
              { name: '数字人大', amount: '366', kind: '项目支出' },
            ],
          },
        ],
      },
    };
    const r = build({ overall, projects: [project(), project({ id: 'huiyi', name: '会议费', budget: { total: '5.00' } })] });
    const a = run(r, 'coverage.project-without-line');
    expect(a).toHaveLength(1);
    expect(a[0]!.message).toContain('会议费');
    const b = run(r, 'coverage.line-without-project');
    expect(b).toHaveLength(1);
    expect(b[0]!.message).toContain('数字人大');
    expect(b[0]!.message).toContain('366 万元');
    // Project lines below 项目支出 are not aggregates: no false sum-vs-line finding.
    expect(run(r, 'project.sum-vs-line')).toEqual([]);
    // Without any linked line, neither rule applies.
    const plain = build({ overall: { expenditure: { lines: [{ name: '项目支出', amount: '10.00' }] } }, projects: [project()] });
    expect(run(plain, 'coverage.project-without-line')).toEqual([]);
    expect(run(plain, 'coverage.line-without-project')).toEqual([]);
  });

  it('coverage.key-tasks: key tasks matched to projects by name', () => {
    const overall: Overall = { key_tasks: [{ name: '任务1: 人大代表培训', amount: '10' }, { name: '任务2: 镇级人大专项经费', amount: '4' }] };
    const f = run(build({ overall, projects: [project()] }), 'coverage.key-tasks');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('镇级人大专项经费');
    expect(f[0]!.message).toContain('4 万元');
    expect(run(build({ overall }), 'coverage.key-tasks')).toEqual([]);
  });
});

describe('engine', () => {
  it('orders findings by severity, then rule order, deterministically', () => {
    const r = build({
      overall: { expenditure: { total: { name: '合计', amount: '3.01' }, lines: [{ name: '甲', amount: '1.00' }, { name: '乙', amount: '2.00' }, { name: '丙', amount: null }] } },
      projects: [project({ budget: { total: '10.00', fiscal: '9.00' }, spending_plan: [{ checkpoint: '12月底', month: 12, cumulative: '90%' }] })],
    });
    const a = runChecks(r);
    expect(a.map((f) => f.rule)).toEqual(['project.budget-split', 'plan.complete', 'sum.unpublished']);
    expect(runChecks(r)).toEqual(a);
    expect(runChecks(r, allRules.filter((x) => x.id === 'plan.complete')).map((f) => f.rule)).toEqual(['plan.complete']);
  });
});
