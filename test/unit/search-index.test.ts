import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport } from '../../src/compare/report-summary.ts';
import { searchDocument } from '../../src/search/search-document.ts';
import { SHARD_SIZE, searchShardDirs, shardSize } from '../../src/search/search-shards.ts';
import { mergeByScore, mergeSorted, sumFilterCounts, withUnsorted } from '../../src/search/shard-merge.ts';

const { reports } = loadReports(join(import.meta.dirname, '../../content/reports'));
const byId = (id: string) => reports.find((r) => r.id === id)!;
const doc = (id: string) => {
  const r = byId(id);
  return searchDocument(r.report, summarizeReport(r.report, r.findings));
};

describe('the search document of a report', () => {
  it('anchors every project, key task and indicator row with the id the page gives it', () => {
    for (const r of reports) {
      const html = doc(r.id);
      const o = r.report.overall;
      const anchors = [
        ...r.report.projects.flatMap((p) => [p.anchor, ...p.indicators.map((i) => i.anchor)]),
        ...(o?.indicators ?? []).map((i) => i.anchor),
        ...(o?.key_tasks ?? []).map((t) => t.anchor),
      ];
      for (const a of anchors) expect(html).toContain(`id="${a}" data-pagefind-title="`);
    }
  });

  it('holds the words people search for and the facets, not the numbers of the value columns', () => {
    const html = doc('2024/320200-wuxi-renda-budget');
    expect(html).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(html).toContain('<h1>无锡市人民代表大会常务委员会办公室（本级）2024年预算</h1>');
    expect(html).toContain('无锡市人大常委会办公室');
    expect(html).toContain('人大代表履职培训费');
    expect(html).toContain('<span data-pagefind-filter="省份">江苏省</span>');
    expect(html).toContain('<span data-pagefind-sort="amount">6431.71</span>');
    expect(html).toContain('<span data-pagefind-meta="sort_amount">6431.71</span>');
    expect(html).not.toContain('<svg');
  });

  it('escapes text from documents', () => {
    const r = byId('2024/510411-renhe-renda-budget');
    const [first, ...rest] = r.report.projects;
    const report = { ...r.report, projects: [{ ...first!, name: '<script>alert("x")</script>&' }, ...rest] };
    const html = searchDocument(report, summarizeReport(report, r.findings));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
  });
});

describe('search shards', () => {
  it('uses one bundle up to SHARD_SIZE reports and one more per SHARD_SIZE beyond', () => {
    expect(shardSize({})).toBe(SHARD_SIZE);
    expect(shardSize({ MINGZHANG_SEARCH_SHARD_SIZE: '2' })).toBe(2);
    expect(shardSize({ MINGZHANG_SEARCH_SHARD_SIZE: 'x' })).toBe(SHARD_SIZE);
    expect(searchShardDirs(5, 2)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
    expect(searchShardDirs(0)).toEqual(['pagefind/']);
    expect(searchShardDirs(SHARD_SIZE)).toEqual(['pagefind/']);
    expect(searchShardDirs(SHARD_SIZE + 1)).toEqual(['pagefind/', 'pagefind-2/']);
    expect(searchShardDirs(4 * SHARD_SIZE)).toHaveLength(4);
  });

  it('adds up filter counts', () => {
    expect(sumFilterCounts([{ 省份: { 江苏省: 2 } }, { 省份: { 江苏省: 1, 四川省: 3 }, 年度: { 2024: 4 } }])).toEqual({
      省份: { 江苏省: 3, 四川省: 3 },
      年度: { 2024: 4 },
    });
  });

  it('merges by relevance score', () => {
    expect(mergeByScore([[{ score: 5 }, { score: 1 }], [{ score: 3 }]]).map((r) => r.score)).toEqual([5, 3, 1]);
  });

  it('merges lists sorted by amount, unpublished amounts last, reading few keys', async () => {
    const lists = [
      [{ a: 9 }, { a: 4 }, { a: undefined }],
      [{ a: 7 }, { a: 5 }, { a: 1 }],
    ];
    let asked = 0;
    const key = async (r: { a: number | undefined }) => (asked++, r.a);
    expect((await mergeSorted(lists, 10, key, true)).map((r) => r.a)).toEqual([9, 7, 5, 4, 1, undefined]);
    asked = 0;
    expect((await mergeSorted(lists, 2, key, true)).map((r) => r.a)).toEqual([9, 7]);
    expect(asked).toBeLessThanOrEqual(2 + lists.length);
    const asc = [
      [{ a: 1 }, { a: 8 }],
      [{ a: 2 }, { a: 3 }],
    ];
    expect((await mergeSorted(asc, 4, key, false)).map((r) => r.a)).toEqual([1, 2, 3, 8]);
  });

  it('keeps the reports a sorted search leaves out (no comparable total), after the sorted ones', () => {
    const sorted = [{ id: 'b' }, { id: 'a' }];
    const all = [{ id: 'a' }, { id: 'c' }, { id: 'b' }, { id: 'd' }];
    expect(withUnsorted(sorted, all).map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(withUnsorted([], all)).toEqual(all);
  });
});
