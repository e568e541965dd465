import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import type { ReportDecl } from '../../src/model/schema.ts';
import { minimalDecl } from './report-decl.ts';
import { budgetTableView } from '../../src/site/budget-table.ts';
import { budgetTableHtml } from '../../src/site/budget-table-html.ts';
import { amountDisplay, amountHtml } from '../../src/site/amount.ts';
import { parseMoney } from '../../src/model/money.ts';

const r = buildReport('2024/x', {
  ...minimalDecl,
  overall: {
    expenditure: {
      lines: [
        { name: '基本支出', kind: '基本支出', half_year: '2000', amount: '4223.31' },
        {
          name: '项目支出',
          kind: '项目支出',
          half_year: '900',
          amount: '2208.4',
          children: [
            { name: '代表活动经费', half_year: '100', amount: '230.5', project: 'daibiao' },
            { name: '数字人大', half_year: null, amount: '366' },
          ],
        },
      ],
    },
    budget_levels: { lines: [{ name: '本级', amount: '1,621.95' }, { name: '对下', amount: null }] },
  },
  projects: [{ id: 'daibiao', name: '代表活动经费' }],
} satisfies ReportDecl);

describe('budget tables', () => {
  it('keeps every published column, nests children and links projects', () => {
    const v = budgetTableView(r.overall!.expenditure!, r.projects);
    expect(v.columns.map((c) => c.label)).toEqual(['半年计划执行数', '全年预算数']);
    expect(v.rows.map((x) => [x.name, x.depth, x.anchor])).toEqual([
      ['基本支出', 0, 'expenditure-1'],
      ['项目支出', 0, 'expenditure-2'],
      ['代表活动经费', 1, 'expenditure-2-1'],
      ['数字人大', 1, 'expenditure-2-2'],
    ]);
    expect(v.rows[2]!.projectAnchor).toBe('project-daibiao');
    expect(v.rows[3]!.projectAnchor).toBeUndefined();
    expect(v.rows[3]!.cells[0]).toBeUndefined(); // blank: shown as 未公开, not 0
    expect(v.showKind).toBe(false);
  });
  it('prints amounts at the published precision with the exact decimal for machines', () => {
    const v = budgetTableView(r.overall!.budget_levels!);
    expect(v.columns.map((c) => c.label)).toEqual(['金额']);
    const a = amountDisplay(v.rows[0]!.cells[0]!);
    expect(a).toEqual({ text: '1,621.95', withUnit: '1,621.95 万元', exact: '1621.95', unit: '万元' });
    expect(amountDisplay(r.overall!.expenditure!.lines[1]!.amount!).text).toBe('2,208.4');
    expect(v.rows[1]!.cells[0]).toBeUndefined();
  });
  it('prints an amount as HTML: the exact decimal in data-amount, 未公开 when not published', () => {
    const m = parseMoney('1,621.950', '万元');
    expect(amountHtml(m)).toBe('<span class="amount" data-amount="1621.95" data-unit="万元">1,621.950</span>');
    expect(amountHtml(m, true)).toBe('<span class="amount" data-amount="1621.95" data-unit="万元">1,621.950 万元</span>');
    expect(amountHtml(undefined)).toBe('<span class="not-published" data-status="not-published">未公开</span>');
  });
  it('lays a table out as HTML: indented lines, links to projects, 未公开 cells, marks on flagged lines, text escaped', () => {
    const v = budgetTableView(r.overall!.expenditure!, r.projects);
    const html = budgetTableHtml({ ...v, note: '<b>注</b>' }, '支出', new Map([['expenditure-2-2', { severity: 'warning', ids: ['finding-3'] }]]));
    expect(html).toContain('<caption id="expenditure-caption">支出<span class="caption-unit">（单位：万元）</span></caption>');
    expect(html).toContain('<thead><tr><th scope="col">项目</th><th scope="col" class="num">半年计划执行数</th><th scope="col" class="num">全年预算数</th></tr></thead>');
    expect(html).toContain('<tr id="expenditure-2-1" class="depth-1"><th scope="row" class="line-name"><a href="#project-daibiao">代表活动经费</a></th>');
    expect(html).toContain(
      '<tr id="expenditure-2-2" class="depth-1 flagged"><th scope="row" class="line-name">数字人大<a class="finding-mark severity-warning" href="#finding-3"><span aria-hidden="true">⚠</span>检查：提示关注</a></th><td class="num"><span class="not-published" data-status="not-published">未公开</span></td>',
    );
    expect(html).toContain('<p class="table-note">说明：&lt;b&gt;注&lt;/b&gt;</p></div>');
  });
});
