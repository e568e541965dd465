import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { listDeclarations } from '../../src/declaration/load-reports.ts';
import { parseSource } from '../../src/declaration/yaml-source.ts';
import { buildReport } from '../../src/model/report.ts';
import { characterName, httpUrl, isHttpUrl, NAME_MAX, name, PROJECT_PART_ANCHOR, prose, report, todayInChina } from '../../src/model/schema.ts';
import { projectSectionHtml } from '../../src/site/project-section-html.ts';

const declarations = [...listDeclarations('content/reports'), 'test/fixtures/good/minimal.yaml'].map((f) => ({ file: f, data: parseSource(f, readFileSync(f, 'utf8')).data }));

/** Every string in `data` with its path, the first of each field (list indexes aside). */
function stringFields(data: unknown): (string | number)[][] {
  const out = new Map<string, (string | number)[]>();
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') {
      const field = path.filter((k) => typeof k === 'string').join('.');
      if (!out.has(field)) out.set(field, path);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(data, []);
  return [...out.values()];
}

function withValueAt(data: unknown, path: (string | number)[], change: (s: string) => string): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  node[last] = change(node[last] as string);
  return copy;
}

describe('text in declarations (issue 15, item 8)', () => {
  it('no string field of any declaration we have takes a bidi control, a zero-width space or a control character', () => {
    const seen = new Set<string>();
    for (const { file, data } of declarations) {
      for (const path of stringFields(data)) {
        const field = path.filter((k) => typeof k === 'string').join('.');
        // Each field once (the first declaration that has it); $schema is a path for editors, checked below.
        if (seen.has(field) || path[0] === '$schema') continue;
        seen.add(field);
        for (const bad of ['\u202E', '\u200B', '\u0007', '\u0085']) {
          const r = report.safeParse(withValueAt(data, path, (s) => `${s.slice(0, 1)}${bad}${s.slice(1)}`));
          expect(r.success, `${file} ${path.join('.')} took U+${bad.codePointAt(0)!.toString(16)}`).toBe(false);
          expect(r.error!.issues.some((i) => i.path.join('.') === path.join('.')), `${file} ${path.join('.')}`).toBe(true);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(100);
    const seed = declarations[0]!.data as Record<string, unknown>;
    expect(report.safeParse({ ...seed, $schema: '../report.schema.json\u202E' }).success).toBe(false);
   }, 30_000);

  it('no field of any object in the schema takes such a character, including fields no declaration uses yet', () => {
    // Every object of the schema, found by walking zod's definitions (objects, lists, optional parts, lazy and piped ones).
    type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; options?: z.ZodType[]; getter?: () => z.ZodType };
    const seen = new Set<unknown>();
    const fields: [string, z.ZodType][] = [];
    const walk = (node: z.ZodType, at: string) => {
      if (seen.has(node)) return;
      seen.add(node);
      const def = (node as unknown as { _zod: { def: Def } })._zod.def;
      if (def.shape) for (const [k, v] of Object.entries(def.shape)) {
        fields.push([`${at}.${k}`, v]);
        walk(v, `${at}.${k}`);
      }
      for (const next of [def.element, def.innerType, def.in, def.out, def.getter?.(), ...(def.options ?? [])]) if (next) walk(next, at);
    };
    walk(report, '');
    expect(fields.length).toBeGreaterThan(100);
    for (const [at, field] of fields) {
      for (const bad of ['示例\u202E县', '示例\u200B县', '示例\u0007县', '\u2066示例县\u2069']) expect(field.safeParse(bad).success, `${at} took ${JSON.stringify(bad)}`).toBe(false);
    }
  });

  it('indicator values (text or number) are normalized and checked like any text', () => {
    const seed = declarations.find((d) => d.file.endsWith('minimal.yaml'))!.data as Record<string, unknown>;
    const withValue = (value: unknown) => ({ ...seed, overall: { ...(seed.overall as object), indicators: [{ level1: '产出指标', value }] } });
    expect(report.parse(withValue('Cafe\u0301')).overall!.indicators![0]!.value).toBe('Caf\u00e9');
    expect(report.parse(withValue(12)).overall!.indicators![0]!.value).toBe('12');
    expect(report.safeParse(withValue('100%\u202E')).success).toBe(false);
  });

  it('texts come out trimmed and in NFC, so equal-looking texts are equal', () => {
    expect(name().parse('  Cafe\u0301 ')).toBe('Caf\u00e9');
    // A CJK compatibility ideograph is the same character as its unified form.
    expect(name().parse('示例\uF9F1县')).toBe('示例\u96A3县');
    expect(prose().parse('第一段\n\n\t第二段')).toBe('第一段\n\n\t第二段');
    expect(name().safeParse('第一行\n第二行').success).toBe(false);
  });

  it('names a character by code point and name', () => {
    expect(characterName('\u202E')).toBe('U+202E（从右至左强制）');
    expect(characterName('\u2066')).toBe('U+2066（从左至右隔离）');
    expect(characterName('\uFEFF')).toBe('U+FEFF（零宽不换行空格）');
    expect(characterName('\u0085')).toBe('U+0085（控制字符）');
    expect(characterName('\u{E0041}')).toBe('U+E0041（不可见的格式字符）');
    expect(characterName('\uD800')).toBe('U+D800（不成对的代理码元）');
  });
});

describe('HTML in text', () => {
  it('is refused exactly where a tag or comment begins, as the pattern the JSON Schema carries says', () => {
    const tag = /<\/?[a-zA-Z][^>]*>|<!--/;
    const piece = fc.constantFrom('<', '>', '/', 'p', 'Z', '!', '-', ' ', '字', '1');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }).map((a) => `字${a.join('')}`), (s) => {
        expect(name().safeParse(s).success, s).toBe(!tag.test(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lengths (issue 15, item 13)', () => {
  it('names are at most NAME_MAX characters, counted in characters, not UTF-16 units', () => {
    expect(NAME_MAX).toBe(200);
    expect(name().safeParse('字'.repeat(200)).success).toBe(true);
    expect(name().safeParse('𠀀'.repeat(200)).success).toBe(true);
    const r = name().safeParse('字'.repeat(10_000));
    expect(r.error!.issues[0]!.message).toBe('过长：最多 200 个字符（实际 10000 个）');
  });
});

describe('links (issue 15, item 7)', () => {
  const refused = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    ' data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'https:example.org',
    'https:\\\\example.org',
    'https://',
    '//example.org/a',
    'https://exa mple.org',
  ];
  it.each(refused)('refuses %j', (url) => {
    expect(httpUrl().safeParse(url).success).toBe(false);
    expect(isHttpUrl(url)).toBe(false);
  });
  it('takes http and https addresses in any case of the scheme, with Chinese paths', () => {
    for (const url of ['https://www.example.gov.cn/a.pdf', 'HTTP://example.org', 'Https://例子.中国/附件/预算.pdf?id=1#p2']) {
      expect(httpUrl().parse(url)).toBe(url);
      expect(isHttpUrl(url)).toBe(true);
    }
    expect(httpUrl().parse('  https://example.org/a  ')).toBe('https://example.org/a');
  });
});

describe('dates (issue 15, item 15 b)', () => {
  it('today is the date in China', () => {
    expect(todayInChina(new Date('2024-03-01T15:59:59Z'))).toBe('2024-03-01');
    expect(todayInChina(new Date('2024-03-01T16:00:00Z'))).toBe('2024-03-02');
  });
});

describe('project ids and the element ids of their sections (issue 15, item 9)', () => {
  it('PROJECT_PART_ANCHOR names every element id a project section gives its parts', () => {
    let parts = 0;
    for (const { file, data } of declarations) {
      const r = buildReport(file, report.parse(data));
      r.projects.forEach((p, i) => {
        const html = projectSectionHtml(r, p, i, new Map());
        for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) {
          expect(id!.startsWith(p.anchor), id).toBe(true);
          if (id === p.anchor) continue;
          expect(id!.slice(p.anchor.length), id).toMatch(/^-/);
          expect(id!.slice(p.anchor.length + 1), id).toMatch(PROJECT_PART_ANCHOR);
          parts++;
        }
      });
    }
    expect(parts).toBeGreaterThan(100);
  });
});
