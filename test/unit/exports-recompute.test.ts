/**
 * A reader with only the CSV files can recompute every figure in reports.csv and every sum the
 * checks make, exactly. This test is that reader: it uses decimal.js and the CSVs, nothing else,
 * and then compares with what the site computed.
 */
import { Decimal } from '../../src/model/decimal.ts';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { writeExports } from '../../src/exports/write-exports.ts';
import { parseCsvObjects } from '../../src/exports/csv.ts';
import { sumResults } from '../../src/checks/sums.ts';
import { budgetsOf } from '../../src/checks/rules/project-sum-vs-line.ts';
import { PROJECT_KIND_IDS } from '../../src/compare/project-kinds.ts';

const { reports } = loadReports('content/reports');
const dir = mkdtempSync(join(tmpdir(), 'mingzhang-recompute-'));
writeExports(reports, dir, []);
const csv = (name: string) => parseCsvObjects(readFileSync(join(dir, 'data', `${name}.csv`), 'utf8'));
const R = csv('reports');
const lines = csv('budget_lines');
const projects = csv('projects');
const tasks = csv('key_tasks');
const indicators = csv('indicators');
const findings = csv('findings');

const D = (s: string) => new Decimal(s);
const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));
/** An empty cell is "not published": it must stay empty, never be 0. */
const same = (cell: string, value: Decimal | undefined, what: string) => {
  if (value === undefined) expect(cell, what).toBe('');
  else expect(cell !== '' && D(cell).eq(value), `${what}: csv ${cell} vs recomputed ${value.toFixed()}`).toBe(true);
};
// All seed tables are in 万元; a table in 元 would need ÷ 10000 here (money_unit says which).
const wan = (row: Record<string, string>, col: string) => {
  expect(row.money_unit).toBe('万元');
  return row[col]!;
};

describe.each(R.map((r) => [r.report_id!, r] as const))('%s: reports.csv recomputed from the CSVs', (id, row) => {
  const mine = <T extends Record<string, string>>(t: T[]) => t.filter((x) => x.report_id === id);
  const exp = mine(lines).filter((l) => l.table === 'expenditure');
  const projectSum = () => sum(mine(projects).map((p) => p.budget_wanyuan!));

  it('total', () => {
    const total = {
      'expenditure.total': () => D(wan(exp.find((l) => l.is_total === 'true')!, 'amount')),
      'expenditure.lines': () => sum(exp.filter((l) => l.level === '1').map((l) => wan(l, 'amount'))),
      'income.total': () => D(wan(mine(lines).find((l) => l.table === 'income' && l.is_total === 'true')!, 'amount')),
      projects: projectSum,
      none: () => undefined,
    }[row.total_basis!]!();
    same(row.total_wanyuan!, total, 'total');
  });

  it('basic and project spending', () => {
    if (row.split_basis === 'expenditure.lines') {
      const top = exp.filter((l) => l.level === '1');
      const basic = top.find((l) => l.line_kind === '基本支出');
      const project = top.find((l) => l.line_kind === '项目支出');
      same(row.basic_wanyuan!, basic && D(wan(basic, 'amount')), 'basic');
      same(row.project_wanyuan!, project && D(wan(project, 'amount')), 'project');
    } else if (row.split_basis === 'projects') {
      same(row.project_wanyuan!, projectSum(), 'project');
      same(row.basic_wanyuan!, row.total_partial === 'true' ? undefined : D(row.total_wanyuan!).minus(projectSum()), 'basic');
    } else {
      expect([row.basic_wanyuan, row.project_wanyuan]).toEqual(['', '']);
    }
  });

  it('spending by kind, and the session cost', () => {
    for (const k of PROJECT_KIND_IDS) {
      const amounts =
        row.kind_basis === 'projects'
          ? [...mine(projects).filter((p) => p.kind === k).map((p) => p.budget_wanyuan!), ...mine(lines).filter((l) => l.project_kind === k).map((l) => wan(l, 'amount'))]
          : row.kind_basis === 'key-tasks'
            ? mine(tasks).filter((t) => t.kind === k).map((t) => t.amount_wanyuan!)
            : [];
      const known = amounts.filter((a) => a !== '');
      same(row[`kind_${k}_wanyuan`]!, known.length ? sum(known) : undefined, `kind ${k}`);
    }
    expect(row.session_wanyuan).toBe(row.kind_huiyi_wanyuan);
  });

  it('per staff member and per resident', () => {
    const per = (amount: string, by: string, scale: number, places: number) =>
      amount === '' || by === '' ? undefined : D(amount).times(scale).div(by).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    same(row.per_staff_wanyuan!, per(row.total_wanyuan!, row.staff_count!, 1, 4), 'per staff');
    same(row.session_per_staff_wanyuan!, per(row.session_wanyuan!, row.staff_count!, 1, 4), 'session per staff');
    same(row.per_resident_yuan!, per(row.total_wanyuan!, row.population!, 10000, 2), 'per resident');
    same(row.session_per_resident_yuan!, per(row.session_wanyuan!, row.population!, 10000, 2), 'session per resident');
  });

  it('indicator quality and findings', () => {
    const inds = mine(indicators);
    const counted = inds.filter((i) => i.counted === 'true').length;
    const quantified = inds.filter((i) => i.quantified === 'true').length;
    expect([row.indicators_count, row.indicators_counted, row.indicators_quantified]).toEqual([String(inds.length), String(counted), String(quantified)]);
    same(row.quantified_share_percent!, counted ? new Decimal(quantified).div(counted).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP) : undefined, 'share');
    for (const p of mine(projects)) {
      const pi = inds.filter((i) => i.project_id === p.project_id);
      expect([p.indicators_count, p.indicators_counted, p.indicators_quantified]).toEqual([
        String(pi.length),
        String(pi.filter((i) => i.counted === 'true').length),
        String(pi.filter((i) => i.quantified === 'true').length),
      ]);
    }
    const f = mine(findings);
    for (const s of ['error', 'warning', 'info']) expect(row[`findings_${s}`]).toBe(String(f.filter((x) => x.severity === s).length));
  });
});

describe('the sums the checks make, recomputed from budget_lines.csv and projects.csv', () => {
  it('every total against its lines and every line against its children, per column', () => {
    let compared = 0;
    for (const { report } of reports) {
      const mine = lines.filter((l) => l.report_id === report.id);
      for (const r of sumResults(report)) {
        const parent = mine.find((l) => l.line_id === r.parent.anchor)!;
        const addends = r.isTotal
          ? mine.filter((l) => l.table_id === parent.table_id && l.level === '1')
          : mine.filter((l) => l.parent_id === parent.line_id);
        const published = addends.filter((l) => l[r.column] !== '');
        expect(published.map((l) => l.line_id)).toEqual(r.published.map((l) => l.anchor));
        expect(D(parent[r.column]!).eq(r.comparison.published)).toBe(true);
        const s = sum(published.map((l) => l[r.column]!));
        expect(s.eq(r.comparison.sum), `${report.id} ${parent.line_id} ${r.column}`).toBe(true);
        expect(s.minus(parent[r.column]!).eq(r.comparison.difference)).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('the one sum that does not add up: 无锡 项目支出 半年计划执行数 750 vs 900', () => {
    const wuxi = lines.filter((l) => l.report_id === '2024/320200-wuxi-renda-budget');
    const parent = wuxi.find((l) => l.name === '项目支出')!;
    expect(sum(wuxi.filter((l) => l.parent_id === parent.line_id).map((l) => l.half_year!)).toFixed()).toBe('750');
    expect(parent.half_year).toBe('900');
    const f = findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.report_id, x.rule, x.anchor])).toEqual([['2024/320200-wuxi-renda-budget', 'sum.expenditure', parent.line_id]]);
  });

  it('project budgets: the sum of projects.csv equals the budgets the checks use', () => {
    for (const { report } of reports) {
      const budgets = budgetsOf(report, report.projects);
      const csvSum = sum(projects.filter((p) => p.report_id === report.id).map((p) => p.budget_wanyuan!));
      expect(csvSum.eq(sum((budgets ?? []).map((m) => m.value.toFixed()))), report.id).toBe(true);
    }
  });
});
