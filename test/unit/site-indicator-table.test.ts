import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import type { IndicatorDecl } from '../../src/model/schema.ts';
import { indicatorTables, kindCounts } from '../../src/site/indicator-table.ts';
import { minimalDecl } from './report-decl.ts';

const report = (indicators: IndicatorDecl[]) => buildReport('2024/x', { ...minimalDecl, overall: { indicators } });

describe('indicator tables', () => {
  it('merges 一级 and 二级 cells like the document (rowspans), 二级 only within its 一级', () => {
    const r = report([
      { level1: '产出指标', level2: '数量指标', level3: 'a', value: '≥400人次' },
      { level1: '产出指标', level2: '数量指标', level3: 'b', value: '≥4批' },
      { level1: '产出指标', level2: '质量指标', level3: 'c', value: '≥95%' },
      { level1: '效益指标', level2: '质量指标', level3: 'd', value: '长期' },
    ]);
    const [t] = indicatorTables(r.overall!.indicators);
    expect(t!.rows.map((x) => x.level1 && [x.level1.text, x.level1.rowspan])).toEqual([['产出指标', 3], null, null, ['效益指标', 1]]);
    expect(t!.rows.map((x) => x.level2 && [x.level2.text, x.level2.rowspan])).toEqual([['数量指标', 2], null, ['质量指标', 1], ['质量指标', 1]]);
    expect(t!.rows.map((x) => x.anchor)).toEqual(['indicator-1', 'indicator-2', 'indicator-3', 'indicator-4']);
    expect(t!.valueColumns).toEqual(['value']);
    expect(t!.columns).toMatchObject({ level3: true, description: false, basis: false });
  });
  it('keeps every published value column and marks each value by kind', () => {
    const r = report([
      { table: '整体', level1: '决策', level2: '计划', level3: '健全性', half_year: '健全', full_year: '健全' },
      { table: '整体', level1: '过程', level2: '资金', level3: '执行率', half_year: '=50%', full_year: '=100%', basis: '依据' },
      { table: '履职', level1: '履职', level2: '监督', level3: '率', key_work: '工作', half_year: '2024年6月底前', full_year: '2024年12月31日前' },
    ]);
    const ts = indicatorTables(r.overall!.indicators);
    expect(ts.map((t) => t.title)).toEqual(['整体', '履职']);
    expect(ts[0]!.valueColumns).toEqual(['half_year', 'full_year']);
    expect(ts[0]!.columns.basis).toBe(true);
    expect(ts[1]!.columns.keyWork).toBe(true);
    const first = ts[0]!.rows[0]!.values[0]!;
    expect(first).toMatchObject({ text: '健全', kind: 'qualitative', quantified: false, className: 'kind-qualitative' });
    const second = ts[0]!.rows[1]!.values[1]!;
    expect(second).toMatchObject({ text: '=100%', kind: 'comparison', quantified: true });
    expect(ts[1]!.rows[0]!.values[1]!.kind).toBe('deadline');
    expect(kindCounts(r.overall!.indicators).map((k) => [k.kind, k.count])).toEqual([
      ['comparison', 1],
      ['deadline', 1],
      ['qualitative', 1],
    ]);
  });
  it('does not merge rows whose level is missing', () => {
    const r = report([
      { level2: '数量指标', value: '1' },
      { level2: '数量指标', value: '2' },
    ]);
    const [t] = indicatorTables(r.overall!.indicators);
    expect(t!.columns.level1).toBe(false);
    expect(t!.rows.map((x) => x.level1?.rowspan)).toEqual([1, 1]);
    expect(t!.rows.map((x) => x.level2?.rowspan)).toEqual([2, undefined]);
  });
  it('is empty without indicators', () => {
    expect(indicatorTables(undefined)).toEqual([]);
  });
});
