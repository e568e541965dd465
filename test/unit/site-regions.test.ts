import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import type { ReportDecl } from '../../src/model/schema.ts';
import { allRegions, regionLabel, regionPath, regionTree } from '../../src/site/regions.ts';

const decl = (code: string, province: string, city: string | undefined, county: string | undefined, total?: string): ReportDecl => ({
  year: 2024,
  stage: '预算',
  money_unit: '万元',
  forms: ['表'],
  unit: { name: `单位${code}`, short_name: 'x', category: '人大', level: '县级', region: { code, province, ...(city ? { city } : {}), ...(county ? { county } : {}) } },
  source: { title: 't', publisher: 'p' },
  ...(total ? { overall: { income: { total: { name: '合计', amount: total }, lines: [{ name: 'a', amount: total }] } } } : {}),
});
const item = (d: ReportDecl) => ({ report: buildReport(`2024/${d.unit.region.code}`, d) });

describe('regions', () => {
  it('derives province, city and county codes (GB/T 2260)', () => {
    expect(regionPath({ code: '440881', province: '广东省', city: '湛江市', county: '廉江市' }).map((p) => p.code)).toEqual(['440000', '440800', '440881']);
    expect(regionPath({ code: '320200', province: '江苏省', city: '无锡市' }).map((p) => [p.code, p.level])).toEqual([
      ['320000', 'province'],
      ['320200', 'city'],
    ]);
    expect(regionLabel({ code: '640502', province: '宁夏回族自治区', city: '中卫市', county: '沙坡头区' })).toBe('宁夏回族自治区 › 中卫市 › 沙坡头区');
  });
  it('builds a tree with reports on the deepest node and totals per year', () => {
    const tree = regionTree([
      item(decl('320200', '江苏省', '无锡市', undefined, '6431.71')),
      item(decl('320281', '江苏省', '无锡市', '江阴市', '100.29')),
      item(decl('440881', '广东省', '湛江市', '廉江市')),
    ]);
    expect(tree.map((n) => n.code)).toEqual(['320000', '440000']);
    const js = tree[0]!;
    expect(js.allReports).toHaveLength(2);
    expect(js.reports).toHaveLength(0);
    const wuxi = js.children[0]!;
    expect(wuxi.code).toBe('320200');
    expect(wuxi.reports).toHaveLength(1);
    expect(wuxi.children.map((c) => c.code)).toEqual(['320281']);
    expect(js.totals).toHaveLength(1);
    expect(js.totals[0]!.total.toFixed()).toBe('6532');
    expect(js.totals[0]!.withTotal).toBe(2);
    const gd = tree[1]!;
    expect(gd.totals[0]).toMatchObject({ withTotal: 0, withoutTotal: 1 });
    expect(allRegions(tree).map((n) => n.code)).toEqual(['320000', '320200', '320281', '440000', '440800', '440881']);
    expect(allRegions(tree).find((n) => n.code === '320281')!.ancestors).toEqual([
      { code: '320000', name: '江苏省' },
      { code: '320200', name: '无锡市' },
    ]);
  });
});
