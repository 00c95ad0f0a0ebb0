// The client benchmark: headless Chromium (the system's, never a downloaded one) opens the same
// graph in the app (through its shared-view URL, which fetches it from POST /api/export) and in
// the bare sigma page, alternating which goes first. Per page: response → first frame, frame time
// while the camera moves (GPU work included), mouse pan steps, and ForceAtlas2 iterations/s.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HOME_CAMERA } from '../../client/render/frame-cost';
import { inducedSubgraph } from '../../server/graph/subgraph';
import type { Db } from '../../server/neo4j/db';
import { mulberry32 } from '../gen/rng';
import { median } from '../stats';
import { APP_READY, BARE_READY, PROBE } from './probe';
import { formatHot, hotFunctions, type CpuProfile } from './profile';
import { weightedSample } from './sample';
import { serveBare } from './static';

/** The app opens at most this many nodes from a URL (ExportBody caps nodeIds at 50,000). */
export const APP_MAX_NODES = 50_000;

/** The part of the app's window.__newsgraph debugging hook (client/app/debug-hook.ts) used here; declared
 *  locally so this file does not depend on the client's sources while they change. */
interface Hooked { __newsgraph?: { canvasRect(): { x: number; y: number; width: number; height: number } | null; visibleNodes(): string[]; nodeViewport(id: string): { x: number; y: number } | null } }

export interface PageFigures {
  firstFrameMs: number;
  /** Median time of a frame rendered while the camera moves, waited for to the end (GPU included). */
  frameMs: number;
  /** Median requestAnimationFrame interval during the mouse pan and zoom (blind to queued GPU work). */
  rafFrameMs: number;
  /** Median wall time of one mouse step of the pan (input → handled, hover picking included). */
  panStepMs: number;
  /** App only: the same frames with every element but the graph canvas hidden (a diagnostic: how much
   *  of the app's frame is its panels, composited by the same GPU process). */
  frameUiHiddenMs?: number;
  /** App only: the same frames after 3 s without input (a diagnostic for work left running after a pan). */
  frameSettledMs?: number;
  /** App only: the length of the page's URL after the pan (the shared-view fragment). */
  urlChars?: number;
  frames: number; fa2PerSec: number; panned: boolean; panSteps: number;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Frames rendered and timed one by one (after the mouse pan). */
const TIMED_FRAMES = 30;

/** Mouse steps of the pan, and the most time they may take: a page too slow to pan must not stall the run for minutes. */
const PAN_STEPS = 60;
const PAN_BUDGET_MS = 30_000;
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

async function measurePage(page: Page, kind: 'app' | 'bare', url: string, profileTo: string | null, shotTo: string, log: (m: string) => void): Promise<PageFigures> {
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
  // The canvas as measured, to look at: a blank one would make every figure meaningless.
  fs.mkdirSync(path.dirname(shotTo), { recursive: true });
  await page.screenshot({ path: shotTo, clip: rect });
  const probeNode = await page.evaluate((k) => (k === 'app' ? (window as unknown as Hooked).__newsgraph?.visibleNodes()[0] ?? null : null), kind);
  const where = () => page.evaluate((id) => (id ? (window as unknown as Hooked).__newsgraph?.nodeViewport(id) ?? null : (window as unknown as { __bare: { cam(): unknown } }).__bare.cam()), probeNode);
  const before = JSON.stringify(await where());
  const f0 = await page.evaluate(() => (window as unknown as { __bench: { frames: number[] } }).__bench.frames.length);
  const x0 = rect.x + 12;
  const y0 = rect.y + 12;
  const cdp = profileTo ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 250 }); await cdp.send('Profiler.start'); }
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const panStart = Date.now();
  let panSteps = 0;
  const stepMs: number[] = [];
  for (let i = 1; i <= PAN_STEPS && Date.now() - panStart < PAN_BUDGET_MS; i++) {
    const t = performance.now();
    await page.mouse.move(x0 + i * 6, y0 + i * 4);
    stepMs.push(performance.now() - t);
    panSteps = i;
  }
  await page.mouse.up();
  if (panSteps < PAN_STEPS) log(`  ${kind}: the pan stopped after ${panSteps}/${PAN_STEPS} steps (${PAN_BUDGET_MS / 1000} s budget)`);
  const panned = JSON.stringify(await where()) !== before;
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, i < 4 ? -200 : 200); await page.waitForTimeout(60); }
  await page.waitForTimeout(300);
  if (cdp && profileTo) {
    const { profile } = await cdp.send('Profiler.stop') as { profile: CpuProfile };
    fs.mkdirSync(path.dirname(profileTo), { recursive: true });
    fs.writeFileSync(profileTo, JSON.stringify(profile));
    log(`  ${kind} CPU profile while panning and zooming → ${profileTo}\n${formatHot(hotFunctions(profile)).replace(/^/gm, '    ')}`);
    await cdp.detach();
  }
  const frames = await page.evaluate((from) => (window as unknown as { __bench: { frames: number[] } }).__bench.frames.slice(from), f0);
  const deltas = frames.slice(1).map((t, i) => t - frames[i]!);
  const timed = await page.evaluate(([k, n]) => (k === 'app'
    ? (window as unknown as { __newsgraph: { measureFrames(n: number): number[] } }).__newsgraph.measureFrames(n)
    : (window as unknown as { __bare: { measureFrames(n: number): number[] } }).__bare.measureFrames(n)), [kind, TIMED_FRAMES] as const);
  if (timed.length === 0) throw new Error(`${kind}: no frames could be timed (no WebGL canvas?)`);
  // Each page's picture at the camera its frames were timed from (sigma's home state): both must look alike.
  await page.evaluate(([k, home]) => {
    const w = window as unknown as { __newsgraph?: { setCamera(s: typeof home): void }; __bare?: { setCamera(s: typeof home): void } };
    (k === 'app' ? w.__newsgraph : w.__bare)?.setCamera(home);
  }, [kind, HOME_CAMERA] as const);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: shotTo.replace(/\.png$/, '-home.png'), clip: rect });
  // Diagnostics (app only): the same frames again after 3 s of quiet, then with the panels hidden.
  let settled: number[] = [];
  let urlChars = 0;
  if (kind === 'app') {
    await page.waitForTimeout(3000);
    settled = await page.evaluate((n) => (window as unknown as { __newsgraph: { measureFrames(n: number): number[] } }).__newsgraph.measureFrames(n), TIMED_FRAMES);
    urlChars = await page.evaluate(() => location.href.length);
  }
  const uiHidden = kind === 'app' ? await page.evaluate((n) => {
    const w = window as unknown as { __newsgraph: { canvasRect(): { x: number; y: number; width: number; height: number } | null; measureFrames(n: number): number[] } };
    const r = w.__newsgraph.canvasRect();
    const hit = r ? document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) : null;
    const container = hit?.parentElement;
    if (!container) return [];
    // Everything beside the canvas's container and beside each of its ancestors, so the layout stays put.
    const hidden: [HTMLElement, string][] = [];
    for (let el: HTMLElement | null = container; el && el !== document.body; el = el.parentElement) {
      for (const sib of Array.from(el.parentElement?.children ?? [])) {
        if (sib !== el && sib instanceof HTMLElement) { hidden.push([sib, sib.style.visibility]); sib.style.visibility = 'hidden'; }
      }
    }
    try { return w.__newsgraph.measureFrames(n); } finally { for (const [el, v] of hidden) el.style.visibility = v; }
  }, TIMED_FRAMES) : [];

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
  return {
    firstFrameMs, frameMs: median(timed), rafFrameMs: median(deltas), panStepMs: median(stepMs),
    ...(uiHidden.length ? { frameUiHiddenMs: median(uiHidden) } : {}), ...(settled.length ? { frameSettledMs: median(settled), urlChars } : {}),
    frames: deltas.length, fa2PerSec, panned, panSteps,
  };
}

/** The size of the app's graph canvas in the benchmark's window (an empty app, nothing loaded). */
async function appCanvasSize(browser: Browser, url: string): Promise<{ width: number; height: number } | null> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => !!(window as unknown as Hooked).__newsgraph?.canvasRect(), undefined, { timeout: 60_000, polling: 200 });
    const r = await page.evaluate(() => (window as unknown as Hooked).__newsgraph!.canvasRect()!);
    return { width: Math.round(r.width), height: Math.round(r.height) };
  } catch {
    return null;
  } finally {
    await ctx.close();
  }
}

export interface ClientOptions {
  db: Db; root: string; appNote: string | null;
  /** Starts the app's server for one view, its export capped at that view's edge count (null: the app is not built). */
  startApp: ((edgeLimit: number) => Promise<{ url: string; stop(): Promise<void> }>) | null; sizes: { nodes: number; edges: number }[]; runs: number; log: (m: string) => void;
  /** Folder for CPU profiles of each page's pan (first run of each size), or null. */
  profileDir: string | null;
  /** Folder for screenshots of each page, every run: as opened, and at the camera its frames start from (`-home`). */
  shotsDir: string;
}

export async function runClient(o: ClientOptions): Promise<ClientRow[]> {
  const dir = buildBarePage(o.root);
  const bare = await serveBare(dir);
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const rows: ClientRow[] = [];
  let appBroken = false;
  try {
    // Every entity's degree, read once for all views (250,000 rows at 1M).
    const all = (await o.db.driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)--() } AS degree', {}, { database: o.db.database })).records
      .map((r) => ({ id: String(r.get('id')), weight: Number(r.get('degree')) }));
    for (const [sizeIndex, size] of o.sizes.entries()) {
      // A seeded, degree-weighted sample of entities (bench/client/sample.ts) with every relation
      // among them up to the edge count asked: the app opens a view from node ids alone (the URL
      // carries no edges), so both pages get the same induced subgraph from the export route's query.
      const ids = weightedSample(all, size.nodes, mulberry32(7));
      const graph = await inducedSubgraph(o.db, ids, size.edges, { timeoutMs: 120_000 });
      const pos = positions(ids);
      bare.setGraph(JSON.stringify({ graph, positions: pos }));
      const useApp = o.startApp !== null && ids.length <= APP_MAX_NODES && !appBroken;
      const appNote = o.startApp === null ? o.appNote : ids.length > APP_MAX_NODES ? `n/a (the app opens at most ${APP_MAX_NODES.toLocaleString('en-US')} nodes from a view URL)` : null;
      const fragment = `#pos=${ids.map((id) => `${id}~${pos[id]![0]}~${pos[id]![1]}`).join(',')}`;
      const got: { app: PageFigures[]; bare: PageFigures[] } = { app: [], bare: [] };
      const failures: Partial<Record<'app' | 'bare', string>> = {};
      const app = useApp ? await o.startApp!(size.edges) : null;
      try {
        // The bare page draws on a canvas of the app's canvas size (the app's panels take the rest).
        const canvas = app ? await appCanvasSize(browser, app.url) : null;
        if (app && !canvas) o.log('  the app\'s canvas size could not be read: the bare page draws on the whole window, which costs it more pixels');
        const bareUrl = canvas ? `${bare.url}/?w=${canvas.width}&h=${canvas.height}` : `${bare.url}/`;
        for (let run = 0; run < o.runs; run++) {
          // The order alternates per run and per view, so with one run neither page always goes first.
          const order: ('app' | 'bare')[] = app && !appBroken ? ((run + sizeIndex) % 2 === 0 ? ['app', 'bare'] : ['bare', 'app']) : ['bare'];
          for (const kind of order) {
            const ctx = await browser.newContext({ viewport: VIEWPORT });
            try {
              const page = await ctx.newPage();
              const profileTo = o.profileDir && run === 0 ? path.join(o.profileDir, `client-${kind}-${ids.length}.cpuprofile`) : null;
              const shotTo = path.join(o.shotsDir, `client-${kind}-${ids.length}${run === 0 ? '' : `-run${run + 1}`}.png`);
              got[kind].push(await measurePage(page, kind, kind === 'app' ? `${app!.url}/${fragment}` : bareUrl, profileTo, shotTo, o.log));
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
      } finally {
        await app?.stop();
      }
      const med = (xs: PageFigures[]): PageFigures | null => (xs.length === 0 ? null : {
        firstFrameMs: median(xs.map((x) => x.firstFrameMs)), frameMs: median(xs.map((x) => x.frameMs)), rafFrameMs: median(xs.map((x) => x.rafFrameMs)),
        panStepMs: median(xs.map((x) => x.panStepMs)), frames: median(xs.map((x) => x.frames)),
        ...(xs.every((x) => x.frameUiHiddenMs !== undefined) ? { frameUiHiddenMs: median(xs.map((x) => x.frameUiHiddenMs!)) } : {}),
        ...(xs.every((x) => x.frameSettledMs !== undefined) ? { frameSettledMs: median(xs.map((x) => x.frameSettledMs!)), urlChars: Math.max(...xs.map((x) => x.urlChars ?? 0)) } : {}),
        fa2PerSec: median(xs.map((x) => x.fa2PerSec)), panned: xs.every((x) => x.panned), panSteps: Math.min(...xs.map((x) => x.panSteps)),
      });
      const ratios = got.app.length === got.bare.length ? got.app.map((a, i) => a.frameMs / got.bare[i]!.frameMs) : [];
      const note = appNote ?? (failures.app && got.app.length === 0 ? `n/a (failed: ${failures.app})` : null);
      const row: ClientRow = { nodes: graph.nodes.length, edges: graph.edges.length, bare: med(got.bare), app: med(got.app), appNote: note, ratioFrame: ratios.length ? median(ratios) : null };
      const fig = (p: PageFigures) => `frame ${p.frameMs.toFixed(1)} ms${p.frameUiHiddenMs === undefined ? '' : ` (${p.frameSettledMs?.toFixed(1)} after 3 s quiet, ${p.frameUiHiddenMs.toFixed(1)} with the panels hidden; URL ${p.urlChars} chars)`} (rAF ${p.rafFrameMs.toFixed(1)}, pan step ${p.panStepMs.toFixed(0)} ms), first ${p.firstFrameMs.toFixed(0)} ms, FA2 ${p.fa2PerSec.toFixed(1)}/s`;
      o.log(`  client ${row.nodes} nodes / ${row.edges} edges: bare ${row.bare ? fig(row.bare) : 'n/a'}; app ${row.app ? fig(row.app) : note}`);
      rows.push(row);
    }
  } finally {
    await browser.close();
    await bare.close();
    fs.rmSync(path.join(o.root, '.tmp', 'bench-client-bare'), { recursive: true, force: true });
  }
  return rows;
}
