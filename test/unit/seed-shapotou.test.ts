import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Expected figures counted by hand from /work/shared/seeds/004_019aada0c5059151.txt
// (中卫市沙坡头区人大常委会办公室, 4 张 项目支出预算绩效目标表, 2024 年度).
const file = new URL('../../content/reports/2024/640502-shapotou-renda-budget.yaml', import.meta.url);
const text = readFileSync(file, 'utf8');
const r = parse(text);
const s = (v: unknown) => (v === null || v === undefined ? v : String(v));
const byId = (id: string) => r.projects.find((p: any) => p.id === id);

// name, total, 非空指标数, 目标数, values in document order (the four blocks at the end of the file)
const expected: [string, string, string, number, number, string[]][] = [
  ['renda-daibiao-huodong', '人大代表活动经费', '25', 14, 3,
    ['16次', '1次', '383名', '40名', '90%', '90%', '全年', '1-3天', '25万元', '有效提升', '有效丰富', '持续影响', '持续发挥', '≥ 90%']],
  ['renda-huiyi', '人大会议经费', '30', 10, 1,
    ['383人次', '7-9次', '100%', '3天', '30万元', '有效推动', '进一步拓宽', '持续影响', '有效贯彻落实', '≧90%']],
  ['renda-jianyi-banli', '人大代表建议办理经费', '100', 9, 1,
    ['13次', '4次', '全年', '100万', '有效提升', '有效丰富', '持续影响', '持续影响', '≧90%']],
  ['renda-yewu', '人大业务经费', '20', 16, 2,
    ['16次', '1次', '100%', '100%', '每次活动1-2天', '3-5天', '3万元', '1万元', '13万元', '3万元',
      '人大监督力度加强', '有效提升', '持续保障', '有效贯彻落实', '≧90%', '≧90%']],
];

describe('seed 004 沙坡头区人大常委会办公室 2024 项目支出预算绩效目标表', () => {
  it('header, source and unit', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../report.schema.json');
    expect(r.source.transcribed_from).toEqual({
      file: '004_019aada0c5059151.txt',
      sha256: '8f1321e00a068f27c3151e358be22a11b27538a76aa9fd9f45b69921c59ec057',
    });
    expect(r.year).toBe(2024);
    expect(r.stage).toBe('预算');
    expect(r.unit.level).toBe('区级');
    expect(r.unit.region).toEqual({ code: '640502', province: '宁夏回族自治区', city: '中卫市', county: '沙坡头区' });
  });

  it('has no whole-unit part', () => {
    expect(r.overall).toBeUndefined();
  });

  it('4 projects in document order', () => {
    expect(r.projects.map((p: any) => p.id)).toEqual(expected.map((e) => e[0]));
    expect(r.projects.map((p: any) => p.name)).toEqual(expected.map((e) => e[1]));
  });

  for (const [id, name, total, nInd, nGoals, values] of expected) {
    describe(name, () => {
      const p = () => byId(id);
      it(`budget ${total} = 财政拨款, 其他资金 blank`, () => {
        expect(s(p().budget.total)).toBe(total);
        expect(s(p().budget.fiscal)).toBe(total);
        expect(p().budget.other).toBeNull();
      });
      it('attributes', () => {
        expect(p().department).toBe('中卫市沙坡头区人大常委会办公室');
        expect(p().attribute).toBe('02-经常性项目');
        expect(p().period).toBe('1年');
        expect(p().goals).toHaveLength(nGoals);
      });
      it(`${nInd} indicators with re-associated values`, () => {
        expect(p().indicators).toHaveLength(nInd);
        expect(values).toHaveLength(nInd);
        expect(p().indicators.map((i: any) => i.value)).toEqual(values);
        for (const i of p().indicators) {
          expect(i.level3).not.toMatch(/^指标\d/);
          expect(i.level2).not.toMatch(/[（(]/);
          expect(i.level2).not.toMatch(/\s/);
        }
      });
    });
  }

  it('implementer: full in table 1, cut off in tables 2–4', () => {
    expect(r.projects.map((p: any) => p.implementer)).toEqual([
      '中卫市沙坡头区人民代表大会本级', '中卫市沙坡头区人', '中卫市沙坡头区人', '中卫市沙坡头区人大',
    ]);
  });

  it('成本指标 values of 人大业务经费 add up to its budget', () => {
    const cost = byId('renda-yewu').indicators.filter((i: any) => i.level2 === '成本指标');
    expect(cost.map((i: any) => i.level3)).toEqual(['办公费', '培训费', '差旅费', '租车费']);
    expect(cost.reduce((a: number, i: any) => a + parseInt(i.value, 10), 0)).toBe(20);
  });

  it('keeps the cut-off fragments in notes', () => {
    const n = r.notes.map((x: any) => x.text).join('\n');
    for (const f of ['履职能力 、深入开展 常委会与代', '履行职责，', '乡镇人大工作', '身利益的重大议，推动沙', '部的业务水平']) {
      expect(n).toContain(f);
    }
  });
});
