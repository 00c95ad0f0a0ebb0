// `npm run gen -- --relations 100k --seed 1 [--out file.ndjson]`: a deterministic news-like graph in
// the loader's row shape (see bench/gen/generate.ts). Prints a summary and the rows' checksum;
// with --out, writes NDJSON (meta, entities, article bundles), streaming, so 1M fits in memory.
import { z } from 'zod';
import { parseArgs, SizeArg } from '../../bench/args';
import { checksum, generate } from '../../bench/gen/generate';
import { writeNdjson } from '../../bench/gen/ndjson';
import { statsOf } from '../../bench/gen/stats';
import { runCli } from './run';

const Args = z.object({
  relations: SizeArg,
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(1),
  entities: SizeArg.optional(),
  out: z.string().min(1).optional(),
}).strict();

runCli(async () => {
  const a = parseArgs(Args, process.argv.slice(2));
  const t0 = performance.now();
  const g = generate({ relations: a.relations, seed: a.seed, entities: a.entities });
  const s = statsOf(g.articles());
  console.log(`${s.relations} relations, ${g.entities.length} entities (${s.entitiesUsed} with relations), ${s.articles} articles, ${s.sentences} sentences`);
  console.log(`degree: max ${s.maxDegree} (${s.hub}), median ${s.medianDegree}; bad offsets: ${s.badOffsets}`);
  console.log(`types: ${Object.entries(s.typeShares).sort((x, y) => y[1] - x[1]).map(([t, v]) => `${t} ${(v * 100).toFixed(1)}%`).join(', ')}`);
  console.log(`checksum: ${checksum(g)}`);
  if (a.out) {
    await writeNdjson(g, a.out);
    console.log(`wrote ${a.out}`);
  }
  console.error(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
});
