// The alliance views end to end: the matrix (cell → the dyad's relations with their sentences, and
// its timeline) and the whole-graph bloc colouring of the canvas, in real headless Chromium
// against the real Express app and the seeded Neo4j. Launch, pages and screenshots: ./helpers.
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../setup/app-server';
import { closeSessions, hasText, idle, launchBrowser, openSession, searchAndChoose, shoot, type Session } from './helpers';

let server: TestServer;
let browser: Browser;

const open = (url = server.url): Promise<Session> => openSession(browser, url);

async function openAlliances(page: Page, view: 'Blocs' | 'Matrix' | 'Balance'): Promise<void> {
  await page.click('.tab >> text=Alliances');
  await page.click(`.segmented button:has-text("${view}")`);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterEach(closeSessions);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the matrix: Turkey × Azerbaijan shows the supporting sentences and a timeline', async () => {
  const { page } = await open();
  await searchAndChoose(page, 'Aliyev', 'ilham-aliyev');
  await openAlliances(page, 'Matrix');
  const cell = page.locator('.matrix-cell[data-a="turkey"][data-b="azerbaijan"]');
  await cell.waitFor({ timeout: 20_000 });
  // Rows are grouped by bloc: Turkey and Azerbaijan sit together, apart from Armenia.
  const rows = await page.locator('.alliance-matrix .row-head').allTextContents();
  expect(rows.length).toBeGreaterThanOrEqual(4);
  await cell.click();
  const item = page.locator('.dyad-relation', { hasText: 'Thổ Nhĩ Kỳ' }).first();
  await item.waitFor({ timeout: 20_000 });
  const type = (await item.locator('.rel-type').first().textContent())!.trim();
  expect(['SUPPORTS', 'PROVIDES_MILITARY_AID']).toContain(type);
  await hasText(item.locator('.evidence-item blockquote'), 'Thổ Nhĩ Kỳ', 'contains');
  await page.click('button:has-text("Show timeline")');
  await page.locator('.dyad-timeline svg rect').first().waitFor({ timeout: 20_000 });
  // Bring the chart and the first sentences into view for the screenshot.
  await page.locator('.dyad-timeline').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.dyad-timeline')!.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await shoot(page, 'alliance-matrix');
}, 120_000);

test('the whole-graph bloc view puts Armenia and Azerbaijan in different colours', async () => {
  const { page } = await open();
  await searchAndChoose(page, 'Aliyev', 'ilham-aliyev');
  await openAlliances(page, 'Blocs');
  await page.click('label:has-text("Blocs (whole graph)")');
  await page.waitForFunction(() => window.__newsgraph!.blocMode() === 'whole', null, { timeout: 20_000 });
  await page.locator('.whole-blocs .bloc-legend li').first().waitFor();
  await page.click('button:has-text("Show the bloc actors on the canvas")');
  await page.waitForFunction(() => ['armenia', 'azerbaijan', 'turkey', 'russia'].every((id) => window.__newsgraph!.nodes().includes(id)), null, { timeout: 30_000 });
  await idle(page);
  const colors = await page.evaluate(() => Object.fromEntries(['armenia', 'azerbaijan', 'turkey', 'russia'].map((id) => [id, window.__newsgraph!.nodeColor(id)])));
  expect(colors.armenia).not.toBe(colors.azerbaijan);
  expect(colors.turkey).toBe(colors.azerbaijan);
  expect(colors.russia).toBe(colors.armenia);
  // Bloc colours, not the grey of "no bloc".
  expect(colors.armenia).not.toBe('#b9bec5');
  expect(colors.azerbaijan).not.toBe('#b9bec5');
  await hasText(page.locator('.legend'), 'conflict between blocs', 'contains');
  await page.waitForTimeout(900);
  await shoot(page, 'alliance-blocs');
}, 120_000);
