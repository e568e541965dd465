/**
 * Picking reports for the reader's own comparison on pages by province, in Chromium: the choice
 * made in one province is kept while picking in another, and the comparison's URL reproduces
 * it. On the synthetic site of two provinces (global-setup.ts) and the seeds under a sub-path.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { customCompareHref } from '../../src/site/open-paths.ts';
import { useBrowser, watchedPage } from './browser.ts';
import { SUB_PATH } from './global-setup.ts';

const browser = useBrowser();
const partsUrl = inject('partsUrl');
const subUrl = inject('subUrl');

const pathAndQuery = (page: Page) => {
  const u = new URL(page.url());
  return decodeURIComponent(u.pathname + u.search);
};

/** Tick the first report of the pick page and return its id. */
async function pickFirst(page: Page): Promise<string> {
  const box = page.locator('#compare-form input[type=checkbox]').first();
  await box.check();
  return (await box.getAttribute('value'))!;
}

describe('picking reports province by province', () => {
  it('keeps a report picked in one province while picking in the other, and compares both', async () => {
    const { page, errors } = await watchedPage(browser(), partsUrl);
    await page.goto(`${partsUrl}compare/custom/`);
    const provinces = await page.locator('#pick nav.part-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(provinces).toHaveLength(2);

    await page.locator('#pick nav.part-nav a').first().click();
    await page.waitForURL((u) => u.pathname === provinces[0]);
    const first = await pickFirst(page);
    // the links to the other pick pages and back now carry the choice
    await expect(page.locator('nav.part-nav a').getAttribute('href')).resolves.toBe(`${provinces[1]}?r=${first}`);
    await expect(page.locator('.breadcrumb [data-carry-choice] a').getAttribute('href')).resolves.toBe(customCompareHref([first], '/'));

    await page.locator('nav.part-nav a').click();
    await page.waitForURL((u) => u.pathname === provinces[1]);
    expect(pathAndQuery(page)).toBe(`${provinces[1]}?r=${first}`);
    await expect(page.locator('#kept-note').innerText()).resolves.toContain('另有 1 份');
    const second = await pickFirst(page);
    await page.locator('#compare-form [type=submit]').click();
    await page.waitForURL((u) => u.pathname === '/compare/custom/' && u.search !== '');

    const table = page.locator('table.compare-table[data-section="money"]');
    // The page assembles the comparison after it loads: wait for both columns before reading them.
    await table.locator('thead th a').nth(1).waitFor();
    const heads = await table.locator('thead th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(heads).toEqual([`/reports/${first}/`, `/reports/${second}/`]);
    const share = (await page.locator('a.share-url').getAttribute('href'))!;
    expect(share).toBe(customCompareHref([first, second], '/'));
    await expect(page.locator('#chosen li').count()).resolves.toBe(2);
    // the provinces to pick more from carry the choice too
    await expect(page.locator('#pick nav.part-nav a').first().getAttribute('href')).resolves.toMatch(/\?r=/);

    const again = await watchedPage(browser(), partsUrl);
    await again.page.goto(new URL(share, partsUrl).href);
    await expect(again.page.locator('table.compare-table[data-section="money"]').innerText()).resolves.toBe(await table.innerText());
    await again.page.context().close();

    // back to a pick page: what was chosen there is ticked, the other report kept
    await page.locator('#pick nav.part-nav a').first().click();
    await page.waitForURL((u) => u.pathname === provinces[0]);
    await expect(page.locator(`#compare-form input[value="${first}"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator(`#compare-form input[type=hidden][value="${second}"]`).count()).resolves.toBe(1);

    // removing one from the chosen list leaves one, which is too few
    await page.goto(new URL(share, partsUrl).href);
    await page.locator('#chosen a.remove').first().click();
    await page.waitForURL((u) => u.search === `?r=${second}`);
    await expect(page.locator('#compare-result [role=alert]').innerText()).resolves.toContain('至少需要 2 份');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says an unknown report is not found, though the page lists no reports', async () => {
    const { page } = await watchedPage(browser(), partsUrl);
    await page.goto(`${partsUrl}compare/custom/?r=2024/no-such-report,2024/other`);
    await expect(page.locator('#compare-result [role=alert]').innerText()).resolves.toContain('没有找到报告“2024/no-such-report”。');
    await page.context().close();
  });

  it('submits the ticked boxes of a pick page without JavaScript', async () => {
    const { page } = await watchedPage(browser(), partsUrl, { javaScriptEnabled: false });
    await page.goto(`${partsUrl}compare/custom/`);
    await page.locator('#pick nav.part-nav a').first().click();
    const boxes = page.locator('#compare-form input[type=checkbox]');
    const ids = [(await boxes.nth(0).getAttribute('value'))!, (await boxes.nth(1).getAttribute('value'))!];
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('#compare-form [type=submit]').click();
    await page.waitForURL((u) => u.pathname === '/compare/custom/' && u.search !== '');
    expect(new URL(page.url()).searchParams.getAll('r')).toEqual(ids);
    await page.context().close();
  });

  it('stays under the sub-path: pick pages, their links, the comparison', async () => {
    const { page, errors } = await watchedPage(browser(), subUrl);
    await page.goto(`${subUrl}compare/custom/`);
    const links = await page.locator('#pick nav.part-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(5);
    for (const l of links) expect(l).toMatch(new RegExp(`^${SUB_PATH}compare/custom/\\d{6}/$`));
    await page.locator('#pick nav.part-nav a').first().click();
    const first = await pickFirst(page);
    await page.locator('nav.part-nav a').last().click();
    await page.waitForURL((u) => u.search === `?r=${first}`);
    const second = await pickFirst(page);
    await page.locator('#compare-form [type=submit]').click();
    await page.waitForURL((u) => u.pathname === `${SUB_PATH}compare/custom/` && u.search !== '');
    await expect(page.locator('a.share-url').getAttribute('href')).resolves.toBe(customCompareHref([first, second], SUB_PATH));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
