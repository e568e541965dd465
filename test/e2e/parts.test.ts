/**
 * Listing pages split by province and paginated, in Chromium: from the overview to every part and
 * back, the parts linking to each other. Data quality on the seed site (its findings are split
 * by province always); the comparison on a synthetic site whose one group is larger than a
 * comparison page (global-setup.ts: SPLIT_CORPUS).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { COMPARE_PAGE_SIZE, OVERVIEW_TOP } from '../../src/site/compare-groups.ts';
import { useBrowser, watchedPage } from './browser.ts';
import { SPLIT_CORPUS } from './global-setup.ts';

const browser = useBrowser();
const rootUrl = inject('rootUrl');
const partsUrl = inject('partsUrl');

const path = (page: Page) => new URL(page.url()).pathname;

/** The hrefs of the province navigation, and the one marked current. */
async function partNav(page: Page): Promise<{ links: string[]; current: string }> {
  const nav = page.locator('nav.part-nav');
  return { links: await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)), current: (await nav.locator('[aria-current=page]').innerText()).trim() };
}

describe('data quality by province', () => {
  it('leads from the overview to each province, each province to the others and back', async () => {
    const { page, errors } = await watchedPage(browser(), rootUrl);
    await page.goto(`${rootUrl}quality/`);
    const provinces = await page.locator('#by-province tbody th a').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
    expect(provinces.map(([name]) => name)).toEqual(['河北省', '江苏省', '广东省', '宁夏回族自治区']);
    for (const [name, href] of provinces) {
      await page.goto(new URL(href!, rootUrl).href);
      await expect(page.locator('h1').innerText()).resolves.toContain(`${name}的数据质量`);
      const nav = await partNav(page);
      expect(nav.current).toContain(name);
      // every other province, and not itself
      expect(nav.links.sort()).toEqual(provinces.filter(([n]) => n !== name).map(([, h]) => h).sort());
      await expect(page.locator('tbody tr[data-rule]').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('.breadcrumb a').getAttribute('href')).resolves.toBe('/quality/');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('goes from a province\'s error count straight to its errors', async () => {
    const { page, errors } = await watchedPage(browser(), rootUrl);
    await page.goto(`${rootUrl}quality/`);
    await page.locator('#by-province tr[data-province="320000"] td').first().getByRole('link').click();
    await page.waitForURL(/\/quality\/320000\/\?severity=error$/);
    await expect(page.locator('#filter-severity').inputValue()).resolves.toBe('error');
    const rows = page.locator('tbody tr[data-rule]:visible');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.innerText()).resolves.toContain('750 万元');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a comparison group larger than one page', () => {
  const [first, second] = SPLIT_CORPUS;

  it('has an overview: the parts by province with counts, the top of each ranking, the weakest targets', async () => {
    const { page, errors } = await watchedPage(browser(), partsUrl);
    await page.goto(`${partsUrl}compare/`);
    await page.locator('main a[href$="/compare/renda-2024-budget/"]').click();
    await page.waitForURL(/\/compare\/renda-2024-budget\/$/);
    await expect(page.locator('h1').innerText()).resolves.toContain(`${first + second} 份报告`);
    const rows = (await page.locator('#parts tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`${first} 份`);
    expect(rows[1]).toContain(`${second} 份`);
    for (const r of await page.locator('[data-ranking]').all()) {
      const lines = await r.locator('li').allInnerTexts();
      expect(lines.length).toBeLessThanOrEqual(OVERVIEW_TOP);
      for (const l of lines) expect(l).toMatch(/^第 \d+ 名/);
    }
    await expect(page.locator('#weakest tbody tr').count()).resolves.toBe(OVERVIEW_TOP);
    // the overview names no report in its scope notes, it counts them
    await expect(page.locator('#scope').innerText()).resolves.toMatch(/\d+ 份报告/);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('walks every part: pages of a province by the pager, the other province by the province links, back to the overview', async () => {
    const { page, errors } = await watchedPage(browser(), partsUrl);
    await page.goto(`${partsUrl}compare/renda-2024-budget/`);
    const parts = await page.locator('#parts tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await page.locator('#parts tbody th a').first().click();
    await page.waitForURL((u) => u.pathname === parts[0]);

    const seen: { path: string; columns: number }[] = [];
    const record = async () => seen.push({ path: path(page), columns: await page.locator('table.compare-table[data-section="money"] thead th').count() - 1 });
    await record();
    // the first province takes more than one page
    await page.locator('.pager a[rel=next]').first().click();
    await page.waitForURL((u) => u.pathname === `${parts[0]}2/`);
    await record();
    await expect(page.locator('.pager a[rel=prev]').first().getAttribute('href')).resolves.toBe(parts[0]);
    const nav = await partNav(page);
    expect(nav.links).toEqual([parts[1]]);
    await page.locator('nav.part-nav a').click();
    await page.waitForURL((u) => u.pathname === parts[1]);
    await record();
    expect((await partNav(page)).links).toEqual([parts[0]]);
    await expect(page.locator('.pager').count()).resolves.toBe(0);

    expect(seen.map((s) => s.columns).reduce((a, b) => a + b, 0)).toBe(first + second);
    for (const s of seen) expect(s.columns).toBeLessThanOrEqual(COMPARE_PAGE_SIZE);
    // each part ranks its own reports, 未公开 never with a rank
    for (const l of await page.locator('[data-ranking] li.rank-not-published').allInnerTexts()) expect(l).not.toMatch(/第 \d+ 名/);
    await page.locator('.breadcrumb a[href$="/compare/renda-2024-budget/"]').click();
    await page.waitForURL(/\/compare\/renda-2024-budget\/$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
