// Runs the benchmark parts in order for each size: fresh Neo4j → load comparison → API (child
// server) → client (largest size only) → memory; then extraction. Everything is measured, never
// judged here (report.ts compares with the targets).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../server/config/env';
import { benchExtract } from '../server/ingest/extract/bench';
import { startApiChild } from './api/child';
import { endpoints, pickSeeds } from './api/endpoints';
import { hubDepth2Check, runApi } from './api/run';
import { runClient } from './client/run';
import { generate } from './gen/generate';
import { loadOnce, relationCount, type LoadRun, type LoadVariant, variantName } from './load/run';
import { peakRssMiB } from './mem';
import { startFresh } from './neo4j';
import { median } from './stats';
import type { BenchResult, Extraction, LoadResult, SizeResult } from './types';
import { sizeLabel } from './args';
import { onExit } from '../server/cli/run';

export type Part = 'load' | 'api' | 'client' | 'extract';

/** The client views' density: the target's 20k nodes / 50k edges. */
export const CLIENT_EDGES_PER_NODE = 2.5;

export interface SuiteOptions {
  sizes: number[];
  parts: Part[];
  runs: number;
  seed: number;
  smoke: boolean;
  apiWindowMs: number;
  connections: number[];
  clientNodes: number[];
  heap: string;
  pagecache: string;
  /** Seconds after which a run of the project's loader is stopped (0: never). */
  loaderCapS: number;
  /** Folder for the client part's CPU profiles, or null for none. */
  profileDir: string | null;
  /** Folder for the client part's screenshots. */
  shotsDir: string;
}

const say = (m: string) => process.stderr.write(`${m}\n`);

/** Load runs shrink with size: a 1M load takes minutes and this machine is shared. */
export function loadRunsFor(relations: number, runs: number): number {
  return relations >= 100_000 ? 1 : runs;
}

async function loadPart(db: Parameters<typeof loadOnce>[0], g: ReturnType<typeof generate>, o: SuiteOptions): Promise<LoadResult> {
  // The batch-size sweep runs at the small size; big sizes compare the loader with the two useful
  // batch sizes only (a 100k bare load takes minutes on a busy 2-core machine).
  // At 1M the question is whether the loader finishes at all (a bare comparison would add a quarter
  // of an hour; the ratio is measured at 100k).
  const variants: LoadVariant[] = o.smoke
    ? [{ kind: 'loader' }, { kind: 'bare', batch: 1000 }]
    : g.options.relations >= 500_000
      ? [{ kind: 'loader' }]
      : g.options.relations >= 100_000
      ? [{ kind: 'loader' }, { kind: 'bare', batch: 1000 }, { kind: 'bare', batch: 5000 }]
      : [{ kind: 'loader' }, { kind: 'bare', batch: 500 }, { kind: 'bare', batch: 1000 }, { kind: 'bare', batch: 5000 }];
  const runs = loadRunsFor(g.options.relations, o.runs);
  const byName: Record<string, LoadRun[]> = {};
  const ratios: number[] = [];
  let complete = true;
  let loaderCapped = false;
  for (let run = 0; run < runs; run++) {
    // Rotate the order every run, so no variant always loads first (cold) or last (warm).
    const order = variants.map((_, i) => variants[(i + run) % variants.length]!);
    const got: Record<string, LoadRun> = {};
    for (const v of order) {
      const r = await loadOnce(db, g, v, {
        progress: g.options.relations >= 500_000 ? (n) => say(`    ${variantName(v)}: ${n.toLocaleString('en-US')} relations`) : undefined,
        // At 1M the target is a complete load, so the loader is never capped there.
        capMs: v.kind === 'loader' && o.loaderCapS > 0 && g.options.relations < 500_000 ? o.loaderCapS * 1000 : undefined,
      });
      if (r.capped) loaderCapped = true;
      else if (r.loaded !== g.options.relations) complete = false;
      say(`  load run ${run + 1}/${runs} ${r.variant}: ${Math.round(r.relPerSec).toLocaleString('en-US')} relations/s (${(r.ms / 1000).toFixed(1)} s, ${r.loaded.toLocaleString('en-US')} in the database${r.capped ? `; CAPPED after ${o.loaderCapS} s` : ''})`);
      got[r.variant] = r;
      (byName[r.variant] ??= []).push(r);
    }
    if (got.loader && got['bare-1000']) ratios.push(got.loader.relPerSec / got['bare-1000'].relPerSec);
  }
  const out: LoadResult['variants'] = {};
  for (const [k, rs] of Object.entries(byName)) out[k] = { medianRelPerSec: median(rs.map((r) => r.relPerSec)), runs: rs };
  const bare = Object.entries(out).filter(([k]) => k.startsWith('bare-')).sort((a, b) => b[1].medianRelPerSec - a[1].medianRelPerSec);
  return { runs, variants: out, ratioVsBare1000: ratios.length ? median(ratios) : null, bestBare: bare[0]?.[0] ?? null, complete, loaderCapped };
}

/** checkpoint: called with the results so far after every size and part, so a run stopped midway
 *  (a 100k run takes the better part of an hour on a shared machine) still leaves its figures. */
export async function runSuite(cfg: Config, o: SuiteOptions, checkpoint: (r: BenchResult) => void = () => {}): Promise<BenchResult> {
  const t0 = performance.now();
  const result: BenchResult = {
    startedAt: new Date().toISOString(), seconds: 0, smoke: o.smoke,
    machine: { cpus: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadavgStart: os.loadavg(), loadavgEnd: [] },
    options: { ...o }, sizes: [], client: null, extraction: null, benchPeakMiB: null,
  };
  // Ctrl-C or SIGTERM mid-run: stop whatever JVM and API child is up (runCli runs onExit hooks).
  const live = new Set<{ stop(): Promise<void> }>();
  onExit(async () => { for (const x of live) await x.stop(); });
  const dbParts = o.parts.filter((p) => p !== 'extract');
  const largest = Math.max(...o.sizes);
  const appBuilt = fs.existsSync(path.join(cfg.root, 'dist', 'client', 'index.html'));

  for (const relations of dbParts.length ? o.sizes : []) {
    const ts = performance.now();
    say(`\n== ${sizeLabel(relations)} relations ==`);
    const g = generate({ relations, seed: o.seed });
    const neo = await startFresh(cfg, { heap: o.heap, pagecache: o.pagecache, log: (m) => say(`  ${m}`) });
    live.add(neo);
    const size: SizeResult = {
      relations, entities: g.entities.length, articles: 0, load: null, api: null, seeds: null, hubDepth2: null,
      memory: { serverPeakMiB: null, jvmPeakMiB: null, heap: o.heap, pagecache: o.pagecache }, seconds: 0,
    };
    try {
      for (const _ of g.articles()) size.articles += 1;
      if (o.parts.includes('load')) {
        size.load = await loadPart(neo.db, g, o);
        checkpoint({ ...result, sizes: [...result.sizes, size] });
      }
      if (!size.load || (await relationCount(neo.db)) !== relations) {
        // The other parts need every relation in. Bare batches write the identical graph in a
        // fraction of the time the project's loader needs at 100k+ (see bench/load/bare.ts).
        const r = await loadOnce(neo.db, g, { kind: 'bare', batch: 5000 });
        say(`  loaded ${r.loaded.toLocaleString('en-US')} relations (bare-5000) in ${(r.ms / 1000).toFixed(1)} s`);
      }
      // The per-address rate limit is off: every benchmark request comes from one address, and a
      // token bucket would turn the figures into a measurement of 429s.
      const neoEnv = { NEO4J_URI: neo.managed.uri, NEO4J_USER: neo.managed.user, NEO4J_PASSWORD: neo.managed.password, NEO4J_DATABASE: 'neo4j', RATE_LIMIT_PER_MINUTE: '0' };
      if (o.parts.includes('api')) {
        // The console's concurrency cap (4 by default) is lifted so 16 and 64 connections measure queries, not 429s.
        const api = await startApiChild(cfg.root, { ...neoEnv, CYPHER_MAX_CONCURRENT: '256' });
        live.add(api);
        try {
          const seeds = await pickSeeds(neo.db);
          size.seeds = seeds;
          say(`  API: hub ${seeds.hub}, ordinary ${seeds.ordinary} → ${seeds.other}, search "${seeds.searchText}"`);
          const window = { warmupMs: o.smoke ? 100 : 300, durationMs: o.apiWindowMs, minRequests: o.smoke ? 5 : 30, maxMs: o.apiWindowMs * 4 };
          size.api = await runApi({ url: api.url, db: neo.db, endpoints: endpoints(seeds), connections: o.connections, runs: o.runs, window, log: say });
          size.hubDepth2 = await hubDepth2Check(api.url, seeds.hub);
          size.memory.serverPeakMiB = peakRssMiB(api.pid);
          checkpoint({ ...result, sizes: [...result.sizes, size] });
        } finally {
          await api.stop();
          live.delete(api);
        }
      }
      if (o.parts.includes('client') && relations === largest) {
        // One app API child per view, whose SUBGRAPH_MAX_LIMIT is that view's edge count: the
        // export route then keeps the same (strongest, most recent) relations as the bare page's
        // graph. A 20k-node view's id list passes the default 1 MB body limit and its graph the 16 MB
        // answer cap, and a hub-heavy induced subgraph at 1M needs more than the default time.
        const startApp = appBuilt ? async (edgeLimit: number) => {
          const child = await startApiChild(cfg.root, { ...neoEnv, SUBGRAPH_MAX_LIMIT: String(edgeLimit), BODY_LIMIT: '8mb', RESPONSE_MAX_BYTES: '256mb', CYPHER_TIMEOUT_MS: '30000' });
          live.add(child);
          return { url: child.url, stop: async () => { await child.stop(); live.delete(child); } };
        } : null;
        const rows = await runClient({
          db: neo.db, root: cfg.root, startApp, appNote: appBuilt ? null : 'n/a (client not ready: dist/client not built)',
          sizes: o.clientNodes.map((n) => ({ nodes: n, edges: Math.round(n * CLIENT_EDGES_PER_NODE) })), runs: o.runs, log: say, profileDir: o.profileDir, shotsDir: o.shotsDir,
        });
        result.client = { dbRelations: relations, rows };
        checkpoint({ ...result, sizes: [...result.sizes, size] });
      }
      size.memory.jvmPeakMiB = peakRssMiB(neo.pid);
    } finally {
      await neo.stop();
      live.delete(neo);
    }
    size.seconds = (performance.now() - ts) / 1000;
    result.sizes.push(size);
    checkpoint(result);
  }

  if (o.parts.includes('extract')) {
    say('\n== extraction ==');
    const runs: ReturnType<typeof benchExtract>[] = [];
    for (let i = 0; i < o.runs; i++) {
      const r = benchExtract(o.smoke ? { sentences: 2000, warmupSentences: 500, root: cfg.root } : { root: cfg.root });
      say(`  run ${i + 1}/${o.runs}: ${Math.round(r.sentencesPerSecond).toLocaleString('en-US')} sentences/s`);
      runs.push(r);
    }
    const e: Extraction = {
      runs: runs.length, sentences: runs[0]?.sentences ?? 0,
      sentencesPerSecond: median(runs.map((r) => r.sentencesPerSecond)), sentencesPerCpuSecond: median(runs.map((r) => r.sentencesPerCpuSecond)),
    };
    result.extraction = e;
  }
  result.benchPeakMiB = peakRssMiB(process.pid);
  result.machine.loadavgEnd = os.loadavg();
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}
