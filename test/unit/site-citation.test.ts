import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import type { ReportDecl } from '../../src/model/schema.ts';
import { chineseDate, citation, missingCitationParts } from '../../src/site/citation.ts';

const decl = (source: ReportDecl['source']): ReportDecl => ({
  year: 2024,
  stage: '预算',
  money_unit: '万元',
  forms: ['表'],
  unit: { name: 'u', short_name: 'u', category: '人大', level: '县级', region: { code: '440881', province: '广东省' } },
  source,
});

describe('citation', () => {
  it('prints every part the source has, in order', () => {
    const sha = 'a'.repeat(64);
    const c = citation(
      buildReport('2024/x', decl({ title: '某表', publisher: '某办公室', published: '2024-01-05', url: 'https://example.gov.cn/a.pdf', sha256: sha, retrieved: '2024-03-01' })),
    );
    expect(c.text).toBe(`《某表》，某办公室，2024年1月5日发布，https://example.gov.cn/a.pdf，文件 SHA-256：${sha}，2024年3月1日获取。`);
    expect(c.fields.find((f) => f.label === '链接')!.href).toBe('https://example.gov.cn/a.pdf');
  });
  it('leaves out what is absent and names the transcription source', () => {
    const sha = 'b'.repeat(64);
    const r = buildReport('2024/x', decl({ title: '某表', publisher: '某办公室', transcribed_from: { file: '001.txt', sha256: sha } }));
    const c = citation(r);
    expect(c.text).toBe('《某表》，某办公室。');
    expect(c.transcription).toContain('001.txt');
    expect(c.transcription).toContain(sha);
    expect(missingCitationParts(r)).toEqual(['发布日期', '链接', '文件哈希']);
  });
  it('formats dates the Chinese way', () => {
    expect(chineseDate('2024-12-31')).toBe('2024年12月31日');
  });
});

describe('citation links (issue 15, item 7)', () => {
  // A second line of defence behind the schema: a declaration that reached the page some other way.
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' https://example.org'])('makes no link of %j', (url) => {
    const field = citation(buildReport('2024/x', decl({ title: '某表', publisher: '某办公室', url }))).fields.find((f) => f.label === '链接')!;
    expect(field.value).toBe(url);
    expect(field.href).toBeUndefined();
  });
});
