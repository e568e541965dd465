import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport } from '../../src/compare/report-summary.ts';
import { indicatorSearchTitle, keyTaskSearchTitle, projectSearchTitle, reportFacets } from '../../src/search/search-facets.ts';
import { isActive, orderedFilters, pagefindOptions, readState, resultView, safeExcerpt, statusText, writeState } from '../../src/search/search-state.ts';

const { reports } = loadReports(join(import.meta.dirname, '../../content/reports'));
const byId = (id: string) => reports.find((r) => r.id === id)!;

describe('search facets of a report page', () => {
  it('filters by province, city and county, year, stage, category and project kinds', () => {
    const r = byId('2024/320200-wuxi-renda-budget');
    const f = reportFacets(r.report, summarizeReport(r.report, r.findings));
    const values = (name: string) => f.filters.filter((x) => x.name === name).map((x) => x.value);
    expect(values('省份')).toEqual(['江苏省']);
    expect(values('市县')).toEqual(['无锡市']);
    expect(values('年度')).toEqual(['2024']);
    expect(values('阶段')).toEqual(['预算']);
    expect(values('单位类别')).toEqual(['人大']);
    expect(values('项目类别')).toContain('会议');
    expect(values('项目类别')).toContain('培训');
  });

  it('sorts by the exact total and shows it; a total that is only projects is said so and not sorted', () => {
    const wuxi = byId('2024/320200-wuxi-renda-budget');
    const f = reportFacets(wuxi.report, summarizeReport(wuxi.report, wuxi.findings));
    expect(f.sort).toEqual([{ name: 'amount', value: '6431.71' }]);
    expect(f.meta).toContainEqual({ name: 'amount', value: '总额 6,431.71 万元' });
    const zunhua = byId('2024/130281-zunhua-renda-budget');
    const z = reportFacets(zunhua.report, summarizeReport(zunhua.report, zunhua.findings));
    expect(z.sort).toEqual([]);
    expect(z.meta.find((m) => m.name === 'amount')!.value).toBe('总额 270.00 万元（仅项目）');
  });

  it('titles projects, indicator rows and key tasks the way results show them', () => {
    const wuxi = byId('2024/320200-wuxi-renda-budget').report;
    const training = wuxi.projects.find((p) => p.name === '人大代表履职培训费')!;
    expect(projectSearchTitle(training)).toBe('项目：人大代表履职培训费');
    expect(indicatorSearchTitle(training.indicators.find((i) => i.level3 === '人大代表履职培训情况')!, training.name)).toBe(
      '指标：人大代表履职培训情况 =461人次（人大代表履职培训费）',
    );
    const lianjiang = byId('2024/440881-lianjiang-renda-budget').report;
    expect(keyTaskSearchTitle(lianjiang.overall!.key_tasks![5]!)).toBe('重点工作任务：“智慧人大”运行维护经费（39.37 万元）');
  });
});

describe('search state in the URL', () => {
  it('round-trips words, filters and sort in a stable order', () => {
    const s = readState('?q=培训&f=年度:2024&f=省份:江苏省&f=省份:四川省&sort=amount-desc');
    expect(s).toEqual({ q: '培训', filters: { 年度: ['2024'], 省份: ['江苏省', '四川省'] }, sort: 'amount-desc' });
    expect(readState(writeState(s))).toEqual({ ...s, filters: { 年度: ['2024'], 省份: ['四川省', '江苏省'] } });
    expect(writeState(readState(''))).toBe('');
  });

  it('ignores malformed filters and unknown sorts', () => {
    expect(readState('?f=nocolon&f=:x&f=y:&sort=random')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('is active with words or a filter, and asks Pagefind with OR inside a filter', () => {
    expect(isActive(readState(''))).toBe(false);
    expect(isActive(readState('?f=阶段:预算'))).toBe(true);
    expect(pagefindOptions(readState('?f=省份:江苏省&f=省份:四川省&sort=amount-asc'))).toEqual({
      filters: { 省份: { any: ['江苏省', '四川省'] } },
      sort: { amount: 'asc' },
    });
  });

  it('lists filters in the documented order', () => {
    expect(orderedFilters({ 项目类别: 1, 省份: 2, 其他: 3, 年度: 4 }).map(([n]) => n)).toEqual(['省份', '年度', '项目类别', '其他']);
  });
});

describe('results', () => {
  const data = {
    url: '/reports/a/',
    content: '',
    excerpt: '…',
    meta: { title: '某单位2024年预算', region: '江苏省 无锡市', year: '2024年预算', amount: '总额 1 万元' },
    sub_results: [
      { title: '某单位2024年预算', url: '/reports/a/', excerpt: '' },
      { title: '检查结果', url: '/reports/a/#findings-title', excerpt: '代表<mark>培训</mark>费未列明细', locations: [1, 2, 3, 4] },
      { title: '指标：培训到会率 90%', url: '/reports/a/#i-1', excerpt: '<mark>培训</mark>到会率', locations: [5] },
      { title: '项目：人大代表培训费（5 万元）', url: '/reports/a/#project-p', excerpt: '代表<mark>培训</mark>', locations: [6] },
      { title: '重点工作任务：“智慧人大”运行维护经费', url: '/reports/a/#key-task-6', excerpt: '<mark>智慧</mark><mark>人大</mark>平台与代表<mark>培训</mark>', locations: [7] },
    ],
  };

  it('puts the places named by the query first, then projects, indicator rows, sections', () => {
    expect(resultView(data, '培训').places.map((p) => p.url.split('#')[1])).toEqual(['project-p', 'i-1', 'key-task-6', 'findings-title']);
    expect(resultView(data, '智慧人大').places[0]!.url).toBe('/reports/a/#key-task-6');
    expect(resultView(data).facts).toEqual(['江苏省 无锡市', '2024年预算', '总额 1 万元']);
  });

  it('lists only the places whose title or excerpt holds every term of the query', () => {
    // 三公经费: the projects with only 经费 in their name are no hit for it.
    const sangong = {
      ...data,
      sub_results: [
        { title: '指标：“三公经费”变动率 ≤0%', url: '/reports/a/#i-2', excerpt: '“<mark>三公</mark><mark>经费</mark>”变动率' },
        { title: '项目：信访工作经费（25.5 万元）', url: '/reports/a/#project-x', excerpt: '信访工作<mark>经费</mark>' },
        { title: '重点工作任务：压减支出', url: '/reports/a/#key-task-1', excerpt: '严控<mark>三公</mark><mark>经费</mark>' },
      ],
    };
    expect(resultView(sangong, '三公经费').places.map((p) => p.url.split('#')[1])).toEqual(['i-2', 'key-task-1']);
    expect(resultView(sangong, '经费').places).toHaveLength(3);
    expect(resultView(sangong).places).toHaveLength(3);
  });

  it('keeps only <mark> from excerpts', () => {
    expect(safeExcerpt('a <mark>培训</mark> &lt;b&gt; <img src=x onerror=alert(1)>')).toBe('a <mark>培训</mark> &lt;b&gt; &lt;img src=x onerror=alert(1)>');
  });

  it('says how many were found, or that none were', () => {
    expect(statusText(readState('?q=培训'), 3)).toBe('找到 3 份与“培训”相关的公开材料。');
    expect(statusText(readState('?q=火星'), 0)).toBe('没有找到包含“火星”的公开材料。');
    expect(statusText(readState('?q=量子纠缠超导体'), 0)).toBe('没有找到同时包含“量子”“纠缠”“超导体”的公开材料。');
    expect(statusText(readState('?f=年度:2030'), 0)).toBe('没有找到与所选条件相关的公开材料。');
    expect(statusText(readState('?q=经费'), 20, 40)).toBe('找到 20 份与“经费”相关的公开材料。另有 40 份可能相关的材料未逐一核对，请加筛选条件或换更具体的词。');
  });
});
