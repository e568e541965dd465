import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport } from '../../src/compare/report-summary.ts';
import { searchDocument } from '../../src/search/search-document.ts';
import { containsTerms, hasAllTerms, keepMatching, queryTerms } from '../../src/search/query-terms.ts';

const { reports } = loadReports(join(import.meta.dirname, '../../content/reports'));
/** A seed's indexed text as Pagefind holds it: its search document without the tags. */
const content = (short: string) => {
  const r = reports.find((x) => x.id.includes(short))!;
  return searchDocument(r.report, summarizeReport(r.report, r.findings)).replace(/<[^>]+>/g, ' ');
};

describe('the terms of a query', () => {
  it('are its words as the browser segments them, each required on its own', () => {
    expect(queryTerms('量子纠缠超导体')).toEqual(['量子', '纠缠', '超导体']);
    expect(queryTerms('三公经费')).toEqual(['三公', '经费']);
    expect(queryTerms('“三公”经费')).toEqual(['三公', '经费']);
    expect(queryTerms('人大培训')).toEqual(['人大', '培训']);
    expect(queryTerms('培训 IT')).toEqual(['培训', 'it']);
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms('人大 人大')).toEqual(['人大']);
  });

  it('keep a character the segmenter leaves alone with the word it is written against', () => {
    expect(queryTerms('满意度')).toEqual(['满意度']);
    expect(queryTerms('江苏省无锡市')).toEqual(['江苏省', '无锡市']);
    expect(queryTerms('人大代表履职培训费')).toEqual(['人大', '代表履职', '培训费']);
    expect(queryTerms('沙坡头区')).toEqual(['沙坡头区']);
    expect(queryTerms('人代会会议')).toEqual(['人代会会议']);
    // Not across a space or punctuation.
    expect(queryTerms('满意 度')).toEqual(['满意', '度']);
  });

  it('match regardless of case and full-width forms', () => {
    expect(containsTerms('信息化 IT 运维', queryTerms('ｉｔ'))).toBe(true);
    expect(containsTerms('信息化 IT 运维', queryTerms('IT 运维'))).toBe(true);
  });
});

describe('a result holds every term of the query', () => {
  it('in the seeds: 三公经费 only in 无锡, 量子纠缠超导体 nowhere, 经费 everywhere', () => {
    const all = ['wuxi', 'renhe', 'zunhua', 'lianjiang', 'shapotou'];
    const having = (q: string) => all.filter((s) => hasAllTerms({ content: content(s), meta: {} }, queryTerms(q)));
    expect(having('三公经费')).toEqual(['wuxi']);
    expect(having('量子纠缠超导体')).toEqual([]);
    expect(having('经费')).toEqual(all);
    expect(having('会议')).toEqual(all);
    // Every page has 人, 代 and 会 somewhere; 人代会会议 as written is in four.
    expect(having('人代会会议')).toEqual(['wuxi', 'renhe', 'lianjiang', 'shapotou']);
  });

  it('in its title when not in its text', () => {
    expect(hasAllTerms({ content: '培训', meta: { title: '无锡市人大常委会办公室' } }, queryTerms('无锡 培训'))).toBe(true);
    expect(hasAllTerms({ content: '培训', meta: {} }, queryTerms('无锡 培训'))).toBe(false);
  });
});

describe('keeping the results that hold every term', () => {
  const data = (content: string) => ({ content, meta: {} });

  it('drops the others from each shard, in order, and loads nothing without terms', async () => {
    let loaded = 0;
    const dataOf = async (r: string) => (loaded++, data(r));
    const lists = [
      ['三公经费', '经费', '三公 经费'],
      ['经费', '量'],
    ];
    expect(await keepMatching(lists, queryTerms('三公经费'), dataOf)).toEqual({ lists: [['三公经费', '三公 经费'], []], unchecked: 0 });
    loaded = 0;
    expect(await keepMatching(lists, [], dataOf)).toEqual({ lists, unchecked: 0 });
    expect(loaded).toBe(0);
  });

  it('checks at most `limit` candidates, shared among the shards that answered, and counts the rest', async () => {
    let loaded = 0;
    const dataOf = async (r: string) => (loaded++, data(r));
    const lists = [Array.from({ length: 10 }, () => '经费'), [], Array.from({ length: 3 }, () => '经费')];
    const kept = await keepMatching(lists, ['经费'], dataOf, 8);
    expect(kept.lists.map((l) => l.length)).toEqual([4, 0, 3]);
    expect(kept.unchecked).toBe(6);
    expect(loaded).toBe(7);
  });
});
