/**
 * Long names never widen a phone's page: a site of one report (仁和's seed) whose unit name,
 * short name, project name, an indicator and the source URL are ~190 characters without a space
 * (unbroken Chinese, Latin letters and digits), built here, browsed at 360 px. Every page stays
 * within the viewport, and the report's heading and project heading show a few lines, with the
 * whole name kept in the DOM and given in full among the facts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const SEED = join(import.meta.dirname, '../../content/reports/2024/510411-renhe-renda-budget.yaml');
const REPORT = 'reports/2024/510411-renhe-renda-budget/';
const UNIT = `${'仁和'.repeat(60)}${'1234567890'.repeat(7)}`;
const PROJECT = `${'ABCDEFGHIJ'.repeat(10)}${'会议经费'.repeat(22)}`;

const browser = useBrowser();
let work: string;
let site: string;
let server: RunningServer;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingzhang-long-'));
  const doc = parseDocument(readFileSync(SEED, 'utf8'));
  doc.setIn(['unit', 'name'], UNIT);
  doc.setIn(['unit', 'short_name'], 'X'.repeat(190));
  doc.setIn(['source', 'publisher'], UNIT);
  doc.setIn(['source', 'url'], `https://example.gov.cn/${'a1b2c3d4e5'.repeat(19)}.pdf`);
  doc.setIn(['projects', 0, 'name'], PROJECT);
  doc.setIn(['projects', 0, 'indicators', 0, 'level3'], '9'.repeat(190));
  const content = join(work, 'content', 'reports');
  mkdirSync(join(content, '2024'), { recursive: true });
  writeFileSync(join(content, '2024', '510411-renhe-renda-budget.yaml'), doc.toString());
  site = join(work, 'dist');
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', site], {
    env: { ...process.env, MINGZHANG_BASE: '/', MINGZHANG_CONTENT: content },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}, 180_000);

beforeAll(async () => {
  server = await serveStatic(site, '/');
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('long names at 360 px', () => {
  it('widen no page beyond the viewport', async () => {
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
      .map((f) => f.replace(/index\.html$/, ''));
    expect(pages).toContain(REPORT);
    const { page, errors } = await watchedPage(browser(), server.url, { width: 360 });
    const wide: string[] = [];
    for (const p of pages) {
      await page.goto(`${server.url}${p}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`/${p}: ${width} px`);
    }
    expect(wide).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('show the unit name and the project name in a few lines, the whole name kept', async () => {
    const { page } = await watchedPage(browser(), server.url, { width: 360 });
    await page.goto(`${server.url}${REPORT}`);
    const seen = await page.evaluate(() => {
      const lines = (e: Element) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight);
      const h1 = document.querySelector('h1')!;
      const h3 = document.querySelector('.project h3')!;
      return { h1: lines(h1), h3: lines(h3), h1Text: h1.querySelector('.clamp')!.textContent, h3Text: h3.querySelector('.clamp')!.textContent };
    });
    // Name (four lines at most) and the year and stage under it; the project number and name.
    expect(seen.h1).toBeLessThanOrEqual(6);
    expect(seen.h3).toBeLessThanOrEqual(6);
    expect(seen.h1Text).toBe(UNIT);
    expect(seen.h3Text).toBe(PROJECT);
    await expect(page.locator('h1 .clamp').getAttribute('title')).resolves.toBe(UNIT);
    await expect(page.locator('.report-meta div', { hasText: '单位全称' }).locator('dd').textContent()).resolves.toBe(UNIT);
    await expect(page.locator('.project-facts').first().locator('div', { hasText: '项目全称' }).locator('dd').textContent()).resolves.toBe(PROJECT);
    await page.context().close();
  });
});
