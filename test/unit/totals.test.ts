import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { parseMoney, sumMoney } from '../../src/model/money.ts';
import { projectBudget, projectLines, unitTotal } from '../../src/model/totals.ts';

const { reports } = loadReports(join(import.meta.dirname, '../../content/reports'));
const report = (slug: string) => reports.find((r) => r.id.includes(slug))!.report;

describe('unit totals', () => {
  it('prefer a printed total (expenditure, then income) over adding the lines up', () => {
    expect(unitTotal(report('renhe'))).toMatchObject({ source: 'expenditure.total', money: { text: '1,048.54' } });
    expect(unitTotal(report('wuxi'))).toMatchObject({ source: 'income.total', money: { text: '6431.71' }, anchor: 'income-total' });
    const lianjiang = unitTotal(report('lianjiang'))!;
    expect(lianjiang.source).toBe('expenditure.lines');
    expect(lianjiang.money.text).toBe('1621.95');
    expect(lianjiang.lines.map((l) => l.name)).toEqual(['基本支出', '项目支出']);
  });

  it('are not published when the unit publishes no whole-unit table', () => {
    expect(unitTotal(report('zunhua'))).toBeUndefined();
    expect(unitTotal(report('shapotou'))).toBeUndefined();
  });
});

describe('project budgets', () => {
  it('come from the project table, else from the expenditure lines naming the project', () => {
    const zunhua = report('zunhua');
    expect(projectBudget(zunhua, zunhua.projects[1]!)?.text).toBe('60.00');
    const wuxi = report('wuxi');
    const training = wuxi.projects.find((p) => p.id === 'renda-daibiao-peixun')!;
    expect(projectLines(wuxi, training.id).map((l) => l.anchor)).toEqual(['expenditure-2-6']);
    expect(projectBudget(wuxi, training)?.text).toBe('112');
  });
});

describe('sumMoney', () => {
  it('adds exactly at the finest printed precision, and converts mixed units to 万元', () => {
    expect(sumMoney([parseMoney('0.1', '万元'), parseMoney('0.20', '万元')])?.text).toBe('0.30');
    expect(sumMoney([parseMoney('1', '万元'), parseMoney('5000', '元')])).toMatchObject({ text: '1.5000', unit: '万元' });
    expect(sumMoney([parseMoney('1', '万元'), undefined])).toBeUndefined();
    expect(sumMoney([])).toBeUndefined();
  });
});
