import { describe, expect, it } from 'vitest';
import { renderProse } from '../../src/site/prose.ts';

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
