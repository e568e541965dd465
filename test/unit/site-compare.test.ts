import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport, figureToJson } from '../../src/compare/report-summary.ts';
import { COMPARE_MAX, METRICS } from '../../src/compare/comparison.ts';
import { categorySlug, compareEntry, groupPages, groupSlug, weakTargetRows } from '../../src/site/compare-groups.ts';
import { compareView, pickFigure, rankingView, SECTIONS, sectionTableHtml } from '../../src/site/compare-view.ts';
import { esc } from '../../src/site/html-escape.ts';
import { customComparison, loadCustomComparison, type FetchEntry } from '../../src/site/custom-compare.ts';
import { compareEntryHref, compareGroupHref, customCompareHref, reportJsonHref } from '../../src/site/open-paths.ts';

const { reports } = loadReports('content/reports');
const summaries = reports.map((r) => summarizeReport(r.report, r.findings));
const entries = summaries.map(compareEntry);
const short = (id: string) => id.replace(/^2024\/\d+-(\w+)-.*$/, '$1');

describe('group slugs', () => {
  it('are ASCII: category slug, year, stage', () => {
    expect(groupSlug({ category: '人大', year: 2024, stage: '预算' })).toBe('renda-2024-budget');
    expect(groupSlug({ category: '人大', year: 2023, stage: '决算' })).toBe('renda-2023-final');
    expect(categorySlug('民政')).toBe('u6c11-653f');
    expect(groupPages(summaries).map((p) => [p.slug, p.title, p.items.length, p.parts])).toEqual([['renda-2024-budget', '2024年人大预算', 5, null]]);
    expect(compareGroupHref('renda-2024-budget', '/budget/')).toBe('/budget/compare/renda-2024-budget/');
  });
  it('property: distinct categories give distinct, ASCII, URL-safe slugs', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ minLength: 1, maxLength: 6 }), (a, b) => {
        fc.pre(a.trim() !== '' && b.trim() !== '' && a.trim() !== b.trim());
        const x = categorySlug(a.trim());
        expect(x).toMatch(/^[a-z0-9-]+$/);
        expect(x).not.toBe(categorySlug(b.trim()));
      }),
    );
  });
});

describe('the comparison view', () => {
  it('shows every METRIC from the JSON exactly as the summary has it', () => {
    for (const s of summaries) {
      const j = compareEntry(s).summary;
      for (const m of METRICS) expect(pickFigure(j, m.id), `${s.id} ${m.id}`).toEqual(figureToJson(m.figure(s)));
    }
    const rows = SECTIONS.flatMap((s) => s.rows).filter((r) => r !== 'scope');
    expect([...rows].sort()).toEqual(METRICS.map((m) => m.id).sort());
  });
  const view = compareView(entries);
  const row = (id: string) => view.sections.flatMap((s) => s.rows).find((r) => r.id === id)!;
  it('ranks session cost, and never ranks what was not published', () => {
    expect(rankingView(entries, 'session').entries.map((e) => [short(e.href.split('/').slice(-2)[0]!), e.label, e.text])).toEqual([
      ['320200-wuxi-renda-budget', '第 1 名', '486 万元'],
      ['440881-lianjiang-renda-budget', '第 2 名', '110 万元'],
      ['130281-zunhua-renda-budget', '第 3 名', '60.00 万元'],
      ['510411-renhe-renda-budget', '第 4 名', '55.00 万元'],
      ['640502-shapotou-renda-budget', '第 5 名', '30 万元'],
    ]);
    const perStaff = row('session-per-staff').cells.map((c) => [short(c.reportId), c.status, c.rank]);
    expect(perStaff).toEqual([
      ['zunhua', 'not-published', null],
      ['wuxi', 'derived', '第 1 名'],
      ['lianjiang', 'derived', '第 2 名'],
      ['renhe', 'derived', '第 3 名'],
      ['shapotou', 'not-published', null],
    ]);
    const total = row('total').cells.map((c) => [short(c.reportId), c.partial, c.rank]);
    expect(total).toContainEqual(['zunhua', true, '口径不同，不排名']);
  });
  it('kind cells link the items they add up, with the reason for each kind', () => {
    const huiyi = row('kind:huiyi').cells.find((c) => short(c.reportId) === 'wuxi')!;
    expect(huiyi.items).toEqual([{ name: '人代会会议经费', href: expect.stringMatching(/^\/reports\/2024\/320200-wuxi-renda-budget\/#project-/), reason: expect.stringContaining('人代会') }]);
    const kinds = view.sections.find((s) => s.id === 'kinds')!;
    expect(kinds.omitted).toEqual(['其他']);
  });
  it('renders escaped HTML: not published as 未公开, never 0', () => {
    const html = sectionTableHtml(view, view.sections[0]!);
    expect(html).toContain('<div class="table-scroll"');
    expect(html).toMatch(/data-row="session-per-staff"[^]*?data-report="2024\/130281-zunhua-renda-budget" data-status="not-published">.*?未公开/);
    expect(html).not.toMatch(/data-status="not-published" data-value/);
    expect(esc('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
  it('findings cells link to the report\'s findings of that severity, or its findings section when it has none', () => {
    const wuxi = entries.findIndex((e) => e.id === '2024/320200-wuxi-renda-budget');
    expect(row('findings-error').cells[wuxi]!.href).toBe('/reports/2024/320200-wuxi-renda-budget/#findings-error');
    for (const id of ['findings-error', 'findings-warning']) {
      for (const c of row(id).cells) expect(c.href).toBe(`/reports/${c.reportId}/#${c.value === '0' ? 'findings' : id}`);
    }
  });
  it('weakest targets: least quantified projects first, each linked to its section', () => {
    const w = weakTargetRows(summaries);
    expect(w[0]).toMatchObject({ label: '第 1 名', project: '人大代表建议办理经费', share: '44.4%（4/9）', counts: '4/9', kind: '代表履职/活动' });
    expect(w[0]!.href).toMatch(/^\/reports\/2024\/640502-shapotou-renda-budget\/#project-/);
    expect(w).toHaveLength(summaries.reduce((n, s) => n + s.projects.length, 0));
  });
});

describe('the reader\'s own comparison', () => {
  const ids = entries.map((e) => e.id);
  it('renders the chosen reports in URL order, with a URL that reproduces it', () => {
    const pick = [ids[1]!, ids[0]!, ids[2]!];
    const r = customComparison(`?r=${pick.join('&r=')}`, entries, '/budget/');
    expect(r).toMatchObject({ ok: true, ids: pick, errors: [] });
    expect(r.url).toBe(customCompareHref(pick, '/budget/'));
    expect(r.url).toMatch(/^\/budget\/compare\/custom\/\?r=/);
    expect(customComparison(r.url!, entries, '/budget/').ids).toEqual(pick);
    const cols = [...r.html.matchAll(/<thead><tr><th scope="col">指标<\/th>(.*?)<\/tr>/g)][0]![1]!;
    expect([...cols.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(pick.map((id) => `/reports/${id}/`));
  });
  it('needs only the chosen entries when the known ids are given (the page fetches just those)', () => {
    const pick = [ids[2]!, ids[0]!];
    const chosen = entries.filter((e) => pick.includes(e.id));
    const r = customComparison(`?r=${pick.join('&r=')}`, chosen, '/', ids);
    expect(r).toMatchObject({ ok: true, ids: pick });
    const missing = customComparison(`?r=${pick.join('&r=')}`, chosen.slice(0, 1), '/', ids);
    expect(missing.ok).toBe(false);
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0]).toContain('无法读取');
  });
  it('says in Chinese what is wrong: unknown ids, fewer than 2', () => {
    const r = customComparison(`?r=2024/nope,${ids[0]}`, entries);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(['没有找到报告“2024/nope”。', '至少需要 2 份不同的报告才能对比。']);
    expect(r.html).toContain('role="alert"');
    expect(r.html).toContain('没有找到报告“2024/nope”。');
    expect(customComparison(`?r=<img src=x>,${ids.join(',')}`, entries).html).not.toContain('<img');
    expect(customComparison('', entries)).toMatchObject({ empty: true, ok: false, errors: [] });
  });
  it('lists the chosen reports, each with a link to the comparison without it', () => {
    const pick = [ids[0]!, ids[1]!, '2024/nope'];
    const r = customComparison(`?r=${pick.join(',')}`, entries, '/budget/', ids);
    expect(r.chosenHtml).toContain('已选的报告（3 份）');
    const removes = [...r.chosenHtml.matchAll(/class="remove" href="([^"]+)"/g)].map((m) => m[1]);
    expect(removes).toEqual([customCompareHref([ids[1]!, '2024/nope'], '/budget/'), customCompareHref([ids[0]!, '2024/nope'], '/budget/'), customCompareHref([ids[0]!, ids[1]!], '/budget/')]);
    expect(r.chosenHtml).toContain(`href="/budget/reports/${ids[0]}/"`);
    expect(r.chosenHtml).toContain('<code>2024/nope</code>');
    expect(customComparison(`?r=${ids[0]}`, entries, '/').chosenHtml).toMatch(/href="\/compare\/custom\/"/);
    expect(customComparison('', entries).chosenHtml).toBe('');
  });
  it('flags mixed groups and scopes', () => {
    const r = customComparison(`?r=${ids.join(',')}`, entries);
    expect(r.html).toContain('口径不同');
  });
});

describe('open-data links', () => {
  it('report JSON under the base, id segments encoded', () => {
    expect(reportJsonHref('2024/320200-wuxi-renda-budget', '/budget/')).toBe('/budget/data/reports/2024/320200-wuxi-renda-budget.json');
    expect(reportJsonHref('2025/中文', '/')).toBe('/data/reports/2025/%E4%B8%AD%E6%96%87.json');
  });
});

describe('loading the reader\'s comparison without a list of every report', () => {
  const byHref = new Map(entries.map((e) => [compareEntryHref(e.id, '/budget/'), e]));
  const requested: string[] = [];
  /** The site's compare/entries/<id>.json files; `broken` ids fail as a network error would. */
  const site =
    (broken: readonly string[] = []): FetchEntry =>
    async (href) => {
      requested.push(href);
      if (broken.some((id) => href === compareEntryHref(id, '/budget/'))) throw new TypeError('Failed to fetch');
      const e = byHref.get(href);
      return { ok: e !== undefined, status: e ? 200 : 404, json: async () => JSON.parse(JSON.stringify(e)) };
    };
  const ids = entries.map((e) => e.id);

  it('fetches only the chosen reports and compares them', async () => {
    requested.length = 0;
    const r = await loadCustomComparison(`?r=${ids[2]},${ids[0]}`, site(), '/budget/');
    expect(r).toMatchObject({ ok: true, ids: [ids[2], ids[0]], errors: [] });
    expect(requested).toEqual([compareEntryHref(ids[2]!, '/budget/'), compareEntryHref(ids[0]!, '/budget/')]);
    expect(r.html).toBe(customComparison(`?r=${ids[2]},${ids[0]}`, entries, '/budget/').html);
  });
  it('calls a report whose data is not found unknown, with the same message as before; a failed fetch unreadable', async () => {
    const r = await loadCustomComparison(`?r=2024/nope,${ids[0]}`, site(), '/budget/');
    expect(r.errors).toEqual(['没有找到报告“2024/nope”。', '至少需要 2 份不同的报告才能对比。']);
    expect(r.chosenHtml).toContain('<code>2024/nope</code>');
    const broken = await loadCustomComparison(`?r=${ids[1]},${ids[0]}`, site([ids[1]!]), '/budget/');
    expect(broken.ok).toBe(false);
    expect(broken.errors).toEqual([`报告 ${ids[1]} 的比较数据无法读取，请稍后重试。`]);
  });
  it('refuses more than COMPARE_MAX reports without fetching, and fetches nothing for an empty query', async () => {
    requested.length = 0;
    const many = Array.from({ length: COMPARE_MAX + 1 }, (_, i) => `2024/r${i}`);
    expect((await loadCustomComparison(`?r=${many.join(',')}`, site(), '/budget/')).errors).toEqual([`一次最多对比 ${COMPARE_MAX} 份报告。`]);
    expect(await loadCustomComparison('', site(), '/budget/')).toMatchObject({ empty: true, errors: [] });
    expect(requested).toEqual([]);
  });
});
