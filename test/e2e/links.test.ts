/**
 * Every internal link and asset in dist/ resolves, at the root, under a sub-path and on a site
 * whose comparison is split into parts: the file exists and, for a #fragment, the element with
 * that id exists on the target page. Nothing is loaded from another host. Every page can be
 * reached by links from the home page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SUB_PATH } from './global-setup.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dir, f));
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Problems with the links of every page in `dir`, a site served at `base`. */
function brokenLinks(dir: string, base: string): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(dir, file).replace(/index\.html$/, '')}`;
    for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const [attr, raw] = [m[1]!, decode(m[2]!)];
      if (/^(mailto:|data:|#$)/.test(raw)) continue;
      if (/^https?:\/\//.test(raw)) {
        if (attr === 'src') problems.push(`${page}: loads ${raw} from another host`);
        continue;
      }
      const url = new URL(raw, `http://site${base}${page.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${raw} is outside the base ${base}`);
        continue;
      }
      let target = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        problems.push(`${page}: ${raw} does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) problems.push(`${page}: ${raw} has no element #${fragment}`);
    }
    for (const m of html.matchAll(/\sid="([^"]+)"/g)) {
      if (html.split(`id="${m[1]}"`).length > 2) problems.push(`${page}: duplicate id ${m[1]}`);
    }
  }
  return [...new Set(problems)];
}

/**
 * The pages of `dir` (a site served at `base`) that no chain of links from the home page reaches:
 * a page nobody links to is a page readers cannot find. The 404 page is reached by a missing URL.
 */
function unreachablePages(dir: string, base: string): string[] {
  const pageOf = (file: string) => `/${relative(dir, file).replace(/index\.html$/, '')}`;
  const all = new Set(htmlFiles(dir).map(pageOf));
  const seen = new Set(['/']);
  const queue = ['/'];
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    const file = join(dir, page.endsWith('/') ? `${page}index.html` : page);
    if (!existsSync(file)) continue;
    // A form's action is a way in too (the search box leads to search/).
    for (const m of readFileSync(file, 'utf8').matchAll(/\s(?:href|action)="([^"]*)"/g)) {
      const url = new URL(decode(m[1]!), `http://site${base}${page.slice(1)}`);
      if (url.host !== 'site' || !url.pathname.startsWith(base)) continue;
      const target = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
      if (!seen.has(target) && all.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...all].filter((p) => !seen.has(p) && p !== '/404.html').sort();
}

describe('links in dist/', () => {
  it('reach every page from the home page, at the root, under a sub-path and on the paginated site', () => {
    expect(unreachablePages(inject('rootDir'), '/')).toEqual([]);
    expect(unreachablePages(inject('subDir'), SUB_PATH)).toEqual([]);
    expect(unreachablePages(inject('partsDir'), '/')).toEqual([]);
  });

  it('all resolve at the root', () => {
    const dir = inject('rootDir');
    expect(htmlFiles(dir).length).toBeGreaterThan(10);
    expect(brokenLinks(dir, '/')).toEqual([]);
  });

  it(`all resolve under ${SUB_PATH}`, () => {
    expect(brokenLinks(inject('subDir'), SUB_PATH)).toEqual([]);
  });

  it('all resolve on the site whose comparison is split by province and paginated', () => {
    const dir = inject('partsDir');
    expect(htmlFiles(dir).some((f) => /compare\/renda-2024-budget\/\d{6}\/2\/index\.html$/.test(f))).toBe(true);
    expect(brokenLinks(dir, '/')).toEqual([]);
  });
});
