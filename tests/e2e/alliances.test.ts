// The alliance views end to end: the matrix (cell → the dyad's relations with their sentences, and
// its timeline) and the whole-graph bloc colouring of the canvas, in real headless Chromium
// against the real Express app and the seeded Neo4j. Same launch flags and helpers as explorer.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../setup/app-server';
import { decodePng, inkPixels } from './png';

const ARTIFACTS = path.join(process.cwd(), 'artifacts', 'e2e');

let server: TestServer;
let browser: Browser;

interface Session { context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }
const sessions: Session[] = [];

async function open(url = server.url): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  const s: Session = { context, page, errors: [], dialogs: [] };
  page.on('console', (m) => { if (m.type() === 'error') s.errors.push(m.text()); });
  page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { s.dialogs.push(d.message()); void d.dismiss(); });
  sessions.push(s);
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 30_000 });
  return s;
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__newsgraph!.busy === null, null, { timeout: 30_000 });
}

async function searchAndChoose(page: Page, text: string, expectId: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.waitForSelector('.search-results li[role=option]', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.__newsgraph!.nodes().includes(id), expectId, { timeout: 30_000 });
  await idle(page);
  await page.waitForTimeout(700); // the camera's fit animation
}

/** Waits (up to 10 s) for a locator's text, then asserts it: jest's expect has no locator matchers. */
async function hasText(locator: Locator, expected: string, mode: 'exact' | 'contains'): Promise<void> {
  const ok = (t: string) => (mode === 'exact' ? t.trim() === expected : t.includes(expected));
  let text = '';
  for (let i = 0; i < 50; i += 1) {
    text = (await locator.first().textContent({ timeout: 10_000 }).catch(() => '')) ?? '';
    if (ok(text)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (mode === 'exact') expect(text.trim()).toBe(expected);
  else expect(text).toContain(expected);
}

/** Saves the page and checks that the graph canvas has something drawn on it. */
async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  const canvas = await page.locator('.canvas-host').screenshot();
  expect(inkPixels(decodePng(canvas))).toBeGreaterThan(400);
}

async function openAlliances(page: Page, view: 'Blocs' | 'Matrix' | 'Balance'): Promise<void> {
  await page.click('.tab >> text=Alliances');
  await page.click(`.segmented button:has-text("${view}")`);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // No GPU here: WebGL runs on SwiftShader, which Chromium only allows with these flags.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
});

afterEach(async () => {
  const errors = sessions.flatMap((s) => s.errors);
  const dialogs = sessions.flatMap((s) => s.dialogs);
  for (const s of sessions.splice(0)) await s.context.close();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

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
