import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderProse, renderProseSlow } from '../../src/site/prose.ts';

describe('renderProse', () => {
  it('renders Markdown paragraphs and lists', () => {
    expect(renderProse('一是加强学习。\n\n二是改进作风。')).toBe('<p>一是加强学习。</p>\n<p>二是改进作风。</p>');
    expect(renderProse('- 甲\n- 乙')).toContain('<li>甲</li>');
  });
  it('drops scripts, event handlers, javascript: links and images', () => {
    const html = renderProse('<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick="x()">b</b> ![i](http://example.com/i.png)');
    expect(html).not.toMatch(/<script|onclick|javascript:|<img/);
  });
  it('keeps http links and turns headings into paragraphs', () => {
    expect(renderProse('[原件](https://example.gov.cn/a.pdf)')).toContain('href="https://example.gov.cn/a.pdf"');
    const h = renderProse('# 标题');
    expect(h).not.toMatch(/<h\d/);
    expect(h).toBe('<p><strong>标题</strong></p>');
  });
});

describe('the plain-text shortcut', () => {
  it('renders exactly what the Markdown pipeline renders, for any text', () => {
    const chars = [...'年度目标：完成率≥90%，（一）加强 A-B 1. 2) 3.5万元 "引号" \'单\' ! ? / : ; , . ( ) = + - > # * _ ` [ ] < > & | ~ \\ 　\n\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (cs) => {
        const text = cs.join('');
        expect(renderProse(text)).toBe(renderProseSlow(text));
      }),
      { numRuns: 3000 },
    );
    for (const t of ['1. 第一', '- 列表', '> 引用', '# 标题', '人数 12 人', '2024年12月31日前', 'http://example.com/a_b']) expect(renderProse(t)).toBe(renderProseSlow(t));
  });
});
