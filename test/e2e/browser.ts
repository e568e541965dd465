/**
 * Debian's Chromium driven by playwright-core, launched so it never reaches for the network,
 * and a page helper that records what a reader would not see: console errors and requests
 * that leave the site.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function launchBrowser(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium, or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One browser for the test file that calls this: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin other than the site's. */
  external: string[];
  /** Bytes received per URL (decoded body size). */
  received: Map<string, number>;
}

/** Open a new page at `width`×900 that watches errors and outside requests. */
export async function watchedPage(browser: Browser, siteUrl: string, options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const w: WatchedPage = { page, errors: [], external: [], received: new Map() };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) w.external.push(u);
  });
  page.on('response', async (r) => {
    try {
      w.received.set(r.url(), (await r.body()).length);
    } catch {
      // redirects and aborted requests have no body
    }
  });
  return w;
}
