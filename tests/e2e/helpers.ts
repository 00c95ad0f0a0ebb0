// What the e2e files share: the system's headless Chromium (never downloaded), pages that record
// their console errors and dialogs, waits on the explorer's test hook (window.__newsgraph), text
// assertions on locators, and screenshots into artifacts/e2e/ with a check that the graph canvas
// is not blank. Module state (the open sessions) is per test file: jest gives each file its own.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { decodePng, inkPixels } from './png';

export const ARTIFACTS = path.join(process.cwd(), 'artifacts', 'e2e');

/** Headless Chromium from the system. No GPU here: WebGL runs on SwiftShader, which Chromium only allows with these flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

export interface Session { context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }

export interface OpenOptions {
  /** Let the page download files (the export tests). */
  acceptDownloads?: boolean;
  /** Console errors a test provokes on purpose and that are not failures (e.g. the browser's own "status of 401" line). */
  ignoreConsole?: RegExp;
}

const sessions: Session[] = [];

/** A new browser context and page at `url`, ready once the explorer says so; its console errors and dialogs are recorded. */
export async function openSession(browser: Browser, url: string, o: OpenOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, ...(o.acceptDownloads ? { acceptDownloads: true } : {}) });
  const page = await context.newPage();
  const s: Session = { context, page, errors: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' && !o.ignoreConsole?.test(m.text())) s.errors.push(m.text());
  });
  page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { s.dialogs.push(d.message()); void d.dismiss(); });
  sessions.push(s);
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 30_000 });
  return s;
}

/** For afterEach: closes every session opened since the last call, then asserts that none of them
 *  showed a dialog or logged a console error. */
export async function closeSessions(): Promise<void> {
  const errors = sessions.flatMap((s) => s.errors);
  const dialogs = sessions.flatMap((s) => s.dialogs);
  for (const s of sessions.splice(0)) await s.context.close();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
}

/** Waits until the explorer has no request in flight. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__newsgraph!.busy === null, null, { timeout: 30_000 });
}

/** Types `text` into the search box, takes the first result and waits until `expectId` is on the canvas. */
export async function searchAndChoose(page: Page, text: string, expectId: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.waitForSelector('.search-results li[role=option]', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.__newsgraph!.nodes().includes(id), expectId, { timeout: 30_000 });
  await idle(page);
  await page.waitForTimeout(700); // the camera's fit animation
}

/** Waits (up to 10 s) for a locator's text, then asserts it: jest's expect has no locator matchers. */
export async function hasText(locator: Locator, expected: string, mode: 'exact' | 'contains' = 'contains'): Promise<void> {
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

/** Saves a screenshot of the whole page as artifacts/e2e/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Saves the page and checks that the graph canvas has something drawn on it. */
export async function shoot(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  const canvas = await page.locator('.canvas-host').screenshot();
  expect(inkPixels(decodePng(canvas))).toBeGreaterThan(400);
}
