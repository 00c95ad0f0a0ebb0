// Reads a result file back (for `npm run bench -- --report file`). The outer shape is checked with
// zod; the figures inside are the suite's own output, kept as they are.
import fs from 'node:fs';
import { z } from 'zod';
import type { BenchResult } from './types';

const ResultFile = z.object({
  startedAt: z.string(),
  seconds: z.number(),
  smoke: z.boolean(),
  machine: z.object({ cpus: z.string(), cores: z.number(), memGiB: z.number(), node: z.string(), loadavgStart: z.array(z.number()), loadavgEnd: z.array(z.number()) }),
  sizes: z.array(z.object({ relations: z.number() }).passthrough()),
  client: z.object({ dbRelations: z.number(), rows: z.array(z.object({}).passthrough()) }).nullable(),
  extraction: z.object({ sentencesPerSecond: z.number() }).passthrough().nullable(),
}).passthrough();

export function readResult(file: string): BenchResult {
  const parsed = ResultFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a benchmark result: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data as unknown as BenchResult;
}
