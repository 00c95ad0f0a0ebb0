// The client benchmark: headless Chromium (the system's, never a downloaded one) opens the same
// graph in the app (through its shared-view URL, which fetches it from POST /api/export) and in
// the bare sigma page, alternating which goes first per run. Per page: response → first frame,
// median frame time while the camera pans and zooms, and ForceAtlas2 iterations/s in its worker.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inducedSubgraph } from '../../server/graph/subgraph';
import type { Db } from '../../server/neo4j/db';
import { mulberry32 } from '../gen/rng';
import { median } from '../stats';
import { APP_READY, BARE_READY, PROBE } from './probe';
import { serveBare } from './static';

/** The app opens at most this many nodes from a URL (ExportBody caps nodeIds at 50,000). */
export const APP_MAX_NODES = 50_000;

/** The part of the app's window.__newsgraph debugging hook (client/app/debug-hook.ts) used here; declared
 *  locally so this file does not depend on the client's sources while they change. */
interface Hooked { __newsgraph?: { canvasRect(): { x: number; y: number; width: number; height: number } | null; visibleNodes(): string[]; nodeViewport(id: string): { x: number; y: number } | null } }

export interface PageFigures { firstFrameMs: number; frameMs: number; frames: number; fa2PerSec: number; panned: boolean }
export interface ClientRow { nodes: number; edges: number; bare: PageFigures | null; app: PageFigures | null; appNote: string | null; ratioFrame: number | null }

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  // No GPU here: WebGL only runs on SwiftShader, which current Chromium allows only with these two.
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader'];

export function buildBarePage(root: string): string {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(root, 'bench/client-bare/vite.config.ts')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the bare sigma page failed:\n${r.stderr}`);
  return path.join(root, '.tmp', 'bench-client-bare');
}

/** Deterministic positions in a disc: the layout's quality does not matter for render cost, only that both pages get the same. */
function positions(ids: string[]): Record<string, [number, number]> {
  const r = mulberry32(42);
  const R = Math.sqrt(ids.length) * 10;
  const out: Record<string, [number, number]> = {};
  for (const id of ids) {
    const rad = Math.sqrt(r()) * R;
    const a = r() * 2 * Math.PI;
    out[id] = [Math.round(rad * Math.cos(a) * 100) / 100, Math.round(rad * Math.sin(a) * 100) / 100];
  }
  return out;
}

async function measurePage(page: Page, kind: 'app' | 'bare', url: string): Promise<PageFigures> {
  await page.addInitScript(PROBE + (kind === 'app' ? APP_READY : BARE_READY));
  await page.goto(url);
  // A function, not a string: the app's CSP (script-src 'self') forbids eval, which string predicates use.
  await page.waitForFunction(() => { const b = (window as unknown as { __bench?: { firstFrame: number | null } }).__bench; return !!b && b.firstFrame !== null; }, undefined, { timeout: 90_000, polling: 200 });
  const firstFrameMs = await page.evaluate((k) => {
    const want = k === 'app' ? '/api/export' : '/graph.json';
    const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(want)) as PerformanceResourceTiming | undefined;
    const b = (window as unknown as { __bench: { firstFrame: number } }).__bench;
    return entry ? b.firstFrame - entry.responseEnd : NaN;
  }, kind);
  await page.waitForTimeout(500);

  // Pan from a corner inside sigma's stage padding (no node there, so the press grabs the stage, not a node), then zoom.
  const rect = await page.evaluate((k) => (k === 'app' ? (window as unknown as Hooked).__newsgraph?.canvasRect() : (window as unknown as { __bare: { rect(): DOMRect } }).__bare.rect()) ?? null, kind);
  if (!rect) throw new Error(`${kind}: no canvas`);
  const probeNode = await page.evaluate((k) => (k === 'app' ? (window as unknown as Hooked).__newsgraph?.visibleNodes()[0] ?? null : null), kind);
  const where = () => page.evaluate((id) => (id ? (window as unknown as Hooked).__newsgraph?.nodeViewport(id) ?? null : (window as unknown as { __bare: { cam(): unknown } }).__bare.cam()), probeNode);
  const before = JSON.stringify(await where());
  const f0 = await page.evaluate(() => (window as unknown as { __bench: { frames: number[] } }).__bench.frames.length);
  const x0 = rect.x + 12;
  const y0 = rect.y + 12;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x0 + i * 6, y0 + i * 4);
  await page.mouse.up();
  const panned = JSON.stringify(await where()) !== before;
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, i < 4 ? -200 : 200); await page.waitForTimeout(60); }
  await page.waitForTimeout(300);
  const frames = await page.evaluate((from) => (window as unknown as { __bench: { frames: number[] } }).__bench.frames.slice(from), f0);
  const deltas = frames.slice(1).map((t, i) => t - frames[i]!);

  // FA2: count supervisor iterations (one worker message each) over 3 s, after 0.5 s of spin-up.
  if (kind === 'app') await page.getByRole('button', { name: '▶ Layout' }).click();
  else await page.evaluate(() => (window as unknown as { __bare: { startLayout(): void } }).__bare.startLayout());
  await page.waitForTimeout(500);
  const m0 = await page.evaluate(() => (window as unknown as { __bench: { workerMessages: number } }).__bench.workerMessages);
  const t0 = Date.now();
  await page.waitForTimeout(3000);
  const m1 = await page.evaluate(() => (window as unknown as { __bench: { workerMessages: number } }).__bench.workerMessages);
  const fa2PerSec = (m1 - m0) / ((Date.now() - t0) / 1000);
  if (kind === 'app') await page.getByRole('button', { name: /Stop layout/ }).click().catch(() => {});
  else await page.evaluate(() => (window as unknown as { __bare: { stopLayout(): void } }).__bare.stopLayout());
  return { firstFrameMs, frameMs: median(deltas), frames: deltas.length, fa2PerSec, panned };
}

export interface ClientOptions { db: Db; root: string; appUrl: string | null; appNote: string | null; sizes: { nodes: number; edges: number }[]; runs: number; log: (m: string) => void }

export async function runClient(o: ClientOptions): Promise<ClientRow[]> {
  const dir = buildBarePage(o.root);
  const bare = await serveBare(dir);
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const rows: ClientRow[] = [];
  let appBroken = false;
  try {
    for (const size of o.sizes) {
      // A seeded random sample of entities with their FULL induced subgraph: the app opens a view
      // from node ids alone (the URL carries no edges), so both pages must get every relation among
      // the nodes. (The top-N by degree made a dense core: 1,000 hubs held 52,000 relations at 100k.)
      const all = (await o.db.driver.executeQuery('MATCH (e:Entity) WHERE COUNT { (e)--() } > 0 RETURN e.id AS id ORDER BY e.id', {}, { database: o.db.database })).records.map((r) => String(r.get('id')));
      const rnd = mulberry32(7);
      for (let i = all.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [all[i], all[j]] = [all[j]!, all[i]!]; }
      const ids = all.slice(0, size.nodes);
      const graph = await inducedSubgraph(o.db, ids, size.edges, { timeoutMs: 120_000 });
      const pos = positions(ids);
      bare.setGraph(JSON.stringify({ graph, positions: pos }));
      const useApp = o.appUrl !== null && ids.length <= APP_MAX_NODES && !appBroken;
      const appNote = o.appUrl === null ? o.appNote : ids.length > APP_MAX_NODES ? `n/a (the app opens at most ${APP_MAX_NODES.toLocaleString('en-US')} nodes from a view URL)` : null;
      const fragment = `#pos=${ids.map((id) => `${id}~${pos[id]![0]}~${pos[id]![1]}`).join(',')}`;
      const got: { app: PageFigures[]; bare: PageFigures[] } = { app: [], bare: [] };
      const failures: Partial<Record<'app' | 'bare', string>> = {};
      for (let run = 0; run < o.runs; run++) {
        const order: ('app' | 'bare')[] = useApp && !appBroken ? (run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app']) : ['bare'];
        for (const kind of order) {
          const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          try {
            const page = await ctx.newPage();
            got[kind].push(await measurePage(page, kind, kind === 'app' ? `${o.appUrl}/${fragment}` : `${bare.url}/`));
          } catch (e) {
            // One page failing (the app is changing under us) must not lose the other figures.
            o.log(`  client ${kind} at ${ids.length} nodes failed: ${(e as Error).message.split('\n')[0]}`);
            failures[kind] = (e as Error).message.split('\n')[0]!.slice(0, 160);
            // A page that timed out once will time out again: do not spend minutes per run on it.
            if (kind === 'app') appBroken = true;
          } finally {
            await ctx.close();
          }
        }
      }
      const med = (xs: PageFigures[]): PageFigures | null => (xs.length === 0 ? null : {
        firstFrameMs: median(xs.map((x) => x.firstFrameMs)), frameMs: median(xs.map((x) => x.frameMs)), frames: median(xs.map((x) => x.frames)),
        fa2PerSec: median(xs.map((x) => x.fa2PerSec)), panned: xs.every((x) => x.panned),
      });
      const ratios = got.app.length === got.bare.length ? got.app.map((a, i) => a.frameMs / got.bare[i]!.frameMs) : [];
      const note = appNote ?? (failures.app && got.app.length === 0 ? `n/a (failed: ${failures.app})` : null);
      const row: ClientRow = { nodes: graph.nodes.length, edges: graph.edges.length, bare: med(got.bare), app: med(got.app), appNote: note, ratioFrame: ratios.length ? median(ratios) : null };
      o.log(`  client ${row.nodes} nodes / ${row.edges} edges: bare frame ${row.bare?.frameMs.toFixed(1)} ms, first ${row.bare?.firstFrameMs.toFixed(0)} ms, FA2 ${row.bare?.fa2PerSec.toFixed(1)}/s; app ${row.app ? `frame ${row.app.frameMs.toFixed(1)} ms, first ${row.app.firstFrameMs.toFixed(0)} ms, FA2 ${row.app.fa2PerSec.toFixed(1)}/s` : appNote}`);
      rows.push(row);
    }
  } finally {
    await browser.close();
    await bare.close();
    fs.rmSync(path.join(o.root, '.tmp', 'bench-client-bare'), { recursive: true, force: true });
  }
  return rows;
}
