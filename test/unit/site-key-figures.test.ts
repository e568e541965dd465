import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import type { ReportDecl } from '../../src/model/schema.ts';
import { incomeFigures, keyFigures, projectBudgetsTotal, reportTotal } from '../../src/site/key-figures.ts';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { join } from 'node:path';
import { formatMoney } from '../../src/model/money.ts';

const base: ReportDecl = {
  year: 2024,
  stage: '预算',
  money_unit: '万元',
  forms: ['表'],
  unit: { name: '某单位', short_name: '某', category: '人大', level: '县级', region: { code: '440881', province: '广东省', city: '湛江市', county: '廉江市' } },
  source: { title: '某表', publisher: '某单位' },
};
const make = (extra: Partial<ReportDecl>) => buildReport('2024/x', { ...base, ...extra });

describe('key figures', () => {
  it('uses the published expenditure total, then the income total', () => {
    const r = make({ overall: { income: { total: { name: '资金总额', amount: '6431.71' }, lines: [{ name: '财政拨款', amount: '6431.71' }] } } });
    const t = reportTotal(r);
    expect(t.status).toBe('published');
    expect(formatMoney(t.money!)).toBe('6,431.71 万元');
    expect(t.computed).toBeUndefined();
    expect(t.anchor).toBe('income-total');
  });
  it('adds up the expenditure lines when no total is printed, and says so', () => {
    const r = make({ overall: { expenditure: { lines: [{ name: '基本支出', kind: '基本支出', amount: '477.01' }, { name: '项目支出', kind: '项目支出', amount: '1144.94' }] } } });
    const t = reportTotal(r);
    expect(t.computed).toBe(true);
    expect(t.money!.value.toFixed()).toBe('1621.95');
    expect(formatMoney(t.money!)).toBe('1,621.95 万元');
    const spending = keyFigures(r).find((g) => g.key === 'spending')!;
    expect(spending.figures.map((f) => [f.label, f.money?.text])).toEqual([
      ['基本支出', '477.01'],
      ['项目支出', '1144.94'],
    ]);
  });
  it('says 未公开, never 0, for what a project-only report lacks', () => {
    const r = make({ projects: [{ id: 'a', name: 'A', budget: { total: '25', fiscal: '25', other: null } }, { id: 'b', name: 'B', budget: { total: '5.5' } }] });
    const groups = keyFigures(r);
    const all = groups.flatMap((g) => g.figures);
    expect(all.find((f) => f.key === 'total')!.status).toBe('not-published');
    expect(all.find((f) => f.key === 'basic')!.status).toBe('not-published');
    expect(all.find((f) => f.key === 'income')!.status).toBe('not-published');
    expect(all.find((f) => f.key === 'staff')!.status).toBe('not-published');
    expect(all.filter((f) => f.status === 'not-published').every((f) => f.money === undefined)).toBe(true);
    const p = projectBudgetsTotal(r);
    expect(p.money!.text).toBe('30.5');
    expect(p.computed).toBe(true);
  });
  it('shows other spending splits when there is no 基本支出 / 项目支出', () => {
    const r = make({
      overall: {
        expenditure: {
          total: { name: '年度资金总额', amount: '1,048.54' },
          lines: [
            { name: '人员类项目支出', kind: '人员类', amount: '732.97' },
            { name: '运转类项目支出', kind: '运转类', amount: '232.57' },
            { name: '特定目标类项目经费', kind: '特定目标类', amount: '83.00' },
          ],
        },
      },
    });
    const s = keyFigures(r).find((g) => g.key === 'spending')!.figures;
    expect(s.map((f) => f.label)).toEqual(['基本支出', '项目支出', '人员类项目支出', '运转类项目支出', '特定目标类项目经费']);
    expect(s[0]!.status).toBe('not-published');
    expect(s[4]!.money!.text).toBe('83.00');
    expect(formatMoney(reportTotal(r).money!)).toBe('1,048.54 万元');
  });
  it('lists headcount from staffing', () => {
    const r = make({ unit: { ...base.unit, staffing: [{ label: '行政编制', count: 60 }] } });
    expect(keyFigures(r).find((g) => g.key === 'staff')!.figures).toMatchObject([{ label: '行政编制', count: 60, status: 'published' }]);
  });
});

describe('income sources without an income table', () => {
  it('come from the funding columns of the expenditure total, blank other funds not published', () => {
    const renhe = loadReports(join(import.meta.dirname, '../../content/reports')).reports.find((r) => r.id.includes('renhe'))!;
    const f = incomeFigures(renhe.report);
    expect(f.map((x) => [x.label, x.money?.text, x.status])).toEqual([
      ['财政资金', '1,048.54', 'published'],
      ['其他资金', undefined, 'not-published'],
    ]);
  });
});
