import { Decimal } from '../../src/model/decimal.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport, type Figure } from '../../src/compare/report-summary.ts';
import {
  COMPARE_MAX,
  compareQuery,
  compareUrl,
  decodeCompareQuery,
  groupSummaries,
  rankBy,
  rankSummaries,
  weakestTargets,
  METRICS,
} from '../../src/compare/comparison.ts';

const { reports } = loadReports('content/reports');
const summaries = reports.map((r) => summarizeReport(r.report, r.findings));
const ids = summaries.map((s) => s.id);
const short = (id: string) => id.replace(/^2024\/\d+-(\w+)-.*$/, '$1');

describe('groups', () => {
  it('puts the five 人大 offices of 2024 together, with scope differences stated', () => {
    const g = groupSummaries(summaries);
    expect(g.map((x) => [x.key, x.path, x.summaries.length])).toEqual([['人大|2024|预算', 'compare/人大/2024-budget/', 5]]);
    const notes = g[0]!.scopeNotes.join('\n');
    expect(notes).toContain('口径不同');
    expect(notes).toContain('遵化市人大常委会、沙坡头区人大常委会办公室只公开了项目表');
    expect(notes).toContain('廉江市人大常委会办公室没有公开项目表');
  });
});

describe('ranking', () => {
  it('session cost: who spends most on the 人代会', () => {
    expect(rankSummaries(summaries, 'session').map((e) => [short(e.item.id), e.figure.value?.toFixed(), e.label])).toEqual([
      ['wuxi', '486', '第 1 名'],
      ['lianjiang', '110', '第 2 名'],
      ['zunhua', '60', '第 3 名'],
      ['renhe', '55', '第 4 名'],
      ['shapotou', '30', '第 5 名'],
    ]);
  });
  it('per staff member: offices without a staff count are 未公开 and last, never 0', () => {
    expect(rankSummaries(summaries, 'session-per-staff').map((e) => [short(e.item.id), e.rank ?? null, e.label])).toEqual([
      ['wuxi', 1, '第 1 名'],
      ['lianjiang', 2, '第 2 名'],
      ['renhe', 3, '第 3 名'],
      ['zunhua', null, '未公开'],
      ['shapotou', null, '未公开'],
    ]);
  });
  it('totals: projects-only sums are listed after, unranked', () => {
    expect(rankSummaries(summaries, 'total').map((e) => [short(e.item.id), e.group])).toEqual([
      ['wuxi', 'ranked'],
      ['lianjiang', 'ranked'],
      ['renhe', 'ranked'],
      ['zunhua', 'partial'], // 270, the sum of its 7 project tables
      ['shapotou', 'partial'], // 175
    ]);
  });
  it('weakest targets: least quantified projects first', () => {
    const w = weakestTargets(summaries).slice(0, 3);
    expect(w.map((e) => [e.item.project.name, e.figure.text])).toEqual([
      ['人大代表建议办理经费', '44.4%（4/9）'],
      ['区人大代表票决制和重点民生实事项目经费', '57.1%（4/7）'],
      ['区人大预算审查经费及监督网络运行经费', '57.1%（4/7）'],
    ]);
    expect(w[1]!.rank).toBe(2);
    expect(w[2]!.rank).toBe(2); // a tie shares the rank
  });
  it('every metric ranks the seeds without throwing', () => {
    for (const m of METRICS) expect(rankSummaries(summaries, m)).toHaveLength(5);
  });
  it('property: a not-published figure is never ranked, and never placed before a ranked one', () => {
    const figure = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((n): Figure => ({ value: new Decimal(n), text: String(n), status: 'published' })),
      fc.integer({ min: 0, max: 1000 }).map((n): Figure => ({ value: new Decimal(n), text: String(n), status: 'derived', partial: true })),
      fc.constant<Figure>({ text: '未公开', status: 'not-published' }),
      // Even a stray value on a not-published figure is ignored.
      fc.constant<Figure>({ value: new Decimal(0), text: '未公开', status: 'not-published' }),
    );
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 12 }), fc.boolean(), (figs, asc) => {
        const ranked = rankBy(figs, (f) => f, { order: asc ? 'asc' : 'desc' });
        expect(ranked).toHaveLength(figs.length);
        const groups = ranked.map((e) => e.group);
        const order = { ranked: 0, partial: 1, 'not-published': 2 };
        for (let i = 1; i < groups.length; i++) expect(order[groups[i]!]).toBeGreaterThanOrEqual(order[groups[i - 1]!]);
        for (const e of ranked) {
          if (e.figure.status === 'not-published') expect([e.rank, e.label]).toEqual([undefined, '未公开']);
          if (e.rank !== undefined) expect(e.group).toBe('ranked');
        }
      }),
    );
  });
});

describe('the comparison URL', () => {
  it('round-trips the ids in the reader\'s order', () => {
    const pick = [ids[3]!, ids[0]!, ids[1]!];
    const url = compareUrl(pick);
    expect(url).toBe('/compare/custom/?r=2024/510411-renhe-renda-budget,2024/130281-zunhua-renda-budget,2024/320200-wuxi-renda-budget');
    expect(decodeCompareQuery(url, ids)).toEqual({ ids: pick, errors: [], ok: true });
    expect(decodeCompareQuery(new URL(`https://x.org${compareUrl(pick, '/budget')}`).search, ids).ids).toEqual(pick);
  });
  it('property: any 2–20 distinct known ids round-trip, including unusual characters', () => {
    const pool = [...ids, '2025/中文-单位', '2024/a.b_c-d', '2023/x,y'.replace(',', '')];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2, maxLength: pool.length }), (pick) => {
        expect(decodeCompareQuery(compareUrl(pick), pool)).toEqual({ ids: pick, errors: [], ok: true });
      }),
    );
  });
  it('validates: unknown, malformed, too few; duplicates dropped', () => {
    expect(decodeCompareQuery('?r=2024/nope,' + ids[0], ids).errors).toEqual(['没有找到报告“2024/nope”。', '至少需要 2 份不同的报告才能对比。']);
    expect(decodeCompareQuery(`?r=${ids[0]},${ids[0]}`, ids)).toMatchObject({ ok: false, ids: [ids[0]] });
    expect(decodeCompareQuery('?r=../etc/passwd,' + ids.join(','), ids).errors).toEqual(['“../etc/passwd”不是有效的报告标识。']);
    expect(decodeCompareQuery('?r=<script>,' + ids.join(','), ids).ok).toBe(false);
    expect(decodeCompareQuery('', ids).errors).toEqual(['链接中没有指定要对比的报告（参数 r）。']);
    expect(decodeCompareQuery(`?r=${ids[0]}&r=${ids[1]}`, ids)).toMatchObject({ ok: true, ids: [ids[0], ids[1]] });
  });
  it('without the known ids checks only their form, and still the counts and duplicates', () => {
    expect(decodeCompareQuery('?r=2024/nope,' + ids[0])).toEqual({ ids: ['2024/nope', ids[0]], errors: [], ok: true });
    expect(decodeCompareQuery(`?r=../x,${ids[0]},${ids[0]}`)).toEqual({ ids: [ids[0]], errors: ['“../x”不是有效的报告标识。', '至少需要 2 份不同的报告才能对比。'], ok: false });
    const many = Array.from({ length: COMPARE_MAX + 1 }, (_, i) => `2024/r${i}`);
    expect(decodeCompareQuery(compareUrl(many)).errors).toEqual([`一次最多对比 ${COMPARE_MAX} 份报告。`]);
    expect(compareQuery([ids[0]!, '2025/中文'])).toBe(`?r=${ids[0]},2025/%E4%B8%AD%E6%96%87`);
  });
});
