import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { allRules } from '../../src/checks/rules/index.ts';
import { qualityFacets, qualityRows } from '../../src/site/quality.ts';
import { countText, FILTER_KEYS, filterSearch, matchesFilter, parseFilter, validFilter, type QualityFilter } from '../../src/site/quality-filter.ts';
import { ruleAnchor } from '../../src/site/paths.ts';

const { reports } = loadReports('content/reports');

describe('the data-quality list', () => {
  const rows = qualityRows(reports, allRules);
  it('lists every finding of every report, most severe first', () => {
    expect(rows).toHaveLength(reports.reduce((n, r) => n + r.findings.length, 0));
    const order = rows.map((r) => ['error', 'warning', 'info'].indexOf(r.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('links each finding to its rule on the rules page and to the figure on the report page', () => {
    for (const r of rows) {
      expect(r.ruleHref).toBe(`/rules/#${ruleAnchor(r.rule)}`);
      expect(allRules.some((x) => x.id === r.rule)).toBe(true);
      expect(r.href).toMatch(new RegExp(`^/reports/${r.report}/#.+`));
    }
    const err = rows.find((r) => r.severity === 'error')!;
    expect(err).toMatchObject({ unitShort: '无锡市人大常委会办公室', region: '320200', severityLabel: '错误' });
  });
  it('offers each rule, severity, region, unit and report with its count', () => {
    const facets = qualityFacets(rows);
    expect(facets.map((f) => f.key)).toEqual([...FILTER_KEYS]);
    for (const f of facets) expect(f.options.reduce((n, o) => n + o.count, 0)).toBe(rows.length);
    expect(facets.find((f) => f.key === 'severity')!.options.map((o) => o.label)[0]).toBe('错误');
  });
});

describe('the filter in the URL', () => {
  it('reads and writes the query', () => {
    expect(parseFilter('?severity=error&unit=%E6%97%A0&x=1&rule=')).toEqual({ severity: 'error', unit: '无' });
    expect(filterSearch({ unit: '无锡', rule: 'sum.expenditure' })).toBe('?rule=sum.expenditure&unit=%E6%97%A0%E9%94%A1');
    expect(filterSearch({})).toBe('');
    expect(countText(3, 5)).toBe('显示 3 / 5 条');
    expect(countText(5, 5)).toBe('共 5 条');
  });
  it('matches rows on every set key', () => {
    const row = { rule: 'a', severity: 'error', region: '320200', unit: 'u', report: 'r' };
    expect(matchesFilter(row, {})).toBe(true);
    expect(matchesFilter(row, { rule: 'a', severity: 'error' })).toBe(true);
    expect(matchesFilter(row, { rule: 'a', severity: 'info' })).toBe(false);
  });
  it('drops values no select box offers', () => {
    expect(validFilter({ rule: 'gone', severity: 'error' }, { rule: ['a'], severity: ['error'] })).toEqual({ filter: { severity: 'error' }, dropped: ['rule'] });
  });
  it('property: a filter survives the round trip through the URL', () => {
    const value = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(fc.record({ rule: value, severity: value, region: value, unit: value, report: value }, { requiredKeys: [] }), (f: QualityFilter) => {
        expect(parseFilter(filterSearch(f))).toEqual(f);
      }),
    );
  });
});
