/**
 * Pins the transcription of seed 003 (攀枝花市仁和区人大常委会办公室, 2024 预算绩效目标申报表)
 * against the document's own totals and counts. Every expected number below was counted in
 * the shared seed ../shared/seeds/003_b8e45d8a35279468.txt, not taken from the YAML.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { Decimal } from '../../src/model/decimal.ts';
import { parseSource } from '../../src/declaration/yaml-source.ts';
import { report } from '../../src/model/schema.ts';

const FILE = fileURLToPath(new URL('../../content/reports/2024/510411-renhe-renda-budget.yaml', import.meta.url));
const TEXT = readFileSync(FILE, 'utf8');
/** Plain parse: structure, nulls and counts. */
const doc = parse(TEXT);
/** Loader parse: amounts keep their printed text ("83.00"). */
const src = parseSource(FILE, TEXT).data as any;

/** The 12 project tables in document order: name, form class, 年度资金总额 = 财政拨款, indicator rows. */
const PROJECTS: [string, '特定目标类' | '其他运转类', string, number][] = [
  ['区人大会议费', '特定目标类', '55.00', 11],
  ['区人大预算审查联网升级系统软件开发费', '特定目标类', '20.00', 6],
  ['区人大专委会和区人大常委会各工委业务经费', '其他运转类', '15.00', 7],
  ['区人大预算审查经费及监督网络运行经费', '其他运转类', '12.00', 7],
  ['区级人大代表活动费', '其他运转类', '20.00', 6],
  ['区、乡人大代表订阅“一报一刊”经费', '其他运转类', '8.00', 7],
  ['乡（镇）、街办“代表之家”和“代表联络站”活动运行费', '其他运转类', '14.40', 6],
  ['区人大代表票决制和重点民生实事项目经费', '其他运转类', '18.00', 7],
  ['仁和区人大代表培训费', '其他运转类', '25.00', 6],
  ['乡（镇）、街办村（社区）人大“代表联络站”建设经费', '其他运转类', '6.00', 6],
  ['区人大常委会机关离退休支部活动经费', '其他运转类', '8.00', 8],
  ['区十三届人大代表补选经费', '特定目标类', '8.00', 11],
];

const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(new Decimal(x.replace(/,/g, ''))), new Decimal(0));

describe('seed 003 仁和区人大常委会办公室 2024', () => {
  it('passes the schema', () => {
    const r = report.safeParse(src);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it('identifies the unit and source', () => {
    expect(doc.year).toBe(2024);
    expect(doc.stage).toBe('预算');
    expect(doc.unit.name).toBe('攀枝花市仁和区人民代表大会常务委员会办公室');
    expect(doc.unit.level).toBe('区级');
    expect(doc.unit.region).toEqual({ code: '510411', province: '四川省', city: '攀枝花市', county: '仁和区' });
    expect(doc.source.transcribed_from).toEqual({
      file: '003_b8e45d8a35279468.txt',
      sha256: '25d0ffd5cdc5a920ef6aa61749c4f34c8ee65ab1395a3c694eb6a4796a1f632d',
    });
    expect(doc.source.url).toBeUndefined();
    expect(doc.source.published).toBeUndefined();
    expect(doc.forms).toEqual([
      '部门整体支出绩效目标申报表',
      '特定目标类项目支出绩效目标申报表',
      '其他运转类项目支出绩效目标申报表',
    ]);
  });

  it('has the whole-unit expenditure table as printed', () => {
    const e = src.overall.expenditure;
    expect(e.total.name).toBe('年度资金总额');
    expect(e.total.amount).toBe('1,048.54');
    expect(e.total.fiscal).toBe('1,048.54');
    expect(e.total.other).toBeNull();
    expect(e.lines.map((l: any) => [l.name, l.kind, l.amount, l.fiscal, l.other])).toEqual([
      ['人员类项目支出', '人员类', '732.97', '732.97', null],
      ['运转类项目支出', '运转类', '232.57', '232.57', null],
      ['特定目标类项目经费', '特定目标类', '83.00', '83.00', null],
    ]);
    expect(sum(e.lines.map((l: any) => l.amount)).toFixed(2)).toBe('1048.54');
  });

  it('has one annual goal and no key tasks (the document has no 重点任务 table)', () => {
    expect(doc.overall.annual_goals).toHaveLength(1);
    expect(doc.overall.key_tasks).toBeUndefined();
  });

  it('has the 11 whole-unit indicators, grouped 基本经费 4 / 项目经费 4 / 效益指标 2 / 满意度指标 1', () => {
    const ind = doc.overall.indicators;
    expect(ind).toHaveLength(11);
    const groups: Record<string, number> = {};
    for (const i of ind) groups[i.level1] = (groups[i.level1] ?? 0) + 1;
    expect(groups).toEqual({ 基本经费: 4, 项目经费: 4, 效益指标: 2, 满意度指标: 1 });
    expect(ind.every((i: any) => i.level3 === undefined && typeof i.value === 'string')).toBe(true);
    expect(ind[3].value).toBe('839.14万元，保证人员经费足额发放，机构正常运转');
    expect(ind[7].value.startsWith('209.4万元，')).toBe(true);
    expect(ind[4].value.startsWith('12个项目')).toBe(true);
    expect(ind[10].value).toBe('人大代表满意度和上级人大常委会满意度≥90%');
  });

  it('has the 12 project tables in document order with their budgets', () => {
    expect(src.projects).toHaveLength(12);
    PROJECTS.forEach(([name, cls, total, n], k) => {
      const p = src.projects[k];
      expect(p.name).toBe(name);
      expect(p.class).toBe(cls);
      expect(p.form).toBe(`${cls}项目支出绩效目标申报表`);
      expect(p.implementer).toBe('攀枝花市仁和区人民代表大会常务委员会办公室');
      expect(p.budget).toEqual({ total, fiscal: total, other: null });
      expect(p.goals).toHaveLength(1);
      expect(p.indicators, name).toHaveLength(n);
    });
    expect(new Set(src.projects.map((p: any) => p.id)).size).toBe(12);
  });

  it('counts 88 project indicators, all with 一级/二级/三级 and one value', () => {
    const all = src.projects.flatMap((p: any) => p.indicators);
    expect(all).toHaveLength(88);
    for (const i of all) {
      expect(['项目完成', '项目效益', '满意度指标']).toContain(i.level1);
      expect(i.level2).toBeTruthy();
      expect(i.level3).toBeTruthy();
      expect(typeof i.value).toBe('string');
    }
    expect(src.projects[2].indicators[3].value).toBe('15万元，每个专委会和工委、办公室、机关事务中心1.5万元/年');
  });

  it('reconciles the project tables with the whole-unit figures', () => {
    const of = (cls: string) => src.projects.filter((p: any) => p.class === cls).map((p: any) => p.budget.total);
    expect(of('特定目标类')).toHaveLength(3);
    expect(of('其他运转类')).toHaveLength(9);
    // 特定目标类: 55.00 + 20.00 + 8.00 = 83.00, the 特定目标类项目经费 line.
    expect(sum(of('特定目标类')).toFixed(2)).toBe('83.00');
    // 其他运转类: 126.40, only part of 运转类项目支出 232.57 (106.17 has no project table).
    expect(sum(of('其他运转类')).toFixed(2)).toBe('126.40');
    expect(new Decimal('232.57').minus(sum(of('其他运转类'))).toFixed(2)).toBe('106.17');
    // All 12 projects = 项目经费 209.4万元; 基本经费 839.14万元 = 人员类 732.97 + 106.17; together 1,048.54.
    expect(sum(src.projects.map((p: any) => p.budget.total)).toFixed(2)).toBe('209.40');
    expect(new Decimal('732.97').plus('106.17').toFixed(2)).toBe('839.14');
    expect(new Decimal('839.14').plus('209.4').toFixed(2)).toBe('1048.54');
  });
});
