import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import { minimalDecl } from './report-decl.ts';
import { projectView } from '../../src/site/projects.ts';


describe('project view', () => {
  it('shows the project table budget, with 未公开 for blank parts', () => {
    const r = buildReport('2024/x', { ...minimalDecl, projects: [{ id: 'a', name: 'A', period: '1年', code: 'P1', budget: { total: '25', fiscal: '25', other: null } }] });
    const v = projectView(r, r.projects[0]!);
    expect(v.anchor).toBe('project-a');
    expect(v.budget.map((b) => [b.label, b.money?.text, b.status])).toEqual([
      ['预算数', '25', 'published'],
      ['其中：财政资金', '25', 'published'],
      ['其中：其他资金', undefined, 'not-published'],
    ]);
    expect(v.period).toBe('1年');
    expect(v.details).toEqual([{ label: '项目编码', value: 'P1' }]);
  });
  it('falls back to the expenditure line naming the project', () => {
    const r = buildReport('2024/x', {
      ...minimalDecl,
      overall: { expenditure: { lines: [{ name: '项目支出', amount: '10', children: [{ name: 'A', half_year: '4', amount: '10', project: 'a' }] }] } },
      projects: [{ id: 'a', name: 'A', start: '2022年', end: '2024年' }],
    });
    const v = projectView(r, r.projects[0]!);
    expect(v.budget.map((b) => [b.label, b.money?.text])).toEqual([
      ['半年计划执行数', '4'],
      ['全年预算数', '10'],
    ]);
    expect(v.budgetSource!.anchor).toBe('expenditure-1-1');
    expect(v.period).toBe('2022年 至 2024年');
  });
  it('says not published when no budget is anywhere', () => {
    const r = buildReport('2024/x', { ...minimalDecl, projects: [{ id: 'a', name: 'A' }] });
    expect(projectView(r, r.projects[0]!).budget).toEqual([{ label: '预算数', money: undefined, status: 'not-published' }]);
  });
});
