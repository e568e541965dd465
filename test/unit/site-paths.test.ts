import { describe, expect, it } from 'vitest';
import { anchorHref, basePath, href, projectHref, regionHref, reportHref, ruleAnchor, ruleHref, rulesHref } from '../../src/site/paths.ts';

describe('paths', () => {
  it('prefixes the base and keeps trailing slashes', () => {
    expect(href('', '/')).toBe('/');
    expect(href('regions/', '/budget/')).toBe('/budget/regions/');
    expect(href('/regions/', '/budget')).toBe('/budget/regions/');
    expect(basePath('/budget')).toBe('/budget/');
  });
  it('builds report, project, region and rule links', () => {
    expect(reportHref('2024/320200-wuxi-renda-budget', '/b/')).toBe('/b/reports/2024/320200-wuxi-renda-budget/');
    expect(projectHref('2024/x', 'renda-huiyi', '/')).toBe('/reports/2024/x/#project-renda-huiyi');
    expect(anchorHref('2024/x', 'income-total', '/')).toBe('/reports/2024/x/#income-total');
    expect(regionHref('320200', '/b/')).toBe('/b/regions/320200/');
    expect(rulesHref('/')).toBe('/rules/');
    expect(ruleAnchor('sum.expenditure')).toBe('rule-sum-expenditure');
    expect(ruleHref('sum.expenditure', '/')).toBe('/rules/#rule-sum-expenditure');
  });
  it('defaults to import.meta.env.BASE_URL', () => {
    expect(reportHref('2024/a')).toBe(`${import.meta.env.BASE_URL}reports/2024/a/`);
  });
});
