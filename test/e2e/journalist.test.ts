/**
 * The three questions a journalist brings, answered from the site alone in real Chromium, and
 * the numbers behind them downloadable: who spends most on the people's congress session (and
 * per staff member), which projects have the weakest targets, which disclosures do not add up.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const browser = useBrowser();

const rootUrl = inject('rootUrl');
const WUXI = '2024/320200-wuxi-renda-budget';

/** Ranking lines of one ranking list, as "第 1 名 无锡市人大常委会办公室 486 万元". */
async function ranking(name: string): Promise<string[]> {
  const { page, errors } = await watchedPage(browser(), rootUrl);
  await page.goto(`${rootUrl}compare/`);
  await page.locator('main a[href$="/compare/renda-2024-budget/"]').first().click();
  const lines = await page.locator(`[data-ranking="${name}"] li`).allInnerTexts();
  expect(errors).toEqual([]);
  await page.context().close();
  return lines.map((l) => l.replace(/\s+/g, ' ').trim());
}

describe('a journalist, from the site alone', () => {
  it('finds which office spends most on its session: 无锡 486 万元, then 廉江 110 from its key task', async () => {
    const lines = await ranking('session');
    expect(lines[0]).toMatch(/第 1 名 无锡市人大常委会办公室 486 万元/);
    expect(lines[1]).toMatch(/第 2 名 廉江市人大常委会办公室 110 万元/);
    expect(lines).toHaveLength(5);
  });

  it('compares it per staff member, leaving offices without a staff count unranked, not 0', async () => {
    const lines = await ranking('session-per-staff');
    expect(lines[0]).toMatch(/第 1 名 无锡市人大常委会办公室 6\.85 万元\/人/);
    expect(lines.filter((l) => l.includes('未公开'))).toHaveLength(2);
    expect(lines.some((l) => /\b0(\.0+)? 万元\/人/.test(l))).toBe(false);
  });

  it('finds the weakest targets: 沙坡头 人大代表建议办理经费 with 4 of 9 quantified', async () => {
    const { page } = await watchedPage(browser(), rootUrl);
    await page.goto(`${rootUrl}compare/renda-2024-budget/#weakest`);
    const first = (await page.locator('#weakest tbody tr').first().innerText()).replace(/\s+/g, ' ');
    expect(first).toContain('人大代表建议办理经费');
    expect(first).toContain('44.4%');
    const link = page.locator('#weakest tbody tr').first().getByRole('link', { name: '人大代表建议办理经费' });
    await expect(link.getAttribute('href')).resolves.toBe('/reports/2024/640502-shapotou-renda-budget/#project-renda-jianyi-banli');
    await page.context().close();
  });

  it('finds which disclosure does not add up, and goes to the figure', async () => {
    const { page, errors } = await watchedPage(browser(), rootUrl);
    await page.goto(`${rootUrl}quality/`);
    await page.selectOption('#filter-severity', 'error');
    await expect(page.locator('tbody tr[data-rule]:visible').count()).resolves.toBe(1);
    expect(page.url()).toContain('severity=error');
    const row = page.locator('tbody tr[data-rule]:visible');
    await expect(row.innerText()).resolves.toContain('750 万元');
    await row.getByRole('link', { name: '查看该数字' }).click();
    await page.waitForURL(/#expenditure-2$/);
    await expect(page.locator('#expenditure-2').innerText()).resolves.toContain('项目支出');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('assembles a comparison of chosen reports whose URL reproduces it', async () => {
    const { page, errors } = await watchedPage(browser(), rootUrl);
    await page.goto(`${rootUrl}compare/custom/`);
    await page.locator(`input[value="${WUXI}"]`).check();
    await page.locator('input[value="2024/510411-renhe-renda-budget"]').check();
    await page.locator('#compare-form [type=submit]').click();
    await page.waitForURL(/compare\/custom\/\?r=/);
    const url = page.url();
    const table = await page.locator('main table').first().innerText();
    expect(table).toContain('6,431.71');
    expect(table).toContain('1,048.54');
    const again = await watchedPage(browser(), rootUrl);
    await again.page.goto(url);
    await expect(again.page.locator('main table').first().innerText()).resolves.toBe(table);
    expect(errors).toEqual([]);
    await again.page.context().close();
    await page.context().close();
  });

  it('downloads the numbers: the report JSON and the CSVs the page links', async () => {
    const { page } = await watchedPage(browser(), rootUrl);
    await page.goto(`${rootUrl}reports/${WUXI}/`);
    const json = await page.evaluate(async (href) => (await fetch(href)).json(), (await page.locator(`a[href$="${WUXI}.json"]`).first().getAttribute('href'))!);
    expect(JSON.stringify(json)).toContain('6431.71');
    const csv = await page.evaluate(async (base) => (await fetch(`${base}data/findings.csv`)).text(), rootUrl);
    expect(csv).toContain('sum.expenditure');
    await page.context().close();
  });
});
