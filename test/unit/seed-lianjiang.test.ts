import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Expected figures counted by hand from /work/shared/seeds/001_d5b089058c1ce7ac.txt
// (廉江市人民代表大会常务委员会办公室, 2024年市级部门整体预算绩效目标表).
const file = new URL('../../content/reports/2024/440881-lianjiang-renda-budget.yaml', import.meta.url);
const text = readFileSync(file, 'utf8');
const r = parse(text);
const s = (v: unknown) => (v === null || v === undefined ? v : String(v));

describe('seed 001 廉江市人大常委会办公室 2024 部门整体预算绩效目标表', () => {
  it('starts with the schema comment and names the seed', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../report.schema.json');
    expect(r.source.transcribed_from.file).toBe('001_d5b089058c1ce7ac.txt');
    expect(r.source.transcribed_from.sha256).toBe('747e1696f375506922cf7e7b481f4d64774852fbac145f796ec8fb814213aac1');
    expect(r.source.url).toBeUndefined();
    expect(r.source.published).toBeUndefined();
  });

  it('unit and region', () => {
    expect(r.year).toBe(2024);
    expect(r.stage).toBe('预算');
    expect(r.unit.name).toBe('廉江市人民代表大会常务委员会办公室');
    expect(r.unit.region).toEqual({ code: '440881', province: '广东省', city: '湛江市', county: '廉江市' });
    expect(r.unit.level).toBe('县级');
    expect(r.unit.staffing).toEqual([{ label: '财政供养人员数', count: 41 }]);
    expect(r.unit.subordinate_units).toBe(0);
  });

  it('has no projects section (the document has none)', () => {
    expect(r.projects).toBeUndefined();
  });

  it('expenditure: 基本支出 477.01, 项目支出 1144.94, no published total', () => {
    const e = r.overall.expenditure;
    expect(e.total).toBeUndefined();
    expect(e.lines.map((l: any) => [l.name, s(l.amount), l.kind])).toEqual([
      ['基本支出', '477.01', '基本支出'],
      ['项目支出', '1144.94', '项目支出'],
    ]);
    expect(text).toMatch(/amount: 477\.01\n/);
    expect(text).toMatch(/amount: 1144\.94\n/);
  });

  it('income: 财政拨款 1621.95, 其他资金 0', () => {
    expect(r.overall.income.lines.map((l: any) => [l.name, s(l.amount)])).toEqual([
      ['财政拨款', '1621.95'],
      ['其他资金', '0'],
    ]);
  });

  it('budget levels: 市本级使用资金 1621.95, 拟用于对下转移支付资金 blank', () => {
    expect(r.overall.budget_levels.lines.map((l: any) => [l.name, s(l.amount)])).toEqual([
      ['市本级使用资金', '1621.95'],
      ['拟用于对下转移支付资金', null],
    ]);
  });

  it('basic + project spending equals 财政拨款 (cents)', () => {
    const cents = (v: unknown) => Math.round(Number(v) * 100);
    const sum = r.overall.expenditure.lines.reduce((a: number, l: any) => a + cents(l.amount), 0);
    expect(sum).toBe(162195);
  });

  it('keeps the 事业发展性支出 block (schema has no place) in notes', () => {
    const n = r.notes.map((x: any) => x.text).join('\n');
    expect(n).toContain('事业发展性支出');
    expect(n).toContain('财政专项资金');
    expect(n).toContain('其他事业发展性支出');
  });

  it('3 annual goals', () => {
    expect(r.overall.annual_goals).toHaveLength(3);
    expect(r.overall.annual_goals[2]).toContain('培训率100%');
  });

  it('7 key tasks with their amounts', () => {
    const k = r.overall.key_tasks;
    expect(k).toHaveLength(7);
    expect(k.map((t: any) => s(t.amount))).toEqual(['110', '17.5', '54', '60', '4', '39.37', '50']);
    expect(k[0].name).toBe('人代会会议');
    expect(k[6].name).toBe('基层立法联系点和廉江市人大机关党建阵地');
  });

  it('9 indicators, one value column', () => {
    const ind = r.overall.indicators;
    expect(ind).toHaveLength(9);
    expect(ind.filter((i: any) => i.level1 === '产出指标')).toHaveLength(5);
    expect(ind.filter((i: any) => i.level1 === '效益指标')).toHaveLength(3);
    expect(ind.filter((i: any) => i.level1 === '满意度指标')).toHaveLength(1);
    expect(ind.filter((i: any) => i.level2 === '数量指标')).toHaveLength(2);
    expect(ind.every((i: any) => typeof i.value === 'string' && i.half_year === undefined)).toBe(true);
    expect(ind.map((i: any) => i.value)).toEqual([
      '≥400人次', '≥4批', '≥95%', '2024年12月31日前完成任务', '≤1621.95万元',
      '2024年12月31日前完成任务', '≥95%', '长期', '≥95%',
    ]);
  });
});
