// `npm run bench -- [--size 10k,100k] [--only load,api,client,extract] [--runs 3] [--smoke]`:
// the benchmark suite (bench/). Prints the tables and writes bench-results/bench-<time>.json.
// Separate from the tests; `--smoke` runs every part at tiny sizes in about a minute (for CI).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseArgs, SizeList } from '../../bench/args';
import { readResult } from '../../bench/read-result';
import { renderReport } from '../../bench/report';
import { runSuite, type Part } from '../../bench/suite';
import { loadConfig } from '../config/env';
import { runCli } from './run';

const PARTS = ['load', 'api', 'client', 'extract'] as const;

const Args = z.object({
  size: SizeList.optional(),
  only: z.string().transform((s) => s.split(',').map((x) => x.trim())).pipe(z.array(z.enum(PARTS)).min(1)).optional(),
  runs: z.coerce.number().int().min(1).max(50).optional(),
  seed: z.coerce.number().int().min(0).default(1),
  smoke: z.literal(true).optional(),
  'api-ms': z.coerce.number().int().min(100).max(60_000).optional(),
  'client-nodes': SizeList.optional(),
  heap: z.string().regex(/^\d+[mg]$/).optional(),
  pagecache: z.string().regex(/^\d+[mg]$/).optional(),
  'loader-cap-s': z.coerce.number().int().min(0).max(86_400).optional(),
  /** Record a CPU profile of each client page while it pans (written beside the result file). */
  profile: z.literal(true).optional(),
  /** Re-render the tables of an earlier (or partial) result file instead of running. */
  report: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
}).strict();

runCli(async () => {
  const a = parseArgs(Args, process.argv.slice(2));
  if (a.report) {
    console.log(renderReport(readResult(a.report)));
    return;
  }
  // Our own Neo4j always: NEO4J_URI (someone's real database) must never be wiped by a benchmark.
  const cfg = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const smoke = a.smoke === true;
  const started = new Date().toISOString();
  const file = a.out ?? path.join(cfg.root, 'bench-results', `bench-${started.replace(/[:.]/g, '-')}${smoke ? '-smoke' : ''}.json`);
  const write = (r: object) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  };
  const result = await runSuite(cfg, {
    sizes: a.size ?? (smoke ? [400] : [10_000, 100_000]),
    parts: (a.only ?? [...PARTS]) as Part[],
    runs: a.runs ?? (smoke ? 1 : 3),
    seed: a.seed,
    smoke,
    apiWindowMs: a['api-ms'] ?? (smoke ? 200 : 1000),
    connections: [1, 16, 64],
    clientNodes: a['client-nodes'] ?? (smoke ? [150] : [1_000, 10_000, 20_000]),
    heap: a.heap ?? cfg.NEO4J_HEAP,
    pagecache: a.pagecache ?? cfg.NEO4J_PAGECACHE,
    loaderCapS: a['loader-cap-s'] ?? (smoke ? 0 : 120),
    profileDir: a.profile ? file.replace(/\.json$/, '-profiles') : null,
    shotsDir: file.replace(/\.json$/, '-shots'),
  }, (partial) => write({ ...partial, partial: true }));
  const report = renderReport(result);
  console.log(`\n${report}`);
  write({ ...result, report });
  console.log(`\nwrote ${path.relative(cfg.root, file)}`);
});
