/**
 * A label names one field: within one list of facts (<dl>: project cards, the report header, key
 * figures) or one table's header row, no two different fields carry the same label. 仁和's project
 * cards once showed the kind the site assigns and the class the document prints both as 项目类别.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/** Labels used twice in one <dl> or one header row, on every page of `dir`. */
function repeatedLabels(dir: string): string[] {
  const problems: string[] = [];
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))) {
    const html = readFileSync(join(dir, f), 'utf8');
    const page = `/${relative(dir, join(dir, f))}`;
    const groups = [
      ...[...html.matchAll(/<dl\b[^>]*>([\s\S]*?)<\/dl>/g)].map((m) => ({ what: 'dl', labels: [...m[1]!.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>/g)].map((d) => text(d[1]!)) })),
      ...[...html.matchAll(/<thead\b[^>]*>([\s\S]*?)<\/thead>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => ({ what: 'table header', labels: [...r[1]!.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((d) => text(d[1]!)) })),
      ),
    ];
    for (const g of groups) {
      const seen = new Set<string>();
      for (const l of g.labels) {
        if (l && seen.has(l)) problems.push(`${page}: ${g.what} has two fields labelled ${l}`);
        seen.add(l);
      }
    }
  }
  return [...new Set(problems)];
}

describe('labels on the built pages', () => {
  it('name one field each, at the root and on the synthetic site', () => {
    expect(repeatedLabels(inject('rootDir'))).toEqual([]);
    expect(repeatedLabels(inject('partsDir'))).toEqual([]);
  });
});
