// The browser explorer end to end: real headless Chromium (never downloaded: the system's), the real
// Express app, the real Neo4j seeded by the global setup. The canvas is WebGL, so the tests read the
// store through window.__newsgraph and check pixels from screenshots.
import fs from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, testDb, type TestServer } from '../setup/app-server';
import type { Db } from '../../server/neo4j/db';
import { closeSessions, hasText, idle, launchBrowser, openSession, searchAndChoose, shoot, type Session } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

let server: TestServer;
let browser: Browser;
let db: Db;

const open = (url = server.url): Promise<Session> => openSession(browser, url, { acceptDownloads: true });

async function screenPoint(page: Page, kind: 'node' | 'edge', key: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([k, key]) => {
    const h = window.__newsgraph!;
    const r = h.canvasRect()!;
    const q = k === 'node' ? h.nodeViewport(key) : h.edgeViewport(key);
    return q ? { x: r.x + q.x, y: r.y + q.y } : null;
  }, [kind, key] as const);
  if (!p) throw new Error(`${kind} ${key} is not on screen`);
  return p;
}

/** Clicks an edge on the canvas until it is selected. Sigma picks on a buffer of reduced resolution,
 *  so a thin curve can be missed by a pixel even at the exact point it is drawn through: the pixels
 *  around that point are tried next. Each try waits longer than a double click (which would zoom). */
async function clickEdge(page: Page, key: string): Promise<void> {
  const p = await screenPoint(page, 'edge', key);
  for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, -1], [2, 0], [0, 2], [-2, 0], [0, -2]] as const) {
    await page.mouse.click(p.x + dx, p.y + dy);
    const selected = await page.waitForFunction((k) => window.__newsgraph!.selection()?.id === k, key, { timeout: 1500 }).then(() => true, () => false);
    if (selected) return;
  }
}

function positionsOf(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const h = window.__newsgraph!;
    return Object.fromEntries(h.nodes().map((n) => { const a = h.node(n)!; return [n, [a.x as number, a.y as number]]; }));
  });
}

function callEdge(edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[]) {
  return edges.find((e) => e.attributes.relType === 'CALLED'
    && [e.source, e.target].sort().join() === ['ilham-aliyev', 'vladimir-putin'].join());
}

beforeAll(async () => {
  server = await startTestServer();
  db = testDb();
  // An entity whose name is markup: it must show as text, and nothing may run.
  await db.driver.executeQuery(
    `MERGE (x:Entity:Person {id: 'xss-test-entity'})
     SET x.name = $name, x.nameVi = $name, x.entityType = 'Person', x.aliases = [$name], x.searchAliases = $name
     WITH x MATCH (p:Entity {id: 'vladimir-putin'})
     MERGE (x)-[r:CRITICIZES {id: 'xss-test-rel'}]->(p)
     SET r.score = -2.0, r.date = date('2020-10-10'), r.knownFrom = date('2020-10-10'), r.modality = 'asserted', r.provenance = 'test', r.symmetric = false, r.sentenceIds = []`,
    { name: XSS }, { database: db.o.database },
  );
  browser = await launchBrowser();
});

// No console errors and no dialogs in any page a test opened.
afterEach(closeSessions);

afterAll(async () => {
  await browser?.close();
  await db?.driver.executeQuery("MATCH (x:Entity {id: 'xss-test-entity'}) DETACH DELETE x", {}, { database: db.o.database });
  await db?.close();
  await server?.close();
});

test('search "Putin", choose it: Aliyev appears with a CALLED edge', async () => {
  const { page } = await open();
  await page.waitForSelector('text=Who sides with whom?');
  await searchAndChoose(page, 'Putin', 'vladimir-putin');
  const edges = await page.evaluate(() => window.__newsgraph!.edges());
  expect(await page.evaluate(() => window.__newsgraph!.nodes())).toContain('ilham-aliyev');
  const called = callEdge(edges);
  expect(called).toBeDefined();
  expect(called!.attributes.date).toBe('2020-10-07');
  // The parallel PRAISES edge is there too (both drawn, curved apart).
  expect(edges.some((e) => e.attributes.relType === 'PRAISES' && e.source === 'ilham-aliyev' && e.target === 'vladimir-putin')).toBe(true);
  await hasText(page.locator('.details-head h2'), 'Vladimir Putin', 'exact');
  await shoot(page, 'search-putin');
});

test('clicking the Putin–Aliyev call shows the sentence about the 7/10 phone call', async () => {
  const { page } = await open();
  await searchAndChoose(page, 'Putin', 'vladimir-putin');
  const called = callEdge(await page.evaluate(() => window.__newsgraph!.edges()))!;
  await clickEdge(page, called.key);
  await page.waitForFunction((k) => window.__newsgraph!.selection()?.id === k, called.key);
  const item = page.locator('.evidence-item', { hasText: '7/10' }).first();
  await item.waitFor({ timeout: 15_000 });
  await hasText(item.locator('mark.m-trigger'), 'điện đàm', 'contains');
  await hasText(item.locator('mark.m-subject'), 'Putin', 'contains');
  await hasText(item.locator('mark.m-object'), 'Aliyev', 'contains');
  await hasText(item, 'Ông Putin ra đòn trước', 'contains');
  await shoot(page, 'evidence-call');
});

test('a Cypher query fills the canvas and the table', async () => {
  const session = await open();
  const { page } = session;
  await page.click('.tab >> text=Cypher');
  await page.click('.cm-content');
  await page.keyboard.press('Control+a');
  await page.keyboard.type("MATCH (c)-[r:MEMBER_OF]->(o:Organization {id:'csto'}) RETURN c, r, o");
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('.result-table tbody tr', { timeout: 20_000 });
  expect(await page.locator('.result-table tbody tr').count()).toBeGreaterThanOrEqual(6);
  await hasText(page.locator('.result-table thead'), 'c', 'contains');
  const nodes = await page.evaluate(() => window.__newsgraph!.nodes());
  expect(nodes).toEqual(expect.arrayContaining(['csto', 'russia', 'armenia']));
  await page.waitForTimeout(600);
  await shoot(page, 'cypher-csto');

  // A write is refused, with the API's message inline.
  await page.click('.cm-content');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('CREATE (n:Entity {id: "nope"}) RETURN n');
  await page.keyboard.press('Control+Enter');
  await hasText(page.locator('.query-error'), 'Query refused', 'contains');
  // Chromium logs every 4xx response itself; this refusal is the one we asked for.
  const refusal = session.errors.findIndex((e) => /status of 400/.test(e));
  expect(refusal).toBeGreaterThanOrEqual(0);
  session.errors.splice(refusal, 1);
  expect(await page.evaluate(() => window.__newsgraph!.nodes())).toEqual(nodes);
}, 120_000);

test('the date slider before 2020-10-07 hides the call, and brings it back', async () => {
  const { page } = await open();
  await searchAndChoose(page, 'Putin', 'vladimir-putin');
  const called = callEdge(await page.evaluate(() => window.__newsgraph!.edges()))!;
  expect(await page.evaluate((k) => window.__newsgraph!.visibleEdges().includes(k), called.key)).toBe(true);
  const min = (await page.locator('.range-label strong').first().textContent())!;
  const to = page.locator('input[aria-label="To date"]');
  await to.focus();
  await page.keyboard.press('Home');
  const days = Math.round((Date.parse('2020-10-06') - Date.parse(min)) / 86_400_000);
  for (let i = 0; i < days; i += 1) await page.keyboard.press('ArrowRight');
  await hasText(page.locator('.range-label strong').nth(1), '2020-10-06', 'exact');
  expect(await page.evaluate((k) => window.__newsgraph!.visibleEdges().includes(k), called.key)).toBe(false);
  expect(await page.evaluate(() => window.__newsgraph!.visibleNodes())).not.toContain('ilham-aliyev');
  // The store still has it: filters hide, they do not delete.
  expect(await page.evaluate((k) => window.__newsgraph!.edges().some((e) => e.key === k), called.key)).toBe(true);
  await page.waitForTimeout(300);
  await shoot(page, 'date-slider-before-call');
  await page.keyboard.press('ArrowRight');
  await hasText(page.locator('.range-label strong').nth(1), '2020-10-07', 'exact');
  expect(await page.evaluate((k) => window.__newsgraph!.visibleEdges().includes(k), called.key)).toBe(true);
});

test('GEXF export of the screen parses with the same node count', async () => {
  const { page } = await open();
  await searchAndChoose(page, 'Putin', 'vladimir-putin');
  const visible = await page.evaluate(() => window.__newsgraph!.visibleNodes());
  await page.click('button:has-text("Export")');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-format=gexf]')]);
  expect(download.suggestedFilename()).toMatch(/\.gexf$/);
  const file = await download.path();
  const xml = fs.readFileSync(file, 'utf8');
  const g = parseGexf(Graph, xml);
  expect(g.order).toBe(visible.length);
  expect(g.nodes().sort()).toEqual([...visible].sort());
  await shoot(page, 'export-gexf');
});

test('expand, undo and redo; the shared URL reopens the same view', async () => {
  const { page } = await open();
  await searchAndChoose(page, 'Putin', 'vladimir-putin');
  const before = (await page.evaluate(() => window.__newsgraph!.nodes())).length;
  const p = await screenPoint(page, 'node', 'ilham-aliyev');
  await page.mouse.dblclick(p.x, p.y);
  await page.waitForFunction((n) => window.__newsgraph!.nodes().length > n, before, { timeout: 30_000 });
  await idle(page);
  const expanded = (await page.evaluate(() => window.__newsgraph!.nodes())).length;
  expect(await page.evaluate(() => window.__newsgraph!.expanded())).toContain('ilham-aliyev');
  await page.mouse.click(5, 300); // focus the page, off any input
  await page.keyboard.press('Control+z');
  await page.waitForFunction((n) => window.__newsgraph!.nodes().length === n, before);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction((n) => window.__newsgraph!.nodes().length === n, expanded);

  // Drag a node somewhere else: positions are part of the view.
  const q = await screenPoint(page, 'node', 'vladimir-putin');
  await page.mouse.move(q.x, q.y);
  await page.mouse.down();
  await page.mouse.move(q.x + 60, q.y + 40, { steps: 6 });
  await page.mouse.up();

  const nodes = await page.evaluate(() => window.__newsgraph!.nodes().sort());
  await page.waitForFunction((ids) => ids.every((id) => location.hash.includes(`${id}~`)), nodes);
  await page.waitForTimeout(600); // the URL follows the camera and positions, debounced
  const url = page.url();
  const positions = await positionsOf(page);
  await shoot(page, 'share-before');

  const second = await open(url);
  await second.page.waitForFunction((n) => window.__newsgraph!.nodes().length === n, nodes.length, { timeout: 30_000 });
  await idle(second.page);
  expect(await second.page.evaluate(() => window.__newsgraph!.nodes().sort())).toEqual(nodes);
  const reopened = await positionsOf(second.page);
  for (const n of nodes) {
    expect(Math.abs(reopened[n]![0] - positions[n]![0])).toBeLessThan(0.01);
    expect(Math.abs(reopened[n]![1] - positions[n]![1])).toBeLessThan(0.01);
  }
  expect(await second.page.evaluate(() => window.__newsgraph!.seeds())).toEqual(['vladimir-putin']);
  expect(await second.page.evaluate(() => window.__newsgraph!.expanded())).toEqual(['ilham-aliyev']);
  await second.page.waitForTimeout(500);
  await shoot(second.page, 'share-reopened');
}, 150_000);

test('an entity named like markup renders literally and runs nothing', async () => {
  const { page } = await open();
  await page.keyboard.press('/');
  await page.keyboard.type('onerror');
  const option = page.locator('.search-results li[role=option]').first();
  await option.waitFor({ timeout: 15_000 });
  await hasText(option.locator('.result-name'), XSS, 'exact');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__newsgraph!.nodes().includes('xss-test-entity'), null, { timeout: 30_000 });
  await idle(page);
  await hasText(page.locator('.details-head h2'), XSS, 'exact');
  // Putin came along through the test relation; its row names the entity as text too.
  await hasText(page.locator('.rel-row .other').first(), 'Vladimir Putin', 'exact');
  expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  await page.waitForTimeout(600);
  await shoot(page, 'xss-literal');
});
