/**
 * Pins the totals and counts of seed 000_950c81b17392ad76.txt (无锡市人大常委会办公室（本级）, 2024 预算)
 * as transcribed in content/reports/2024/320200-wuxi-renda-budget.yaml.
 * Every expected number below was counted in the seed document itself, not read from the YAML.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';

const file = fileURLToPath(new URL('../../content/reports/2024/320200-wuxi-renda-budget.yaml', import.meta.url));
const src = readFileSync(file, 'utf8');
// failsafe schema: every scalar stays the exact text of the file, so amounts compare as printed strings.
const doc: any = parse(src, { schema: 'failsafe' });

type Line = { name: string; amount?: string; half_year?: string; project?: string; kind?: string; children?: Line[] };
type Ind = { table?: string; level1?: string; level2?: string; level3?: string; key_work?: string; project?: string; half_year?: string; full_year?: string; value?: string };
type Proj = { id: string; name: string; department?: string; start?: string; end?: string; budget?: unknown; indicators: Ind[] };

const projects: Proj[] = doc.projects;
const byName = (name: string): Proj => {
  const p = projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  return p;
};

describe('seed 000 无锡市人大常委会办公室（本级）2024', () => {
  it('first line points at the JSON schema', () => {
    expect(src.split('\n')[0]).toBe('# yaml-language-server: $schema=../../report.schema.json');
  });

  it('unit, region and staffing', () => {
    expect(doc.year).toBe('2024');
    expect(doc.stage).toBe('预算');
    expect(doc.unit.name).toBe('无锡市人民代表大会常务委员会办公室（本级）');
    expect(doc.unit.level).toBe('市级');
    expect(doc.unit.scope).toBe('本级');
    expect(doc.unit.region).toEqual({ code: '320200', province: '江苏省', city: '无锡市' });
    expect(doc.unit.staffing).toEqual([
      { label: '行政编制', count: '60' },
      { label: '行政附属', count: '10' },
      { label: '编外用工', count: '1' },
    ]);
    expect(doc.unit.subordinate_units).toBe('0');
    expect(doc.source.transcribed_from.sha256).toBe('9d4c6533e90f747abd6289bc3e2bd23c8b1fe982bbd950ecab838917fdce5998');
    expect(doc.source.url).toBeUndefined();
    expect(doc.source.published).toBeUndefined();
  });

  it('no HTML left in prose', () => {
    expect(doc.overall.functions).not.toMatch(/<\/?p>/);
    expect(doc.unit.organization).not.toMatch(/<\/?p>/);
    expect(doc.overall.functions.endsWith('决定授予地方的荣誉称号。')).toBe(true);
    expect(doc.overall.medium_term_goals).toHaveLength(1);
    expect(doc.overall.annual_goals).toHaveLength(1);
  });

  it('income: 资金总额 6431.71 and its tree', () => {
    const inc = doc.overall.income;
    expect(inc.total).toEqual({ name: '资金总额', amount: '6431.71' });
    expect(inc.lines.map((l: Line) => [l.name, l.amount])).toEqual([
      ['财政拨款', '6431.71'],
      ['社保基金', '0'],
      ['上年结转资金', '0'],
      ['其他资金', '0'],
    ]);
    expect(inc.lines[0].children.map((l: Line) => [l.name, l.amount])).toEqual([
      ['一般公共预算资金', '6431.71'],
      ['政府性基金', '0'],
      ['财政专户管理资金', '0'],
      ['国有资本金', '0'],
    ]);
  });

  it('expenditure: 基本支出, 项目支出 and its 9 project lines (half-year, full-year)', () => {
    const lines: Line[] = doc.overall.expenditure.lines;
    expect(lines.map((l) => [l.name, l.kind, l.half_year, l.amount])).toEqual([
      ['基本支出', '基本支出', '2000', '4223.31'],
      ['项目支出', '项目支出', '900', '2208.4'],
    ]);
    const kids = lines[1]!.children!;
    expect(kids.map((l) => [l.name, l.half_year, l.amount])).toEqual([
      ['代表活动经费', '100', '230.5'],
      ['《人大之声》制作经费', '5', '28.8'],
      ['老干部慰问活动费', '40', '75'],
      ['数字人大', '150', '366'],
      ['信访工作经费', '5', '25.5'],
      ['人大代表履职培训费', '50', '112'],
      ['人大联网预算监督等系统及运维', '0', '8'],
      ['人大工作经费', '200', '876.6'],
      ['人代会会议经费', '200', '486'],
    ]);
    // full-year project lines add up to 项目支出; 基本 + 项目 = 资金总额 (in hundredths of 万元)
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(kids.reduce((a, l) => a + cents(l.amount!), 0)).toBe(cents('2208.4'));
    expect(cents('4223.31') + cents('2208.4')).toBe(cents(doc.overall.income.total.amount));
    // the document's half-year figures do not add up (750 vs 900): kept as printed
    expect(kids.reduce((a, l) => a + Number(l.half_year), 0)).toBe(750);
  });

  it('every expenditure line with a 项目表 links to it; 数字人大 has none', () => {
    const kids: Line[] = doc.overall.expenditure.lines[1].children;
    const ids = new Set(projects.map((p) => p.id));
    for (const k of kids) {
      if (k.name === '数字人大') expect(k.project).toBeUndefined();
      else {
        expect(ids.has(k.project!)).toBe(true);
        expect(projects.find((p) => p.id === k.project)!.name).toBe(k.name);
      }
    }
    expect(kids.filter((k) => k.project)).toHaveLength(8);
  });

  it('whole-unit indicators: 31 + 13 + 2 in three tables', () => {
    const inds: Ind[] = doc.overall.indicators;
    expect(inds).toHaveLength(46);
    const count = (t: string) => inds.filter((i) => i.table === t).length;
    expect(count('整体绩效指标')).toBe(31);
    expect(count('履职指标')).toBe(13);
    expect(count('效益与满意度指标')).toBe(2);
    for (const i of inds) {
      expect(i.level1 && i.level2 && i.level3).toBeTruthy();
      expect(i.half_year).toBeTruthy();
      expect(i.full_year).toBeTruthy();
      expect(i.value).toBeUndefined();
    }
    expect(inds.filter((i) => i.level1 === '决策')).toHaveLength(6);
    expect(inds.filter((i) => i.level1 === '过程')).toHaveLength(25);
    const duty = inds.filter((i) => i.table === '履职指标');
    expect(duty.every((i) => i.level1 === '履职' && i.key_work && i.project === undefined)).toBe(true);
    expect(new Set(duty.map((i) => i.level2)).size).toBe(7);
    const visits = duty.find((i) => i.key_work === '做好人大信访工作')!;
    expect([visits.half_year, visits.full_year]).toEqual(['≥80件', '≥250件']);
    const eff = inds.filter((i) => i.table === '效益与满意度指标');
    expect(eff.map((i) => [i.level1, i.level2, i.half_year, i.full_year])).toEqual([
      ['效益指标', '经济效益', '=100%', '=100%'],
      ['满意度指标', '服务对象满意度', '≥90%', '≥90%'],
    ]);
    // 社会效益 / 生态效益 / 可持续影响 are printed without any indicator: not transcribed, but noted
    expect(inds.some((i) => ['社会效益', '生态效益', '可持续影响'].includes(i.level2!))).toBe(false);
    const notes: { where: string; text: string }[] = doc.notes;
    expect(notes.some((n) => ['社会效益', '生态效益', '可持续影响'].every((s) => n.text.includes(s)))).toBe(true);
  });

  it('8 项目预算绩效目标表 with 16 indicators each and no budget amounts', () => {
    expect(projects).toHaveLength(8);
    expect(projects.map((p) => p.name)).toEqual([
      '人大代表履职培训费',
      '人大联网预算监督等系统及运维',
      '信访工作经费',
      '人代会会议经费',
      '代表活动经费',
      '老干部慰问活动费',
      '人大工作经费',
      '《人大之声》制作经费',
    ]);
    expect(new Set(projects.map((p) => p.id)).size).toBe(8);
    for (const p of projects) {
      expect(p.department).toBe('无锡市人大常委会');
      expect(p.start).toBe('2022年');
      expect(p.end).toBe('2024年');
      expect(p.budget).toBeUndefined();
      expect(p.indicators).toHaveLength(16);
      expect(p.indicators.map((i) => i.level1)).toEqual([
        ...Array(6).fill('决策'),
        ...Array(5).fill('过程'),
        '产出指标',
        '产出指标',
        '产出指标',
        '效益指标',
        '满意度指标',
      ]);
      for (const i of p.indicators) expect(i.half_year && i.full_year).toBeTruthy();
    }
    expect(projects.reduce((a, p) => a + p.indicators.length, 0)).toBe(128);
  });

  it('selected project indicator values as printed', () => {
    const pick = (name: string, l3: string) => {
      const i = byName(name).indicators.find((x) => x.level3 === l3)!;
      return [i.half_year, i.full_year];
    };
    expect(pick('人大代表履职培训费', '人大代表履职培训情况')).toEqual(['=200人次', '=461人次']);
    expect(pick('人大联网预算监督等系统及运维', '相关系统及相关服务运维有效运行服务')).toEqual(['≥1服务周期', '≥1服务周期']);
    expect(pick('信访工作经费', '受理人民群众对相关机关和国家工作人员等的投诉和意见')).toEqual(['≥50件', '≥100件']);
    expect(pick('人代会会议经费', '参加代表满意度')).toEqual(['>90%', '>90%']);
    expect(pick('人大工作经费', '人大工作持续有序开展')).toEqual(['有序开展', '有序开展']);
    expect(pick('《人大之声》制作经费', '《人大之声》汇编制作发放合集')).toEqual(['≥0份', '≥700份']);
    expect(pick('代表活动经费', '资金到位率')).toEqual(['序时进度', '100%']);
    // 《人大之声》 prints 预算执行率 before 资金到位率
    expect(byName('《人大之声》制作经费').indicators.slice(6, 8).map((i) => i.level3)).toEqual(['预算执行率', '资金到位率']);
  });
});
