/**
 * Charts as a reader sees them, in real Chromium against the built site: at a phone's width
 * (360 px), a desktop's (1280 px) and in print (A4 portrait, 794 px), every label of every static
 * chart is at least 11 CSS px as rendered and no two labels overlap; with JavaScript, a chart that
 * scrolls into view hydrates into a box of exactly its static height, with no layout shift, and its
 * live labels are at least 11 px too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';
import { SEED_PAGES } from './seeds.ts';

const browser = useBrowser();
const rootUrl = inject('rootUrl');

/** The floor for chart text, CSS px: kept here, not imported from render.ts, so lowering the renderer's own limit fails this test. */
const MIN_TEXT_PX = 11;

/**
 * Largest layout-shift score allowed while the charts hydrate. A 1 px move of everything in a
 * 900 px tall viewport scores about 1/900 ≈ 0.0011, so this allows less than a pixel's shift of
 * a screenful; what we measure is 0.
 */
const MAX_SHIFT = 0.001;

interface ShownText {
  chart: string;
  text: string;
  /** Rendered font size, CSS px: computed font-size × the SVG's scale (rendered width / viewBox width). */
  px: number;
  box: { x: number; y: number; w: number; h: number };
}

/** Every rendered `<text>` of every chart on the page. */
function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].flatMap((figure) =>
      [...figure.querySelectorAll<SVGTextElement>('svg text')]
        .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const svg = t.ownerSVGElement!;
          const viewBox = svg.viewBox.baseVal;
          const scale = viewBox && viewBox.width > 0 ? svg.getBoundingClientRect().width / viewBox.width : 1;
          const r = t.getBoundingClientRect();
          return { chart: figure.id, text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale, box: { x: r.x, y: r.y, w: r.width, h: r.height } };
        }),
    ),
  );
}

function expectLegible(texts: ShownText[], charts: string[], where: string): void {
  // Every chart shows text (so a chart drawn without any would not pass unseen).
  expect(new Set(texts.map((t) => t.chart)), where).toEqual(new Set(charts));
  const small = texts.filter((t) => t.px < MIN_TEXT_PX).map((t) => `${t.chart} "${t.text}" ${t.px.toFixed(1)}px`);
  expect(small, where).toEqual([]);
}

/** Pairs of labels of one chart whose boxes overlap by more than a pixel each way. */
function overlaps(texts: ShownText[]): string[] {
  const out: string[] = [];
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      if (a.chart !== b.chart) continue;
      const w = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
      const h = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
      if (w > 1 && h > 1) out.push(`${a.chart}: "${a.text}" / "${b.text}"`);
    }
  }
  return out;
}

const reportUrl = (id: string) => `${rootUrl}reports/${id}/`;

// The 无锡 report has income, spending and indicator charts; 遵化's adds a spending plan.
const PAGES = SEED_PAGES.filter((s) => s.id.includes('wuxi') || s.id.includes('zunhua'));

describe.each(PAGES)('charts of $shortName', (seed) => {
  it.each([360, 1280])('are legible and apart at %i px with JavaScript off', async (width) => {
    const { page } = await watchedPage(browser(), rootUrl, { width, javaScriptEnabled: false });
    await page.goto(reportUrl(seed.id));
    const texts = await shownTexts(page);
    expectLegible(texts, seed.charts, `${width}px`);
    expect(overlaps(texts), `${width}px`).toEqual([]);
    await page.context().close();
  });

  it('are legible in print (A4 portrait)', async () => {
    const { page } = await watchedPage(browser(), rootUrl, { width: 794, javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    await page.goto(reportUrl(seed.id));
    expectLegible(await shownTexts(page), seed.charts, 'print');
    await page.context().close();
  });

  it.each([360, 1280])('hydrate at %i px without moving anything, and stay legible', async (width) => {
    const { page, errors } = await watchedPage(browser(), rootUrl, { width });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
          if (!e.hadRecentInput) w.shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}#${s.node.id}` : String(s.node))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(reportUrl(seed.id));
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const shifts = () => page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
    const atLoad = (await shifts()).length;
    const height = (id: string) => page.evaluate((id) => document.querySelector(`#${id} [data-chart-canvas]`)!.getBoundingClientRect().height, id);
    for (const id of seed.charts) {
      const before = await height(id);
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.waitForSelector(`#${id}[data-chart-hydrated]`, { state: 'attached', timeout: 10_000 });
      // The live SVG (ECharts') has no role="img", the static ones have.
      await page.waitForSelector(`#${id} [data-chart-canvas] svg:not([role="img"])`, { state: 'attached', timeout: 10_000 });
      // Two frames for ECharts' first paint and any layout after it.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await height(id), `${id}: height of the chart box before and after hydration`).toBeCloseTo(before, 2);
    }
    await page.waitForTimeout(300);
    const during = (await shifts()).slice(atLoad);
    const score = during.reduce((s, e) => s + e.value, 0);
    expect(score, JSON.stringify(during)).toBeLessThan(MAX_SHIFT);
    expectLegible(await shownTexts(page), seed.charts, `${width}px, hydrated`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
