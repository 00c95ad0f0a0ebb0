// The API benchmark at one database size: every endpoint at 1, 16 and 64 connections, through
// HTTP to the child server (A) and in-process through the driver (B), alternating A/B order per
// run; figures are medians over runs, the ratio is the median of per-run API÷direct p50 ratios.
import type { Db } from '../../server/neo4j/db';
import { median, percentile } from '../stats';
import { agentFor, closedLoop, httpCaller, type LoopResult, type Window } from './loadgen';
import type { Endpoint } from './endpoints';

export interface Figures {
  p50: number; p95: number; p99: number; rps: number; samples: number; errors: number;
  /** p50 of the time the server itself held the requests (Server-Timing), API side only. */
  serverP50?: number;
}
export interface ApiRow {
  endpoint: string; connections: number; api: Figures; direct: Figures; ratioP50: number;
  /** Median of per-run server-held p50 ÷ direct p50: the API's overhead without the HTTP hop. */
  serverRatioP50?: number;
  statuses: Record<string, number>;
}

function figures(r: LoopResult): Figures {
  return {
    p50: percentile(r.latencies, 50), p95: percentile(r.latencies, 95), p99: percentile(r.latencies, 99),
    rps: r.latencies.length / (r.elapsedMs / 1000), samples: r.latencies.length, errors: r.errors,
    ...(r.serverMs.length ? { serverP50: percentile(r.serverMs, 50) } : {}),
  };
}

const medianOf = (fs: Figures[]): Figures => ({
  p50: median(fs.map((f) => f.p50)), p95: median(fs.map((f) => f.p95)), p99: median(fs.map((f) => f.p99)),
  rps: median(fs.map((f) => f.rps)), samples: fs.reduce((n, f) => n + f.samples, 0), errors: fs.reduce((n, f) => n + f.errors, 0),
  ...(fs.every((f) => f.serverP50 !== undefined) ? { serverP50: median(fs.map((f) => f.serverP50!)) } : {}),
});

export async function runApi(o: { url: string; db: Db; endpoints: Endpoint[]; connections: number[]; runs: number; window: Window; log: (m: string) => void }): Promise<ApiRow[]> {
  const rows: ApiRow[] = [];
  for (const ep of o.endpoints) {
    for (const c of o.connections) {
      const agent = agentFor(c);
      const call = httpCaller(o.url, ep.target, agent);
      const direct = async () => { await ep.direct(o.db); return 'ok'; };
      const api: Figures[] = [];
      const dir: Figures[] = [];
      const ratios: number[] = [];
      const serverRatios: number[] = [];
      const statuses: Record<string, number> = {};
      for (let run = 0; run < o.runs; run++) {
        const order = run % 2 === 0 ? ['api', 'direct'] as const : ['direct', 'api'] as const;
        const got: Partial<Record<'api' | 'direct', Figures>> = {};
        for (const side of order) {
          const r = await closedLoop(c, o.window, side === 'api' ? call : direct);
          got[side] = figures(r);
          if (side === 'api') for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
        }
        api.push(got.api!);
        dir.push(got.direct!);
        ratios.push(got.api!.p50 / got.direct!.p50);
        if (got.api!.serverP50 !== undefined) serverRatios.push(got.api!.serverP50 / got.direct!.p50);
      }
      agent.destroy();
      const row: ApiRow = {
        endpoint: ep.name, connections: c, api: medianOf(api), direct: medianOf(dir), ratioP50: median(ratios),
        ...(serverRatios.length === o.runs ? { serverRatioP50: median(serverRatios) } : {}), statuses,
      };
      const server = row.serverRatioP50 === undefined ? '' : ` (in the server ${row.api.serverP50!.toFixed(1)} ms, ${row.serverRatioP50.toFixed(2)}×)`;
      o.log(`  ${ep.name} ×${c}: API p50 ${row.api.p50.toFixed(1)} ms${server}, direct ${row.direct.p50.toFixed(1)} ms, ratio ${row.ratioP50.toFixed(2)}${row.api.errors ? `, ${row.api.errors} errors ${JSON.stringify(statuses)}` : ''}`);
      rows.push(row);
    }
  }
  return rows;
}

/** The depth-2 neighbourhood of the biggest hub: must come back bounded and say it was cut. */
export async function hubDepth2Check(url: string, hub: string): Promise<{ ms: number; status: number; edges: number; limit: number; truncated: boolean }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/subgraph?seeds=${encodeURIComponent(hub)}&depth=2`);
  const body = (await res.json()) as { graph?: { edges?: unknown[] }; truncated?: boolean };
  return { ms: performance.now() - t0, status: res.status, edges: body.graph?.edges?.length ?? 0, limit: 200, truncated: body.truncated === true };
}
