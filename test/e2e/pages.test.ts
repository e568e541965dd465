/**
 * The report pages as a reader meets them, in real Chromium against the built site: each seed's
 * key figures, charts and indicator tables, a project permalink, no console errors, no serious
 * accessibility violations, readable at phone width and with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';
import { SEED_PAGES } from './seeds.ts';

const browser = useBrowser();

const rootUrl = inject('rootUrl');
const subUrl = inject('subUrl');
const reportUrl = (base: string, id: string) => `${base}reports/${id}/`;

describe('home page', () => {
  it('leads to every unit, by list and by region', async () => {
    const { page, errors } = await watchedPage(browser(), rootUrl);
    await page.goto(rootUrl);
    for (const seed of SEED_PAGES) {
      await expect(page.locator(`a[href="/reports/${seed.id}/"]`).first().textContent()).resolves.toContain(seed.unit);
    }
    for (const province of new Set(SEED_PAGES.map((s) => s.region[0]!))) {
      await expect(page.getByRole('link', { name: province, exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(SEED_PAGES)('report page $shortName', (seed) => {
  it('shows the unit, region, key figures, charts and indicator tables, with no console errors', async () => {
    const { page, errors, external } = await watchedPage(browser(), rootUrl);
    await page.goto(reportUrl(rootUrl, seed.id));
    await expect(page.locator('h1').textContent()).resolves.toContain(seed.unit);
    const header = (await page.locator('.report > header, .report-header').first().textContent()) ?? '';
    for (const name of seed.region) expect(header).toContain(name);
    const keyFigures = (await page.locator('#key-figures').textContent()) ?? '';
    if (seed.total) expect(keyFigures).toContain(seed.total);
    else expect(keyFigures).toContain('未公开');
    for (const id of seed.charts) {
      // One static SVG per layout width, one of them shown (charts.test.ts).
      await expect(page.locator(`#${id} svg:visible`).count(), id).resolves.toBe(1);
    }
    await expect(page.locator('table.indicator-table').count()).resolves.toBeGreaterThan(0);
    // every value cell says what kind of target it is
    await expect(page.locator('td.value .kind-badge').count()).resolves.toBeGreaterThan(0);
    // a chart turns interactive when it scrolls into view
    await page.locator(`#${seed.charts[0]}`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`#${seed.charts[0]}[data-chart-hydrated]`, { state: "attached", timeout: 10_000 });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const { page } = await watchedPage(browser(), rootUrl);
    await page.goto(reportUrl(rootUrl, seed.id));
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const { page } = await watchedPage(browser(), rootUrl, { width: 360 });
    await page.goto(reportUrl(rootUrl, seed.id));
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('reads completely with JavaScript off: figures, static charts, tables', async () => {
    const { page } = await watchedPage(browser(), rootUrl, { javaScriptEnabled: false });
    await page.goto(reportUrl(rootUrl, seed.id));
    if (seed.total) await expect(page.locator('#key-figures').textContent()).resolves.toContain(seed.total);
    for (const id of seed.charts) await expect(page.locator(`#${id} svg:visible`).count()).resolves.toBe(1);
    await expect(page.locator('table.indicator-table').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it.runIf(seed.project !== null)('has a permalink to a project that opens at the project and links back', async () => {
    const { page } = await watchedPage(browser(), rootUrl);
    await page.goto(`${reportUrl(rootUrl, seed.id)}#project-${seed.project!.id}`);
    const section = page.locator(`#project-${seed.project!.id}`);
    await expect(section.locator('h3').textContent()).resolves.toContain(seed.project!.name);
    await expect(section.isVisible()).resolves.toBe(true);
    const box = await section.boundingBox();
    expect(box!.y).toBeLessThan(900);
    await expect(section.locator('a[href="#top"], a[href="#key-figures"]').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('under a sub-path', () => {
  it('serves the report pages with working assets and charts', async () => {
    const seed = SEED_PAGES[0]!;
    const { page, errors, external } = await watchedPage(browser(), subUrl);
    await page.goto(subUrl);
    await page.locator(`a[href="/budget/reports/${seed.id}/"]`).first().click();
    await expect(page.locator('h1').textContent()).resolves.toContain(seed.unit);
    await expect(page.locator(`#${seed.charts[0]} svg:visible`).count()).resolves.toBe(1);
    const css = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(css).not.toBe('');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
