/**
 * Search in Chinese, in real Chromium against the built site: unit names, regions, project
 * words, an indicator phrase, a filter combination, sort, a query with no results, every result
 * and place holding every word of the query, keyboard use, and the search script staying
 * unloaded until a person searches.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';
import { SEED_PAGES } from './seeds.ts';

const browser = useBrowser();

const rootUrl = inject('rootUrl');

interface Found {
  status: string;
  /** Report ids of the results, in order. */
  reports: string[];
  /** Titles and hrefs of the places (projects, indicator rows, key tasks) under each result. */
  places: { title: string; href: string }[];
}

async function results(page: Page): Promise<Found> {
  await page.waitForFunction(() => {
    const s = document.querySelector('.search-status')?.textContent ?? '';
    return s.startsWith('找到') || s.startsWith('没有找到');
  });
  return page.evaluate(() => ({
    status: document.querySelector('.search-status')!.textContent!,
    reports: [...document.querySelectorAll<HTMLAnchorElement>('.search-results a.result-title')].map((a) => new URL(a.href).pathname.replace(/^.*reports\/|\/$/g, '')),
    places: [...document.querySelectorAll<HTMLAnchorElement>('.search-results .places a')].map((a) => ({ title: a.textContent!, href: new URL(a.href).pathname + new URL(a.href).hash })),
  }));
}

async function search(query: string, base = rootUrl): Promise<Found> {
  const { page, errors } = await watchedPage(browser(), base);
  await page.goto(`${base}search/${query}`);
  const found = await results(page);
  expect(errors).toEqual([]);
  await page.context().close();
  return found;
}

const id = (short: string) => SEED_PAGES.find((s) => s.shortName.startsWith(short))!.id;

describe('search finds', () => {
  it.each(SEED_PAGES)('the unit by its full name: $unit', async (seed) => {
    expect((await search(`?q=${encodeURIComponent(seed.unit)}`)).reports[0]).toBe(seed.id);
  });

  it.each(SEED_PAGES)('the unit by its short name: $shortName', async (seed) => {
    expect((await search(`?q=${encodeURIComponent(seed.shortName)}`)).reports).toContain(seed.id);
  });

  it.each([
    ['无锡', ['无锡']],
    ['湛江', ['廉江']],
    ['唐山', ['遵化']],
    ['攀枝花', ['仁和']],
    ['宁夏', ['沙坡头']],
    ['沙坡头区', ['沙坡头']],
  ])('the reports of a region: %s', async (q, units) => {
    const found = await search(`?q=${encodeURIComponent(q)}`);
    expect(found.reports.sort()).toEqual(units.map(id).sort());
  });

  it('every office for 培训, with the training projects and indicator rows as places', async () => {
    const found = await search('?q=培训');
    expect(found.reports.sort()).toEqual(SEED_PAGES.map((s) => s.id).sort());
    expect(found.places).toContainEqual({ title: '项目：人大代表履职培训费（112 万元）', href: `/reports/${id('无锡')}/#project-renda-daibiao-peixun` });
    expect(found.places.some((p) => p.title.startsWith('指标：') && p.href.includes('#'))).toBe(true);
  });

  it('人代会: the session projects and key task lead straight to them', async () => {
    const found = await search(`?q=${encodeURIComponent('人代会会议')}`);
    expect(found.reports).toContain(id('无锡'));
    expect(found.reports).toContain(id('廉江'));
    expect(found.places.map((p) => p.href)).toContain(`/reports/${id('无锡')}/#project-rendahui-huiyi`);
    expect(found.places.map((p) => p.href)).toContain(`/reports/${id('廉江')}/#key-task-1`);
  });

  it('智慧人大: the project in 遵化 and the key task in 廉江', async () => {
    const found = await search(`?q=${encodeURIComponent('智慧人大')}`);
    expect(found.reports.sort()).toEqual([id('遵化'), id('廉江')].sort());
    // Both are whole-word hits; which report ranks first is Pagefind's call. Each leads to its place.
    expect(found.places.map((p) => p.href)).toContain(`/reports/${id('遵化')}/#project-zhihui-renda`);
    expect(found.places.map((p) => p.title)).toContain('重点工作任务：“智慧人大”运行维护经费（39.37 万元）');
  });

  it('an indicator phrase leads to its row', async () => {
    const found = await search(`?q=${encodeURIComponent('参会人员满意度')}`);
    const row = found.places.find((p) => p.title.startsWith('指标：参会人员满意度'));
    expect(row?.href).toMatch(new RegExp(`^/reports/${id('仁和')}/#project-renda-huiyi-indicator-\\d+$`));
  });

  it('a filter combination: 项目类别 培训 in 四川省 or 江苏省, sorted by total', async () => {
    const found = await search(`?f=${encodeURIComponent('项目类别:培训')}&f=${encodeURIComponent('省份:四川省')}&f=${encodeURIComponent('省份:江苏省')}&sort=amount-desc`);
    expect(found.reports).toEqual([id('无锡'), id('仁和')]);
  });

  it('sorting by total ascending reverses it, and reports without a comparable total come last', async () => {
    const found = await search(`?f=${encodeURIComponent('阶段:预算')}&sort=amount-asc`);
    expect(found.reports.slice(0, 3)).toEqual([id('仁和'), id('廉江'), id('无锡')]);
    // 遵化 and 沙坡头 published only project totals: listed after the comparable ones, not left out.
    expect(found.reports.slice(3).sort()).toEqual([id('遵化'), id('沙坡头')].sort());
    expect(found.status).toBe('找到 5 份与所选条件相关的公开材料。');
  });

  it('nothing for a word no disclosure contains, and says so', async () => {
    const found = await search(`?q=${encodeURIComponent('航天发射')}`);
    expect(found.reports).toEqual([]);
    expect(found.status).toBe('没有找到同时包含“航天”“发射”的公开材料。');
  });
});

describe('search precision: every result holds every word of the query', () => {
  const q = (words: string) => `?q=${encodeURIComponent(words)}`;

  it.each([
    ['at the root', () => rootUrl],
    ['across shards', () => inject('subUrl')],
  ])('nothing for words no disclosure contains (Pagefind alone answered with pages that have 量), %s', async (_, base) => {
    const found = await search(q('量子纠缠超导体'), base());
    expect(found.reports).toEqual([]);
    expect(found.status).toBe('没有找到同时包含“量子”“纠缠”“超导体”的公开材料。');
  });

  it.each([
    ['at the root', () => rootUrl],
    ['across shards', () => inject('subUrl')],
  ])('三公经费 finds only the report that has it, not those with only 经费, %s', async (_, base) => {
    const found = await search(q('三公经费'), base());
    expect(found.reports).toEqual([id('无锡')]);
    expect(found.status).toBe('找到 1 份与“三公经费”相关的公开材料。');
    // Not the projects with only 经费 in them (人大工作经费 …), which Pagefind listed as places.
    expect(found.places.map((p) => p.title)).toEqual(['指标：“三公经费”变动率 ≤0%']);
  });

  it('keeps recall: 会议 finds every report and the session project 人代会会议经费', async () => {
    const found = await search(q('会议'));
    expect(found.reports.sort()).toEqual(SEED_PAGES.map((s) => s.id).sort());
    expect(found.status).toBe('找到 5 份与“会议”相关的公开材料。');
    expect(found.places.map((p) => p.href)).toContain(`/reports/${id('无锡')}/#project-rendahui-huiyi`);
  });
});

describe('the search page', () => {
  it('loads no search script until a person searches, then works by keyboard alone', async () => {
    const { page, errors, received } = await watchedPage(browser(), rootUrl);
    await page.goto(rootUrl);
    // Header box: focus by keyboard, type, Enter.
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // search box
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('老干部');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/);
    const found = await results(page);
    expect(found.reports.length).toBeGreaterThanOrEqual(3);
    expect([...received.keys()].some((u) => u.includes('/pagefind/'))).toBe(true);
    // Filters are checkboxes reachable by keyboard.
    await page.locator('.search-filters input[value="省份:江苏省"]').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('.search-results > li').length === 1);
    expect(page.url()).toContain('f=%E7%9C%81%E4%BB%BD');
    expect(errors).toEqual([]);
    await page.context().close();

    const fresh = await watchedPage(browser(), rootUrl);
    await fresh.page.goto(`${rootUrl}search/`);
    await fresh.page.waitForTimeout(500);
    expect([...fresh.received.keys()].filter((u) => u.includes('/pagefind'))).toEqual([]);
    await fresh.page.context().close();
  });

  it('works under a sub-path, with result links under it', async () => {
    const subUrl = inject('subUrl');
    const found = await search(`?q=${encodeURIComponent('仁和区')}`, subUrl);
    expect(found.reports).toEqual([id('仁和')]);
    const { page } = await watchedPage(browser(), subUrl);
    await page.goto(`${subUrl}search/?q=${encodeURIComponent('仁和区')}`);
    await results(page);
    await expect(page.locator('a.result-title').first().getAttribute('href')).resolves.toBe(`/budget/reports/${id('仁和')}/`);
    await page.context().close();
  });
});

describe('a search index in shards (the sub-path site: two reports a shard, three shards)', () => {
  const subUrl = () => inject('subUrl');
  const q = (words: string) => `?q=${encodeURIComponent(words)}`;

  it('queries every shard and adds up their filter counts', async () => {
    const { page, errors, received } = await watchedPage(browser(), subUrl());
    await page.goto(`${subUrl()}search/${q('人大')}`);
    const found = await results(page);
    expect(found.reports.sort()).toEqual(SEED_PAGES.map((s) => s.id).sort());
    for (const dir of ['/budget/pagefind/', '/budget/pagefind-2/', '/budget/pagefind-3/']) expect([...received.keys()].some((u) => u.includes(dir))).toBe(true);
    const provinces = await page.locator('.search-filters fieldset', { hasText: '省份' }).locator('label').allTextContents();
    expect(provinces.sort()).toEqual(['河北省（1）', '江苏省（1）', '广东省（1）', '宁夏回族自治区（1）', '四川省（1）'].sort());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a word only one shard has finds only its report (other shards would answer "无锡" with pages that have 无)', async () => {
    expect((await search(q('无锡'), subUrl())).reports).toEqual([id('无锡')]);
    expect((await search(q('沙坡头区'), subUrl())).reports).toEqual([id('沙坡头')]);
  });

  it('sorts by total across shards, reports without a comparable total last', async () => {
    const asc = await search(`?f=${encodeURIComponent('阶段:预算')}&sort=amount-asc`, subUrl());
    expect(asc.reports.slice(0, 3)).toEqual([id('仁和'), id('廉江'), id('无锡')]);
    const desc = await search(`?f=${encodeURIComponent('阶段:预算')}&sort=amount-desc`, subUrl());
    expect(desc.reports.slice(0, 3)).toEqual([id('无锡'), id('廉江'), id('仁和')]);
    expect(desc.reports).toHaveLength(5);
  });
});
