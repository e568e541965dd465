/**
 * Pins the totals and counts of seed 002_edaaaff21a050cb0.txt (遵化市人民代表大会常务委员会, 2024 部门预算绩效文本（草案）)
 * as transcribed in content/reports/2024/130281-zunhua-renda-budget.yaml.
 * Every expected number below was counted in the seed document itself, not read from the YAML.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';

const file = fileURLToPath(new URL('../../content/reports/2024/130281-zunhua-renda-budget.yaml', import.meta.url));
const src = readFileSync(file, 'utf8');
// failsafe schema: every scalar stays the exact text of the file, so amounts compare as printed strings.
const doc: any = parse(src, { schema: 'failsafe' });
// core schema: to see real nulls (blank cells).
const core: any = parse(src);

type Ind = { level1?: string; level2?: string; level3?: string; description?: string; value?: string; basis?: string };
type Proj = {
  id: string;
  name: string;
  code: string;
  budget: { total: string; fiscal: string; other: unknown };
  purpose: string;
  spending_plan: { checkpoint: string; month: string; cumulative: string }[];
  goals: string[];
  indicators: Ind[];
};
const projects: Proj[] = doc.projects;
const byName = (name: string): Proj => {
  const p = projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  return p;
};

// From the seed, 第二部分 预算项目绩效目标, tables 1–7 in document order.
const TABLES: [name: string, code: string, total: string, fiscal: string][] = [
  ['"智慧人大"系统经费', '13028124P00094210001M', '3.00', '3.00'],
  ['人大八届四次会议费', '13028124P000930100013', '60.00', '60.00'],
  ['人大代表活动经费', '13028124P000939100016', '61.00', '61.00'],
  ['人大代表培训及考察工作经费', '13028124P00093210001E', '60.00', '60.00'],
  ['人大代表之家联络站活动经费', '13028124P00092610001X', '63.00', '63.00'],
  ['人大慰问老干部补贴', '13028124P00085710001H', '10.00', '10.00'],
  ['人大招商资金', '13028124P000941100010', '13.00', '13.00'],
];

describe('seed 002 遵化市人民代表大会常务委员会 2024', () => {
  it('first line points at the JSON schema', () => {
    expect(src.split('\n')[0]).toBe('# yaml-language-server: $schema=../../report.schema.json');
  });

  it('unit, region and source', () => {
    expect(doc.year).toBe('2024');
    expect(doc.stage).toBe('预算');
    expect(doc.money_unit).toBe('万元');
    expect(doc.unit.name).toBe('遵化市人民代表大会常务委员会');
    expect(doc.unit.level).toBe('县级');
    expect(doc.unit.region).toEqual({ code: '130281', province: '河北省', city: '唐山市', county: '遵化市' });
    expect(doc.source.transcribed_from).toEqual({
      file: '002_edaaaff21a050cb0.txt',
      sha256: '49854ca73ab557d4df89f3bc97a90308d34ece1a1d51cee4a973ba49e4797e27',
    });
    expect(doc.source.url).toBeUndefined();
    expect(doc.source.published).toBeUndefined();
  });

  it('part one: 4 annual-goal paragraphs (intro + 3 numbered) and 9 保障措施, no money tables', () => {
    expect(doc.overall.annual_goals).toHaveLength(4);
    expect(doc.overall.annual_goals[0].startsWith('深入贯彻落实党的二十大精神')).toBe(true);
    expect(doc.overall.annual_goals[1].startsWith('坚持问题导向、效果导向')).toBe(true);
    expect(doc.overall.annual_goals[2].startsWith('注重发挥代表作用')).toBe(true);
    expect(doc.overall.annual_goals[3].startsWith('固本强基')).toBe(true);
    expect(doc.overall.measures).toHaveLength(9);
    expect(doc.overall.measures[8].startsWith('加强对基层人大的联系指导。')).toBe(true);
    expect(doc.overall.income).toBeUndefined();
    expect(doc.overall.expenditure).toBeUndefined();
    expect(doc.overall.indicators).toBeUndefined();
    expect(doc.overall.key_tasks).toBeUndefined();
  });

  it('no page-break or markup damage left in prose', () => {
    const prose: string[] = [...doc.overall.annual_goals, ...doc.overall.measures, ...projects.flatMap((p) => [p.purpose, ...p.goals])];
    for (const s of prose) {
      expect(s).not.toMatch(/\*\*|\$|\\geq|<\/?p>/);
      expect(s).not.toMatch(/\d \S|\S \d/); // no PDF-inserted spaces around numbers
    }
  });

  it('7 project tables in document order, codes joined, budgets as printed', () => {
    expect(projects).toHaveLength(7);
    expect(projects.map((p) => [p.name, p.code, p.budget.total, p.budget.fiscal])).toEqual(TABLES);
    for (const p of core.projects) expect(p.budget.other).toBeNull(); // 其他资金 blank in all 7
    for (const p of projects) expect(p.code).toMatch(/^13028124P\d{10}[0-9A-Z]{2}$/);
  });

  it('预算数 = 财政资金 + 其他资金 for every project; sum of the 7 projects is 270', () => {
    let sum = 0;
    for (const p of core.projects) {
      expect(p.budget.total).toBe(p.budget.fiscal + (p.budget.other ?? 0));
      sum += p.budget.total;
    }
    expect(sum).toBe(270);
  });

  it('spending plans (cumulative) at 3/6/10/12 月底', () => {
    for (const p of projects) {
      expect(p.spending_plan.map((s) => s.checkpoint)).toEqual(['3月底', '6月底', '10月底', '12月底']);
      const expected = p.name === '人大慰问老干部补贴' ? ['30%', '30%', '30%', '30%'] : ['30%', '60%', '90%', '100%'];
      expect(p.spending_plan.map((s) => s.cumulative)).toEqual(expected);
    }
  });

  it('goals: 2 table goals + 3 part-one texts per project', () => {
    for (const p of projects) {
      expect(p.goals).toHaveLength(5);
      expect(p.goals[3].startsWith('绩效目标：')).toBe(true);
      expect(p.goals[4].startsWith('绩效指标：')).toBe(true);
    }
    expect(byName('人大八届四次会议费').goals[0]).toBe('根据《地方保护法》有关要求，2024年1月份召开八届四次会议。');
  });

  it('42 indicators: 6 per project, every one with three levels, description, value and basis', () => {
    expect(projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(42);
    const levels = [
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['产出指标', '时效指标'],
      ['产出指标', '成本指标'],
      ['效益指标', '社会效益指标'],
      ['满意度指标', '服务对象满意度指标'],
    ];
    for (const p of projects) {
      expect(p.indicators).toHaveLength(6);
      expect(p.indicators.map((i) => [i.level1, i.level2])).toEqual(levels);
      for (const i of p.indicators) {
        expect(i.level3 && i.description && i.value && i.basis).toBeTruthy();
      }
    }
  });

  it('key indicator values as printed', () => {
    const v = (name: string) => byName(name).indicators.map((i) => i.value);
    expect(v('"智慧人大"系统经费')).toEqual(['1套', '≥95%', '2024年12月31日前', '≤3万元', '≥95%', '≥95%']);
    expect(v('人大八届四次会议费')).toEqual(['≥3天', '≥90%', '会议于2024年1月24日前完成', '依据相关政策标准', '≥90%', '≥90%']);
    expect(v('人大代表活动经费')).toEqual(['≥10次', '≥5篇', '2024年12月31日前完成', '≤61万元', '≥95%', '≥95%']);
    expect(v('人大代表培训及考察工作经费')).toEqual(['≥3次', '≥95%', '≥95%', '≥95%', '≥95%', '≥95%']);
    expect(v('人大代表之家联络站活动经费')).toEqual(['≤280人', '≥95%', '2024年12月31日前完成', '≤63万元', '≥90%', '≥95%']);
    expect(v('人大慰问老干部补贴')).toEqual(['≥32人', '≥95%', '老干部慰问工作于2024年12月前完成', '≤10万元', '≥95%', '≥95%']);
    expect(v('人大招商资金')).toEqual(['≥5场', '≥5个', '2024年12月31日前完成', '≤13万元', '≥90%', '≥95%']);
    const z = byName('"智慧人大"系统经费');
    for (const i of z.indicators) expect(i.basis).toBe('唐山市人大“智慧人大”相关通知');
    expect(byName('人大八届四次会议费').indicators[0].level3).toBe('会议天数/次');
    expect(byName('人大代表培训及考察工作经费').indicators[0].basis).toBe('遵化市人大常委会会办公室[2017]14号');
  });
});
