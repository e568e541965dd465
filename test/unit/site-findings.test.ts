import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/checks/finding.ts';
import { findingsByAnchor, groupFindings, severityCounts } from '../../src/site/findings.ts';

const f = (rule: string, severity: Finding['severity'], anchor: string): Finding => ({ rule, severity, message: `${rule} 的说明`, where: { path: [], anchor } });

describe('findings', () => {
  const findings = [f('sum.rounding', 'info', 'income-total'), f('sum.expenditure', 'error', 'expenditure-2'), f('sum.income', 'warning', 'income-total')];
  it('groups by severity, most serious first, with rule titles', () => {
    const g = groupFindings(findings, [{ id: 'sum.expenditure', title: '支出合计' }]);
    expect(g.map((x) => [x.label, x.items.length])).toEqual([
      ['错误', 1],
      ['提示关注', 1],
      ['说明', 1],
    ]);
    expect(g[0]!.items[0]).toMatchObject({ id: 'finding-2', ruleTitle: '支出合计', anchor: 'expenditure-2' });
    expect(g[2]!.items[0]!.ruleTitle).toBe('sum.rounding');
  });
  it('maps each figure to its findings, keeping the most severe', () => {
    const m = findingsByAnchor(findings);
    expect(m.get('income-total')).toEqual({ severity: 'warning', ids: ['finding-1', 'finding-3'] });
    expect(severityCounts(findings)).toEqual({ error: 1, warning: 1, info: 1 });
  });
});
