// `npm run bench -- --smoke` end to end, so the benchmark suite cannot rot: every part (load, API,
// client in Chromium, extraction, memory) runs at a tiny size against its own Neo4j and writes a
// result file the report can read back. No speed thresholds here: the figures are checked for being
// measured (present, positive, error-free), not for being fast — `npm run bench` judges speed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodePng, inkPixels } from '../e2e/png';
import { readResult } from '../../bench/read-result';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-')), 'smoke.json');
let exit: { code: number | null; stderr: string; stdout: string };

beforeAll(async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/bench.ts', '--smoke', '--out', out], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => { stdout += b.toString(); });
  child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), 540_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  exit = { code, stderr, stdout };
}, 560_000);

test('the smoke run exits 0 and prints the report', () => {
  if (exit.code !== 0) throw new Error(`bench --smoke exited ${exit.code}:\n${exit.stderr.slice(-3000)}`);
  expect(exit.stdout).toMatch(/newsgraph benchmarks .*SMOKE/);
});

test('every part was measured and written to the result file', () => {
  const r = readResult(out);
  expect(r.smoke).toBe(true);
  expect(r.sizes).toHaveLength(1);
  const s = r.sizes[0]!;
  // Load: the project's loader and the bare baseline loaded every relation.
  expect(s.load).not.toBeNull();
  expect(Object.keys(s.load!.variants)).toEqual(expect.arrayContaining(['loader', 'bare-1000']));
  for (const v of Object.values(s.load!.variants)) {
    expect(v.medianRelPerSec).toBeGreaterThan(0);
    for (const run of v.runs) expect(run.loaded).toBe(s.relations);
  }
  expect(s.load!.ratioVsBare1000).toBeGreaterThan(0);
  // API: every endpoint answered without errors, through HTTP and directly.
  expect(s.api!.length).toBeGreaterThanOrEqual(6);
  for (const row of s.api!) {
    expect(row.api.samples).toBeGreaterThan(0);
    expect(row.api.errors).toBe(0);
    expect(row.direct.errors).toBe(0);
    expect(row.api.p50).toBeGreaterThan(0);
    expect(row.ratioP50).toBeGreaterThan(0);
    // The server said how long it held each request (Server-Timing), so the overhead can be split.
    expect(row.api.serverP50).toBeGreaterThan(0);
    expect(row.serverRatioP50).toBeGreaterThan(0);
  }
  expect(s.hubDepth2?.status).toBe(200);
  expect(s.memory.jvmPeakMiB).toBeGreaterThan(0);
  expect(s.memory.serverPeakMiB).toBeGreaterThan(0);
  // Client: both pages drew frames while the camera moved.
  expect(r.client!.rows.length).toBeGreaterThan(0);
  for (const row of r.client!.rows) {
    for (const page of [row.bare, row.app]) {
      expect(page).not.toBeNull();
      expect(page!.panned).toBe(true);
      expect(page!.frames).toBeGreaterThan(10);
      expect(page!.frameMs).toBeGreaterThan(0);
      expect(page!.firstFrameMs).toBeGreaterThan(0);
    }
    expect(row.app!.frameUiHiddenMs).toBeGreaterThan(0);
  }
  expect(r.extraction!.sentencesPerSecond).toBeGreaterThan(0);
});

test('both client pages drew the graph (their canvases are not blank)', () => {
  const shots = out.replace(/\.json$/, '-shots');
  for (const kind of ['app', 'bare']) {
    // As opened, and at the camera the frames were timed from.
    const files = fs.readdirSync(shots).filter((f) => f.startsWith(`client-${kind}-`) && f.endsWith('.png'));
    expect(files.some((f) => f.endsWith('-home.png'))).toBe(true);
    expect(files.some((f) => !f.endsWith('-home.png'))).toBe(true);
    for (const file of files) {
      const img = decodePng(fs.readFileSync(path.join(shots, file)));
      // 82 nodes and their relations on a 1280 × 800 canvas: thousands of drawn pixels, not a handful.
      expect(inkPixels(img)).toBeGreaterThan(2_000);
    }
  }
});
