// The generator's file format: one JSON value per line (meta, then entities, then article
// bundles), so a 1M-relation file is written and read as a stream. Reading validates every line
// with zod: a hand-edited or truncated file fails on its line number, not deep inside Neo4j.
import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import type { ArticleBundle, EntityRow } from '../../server/ingest/rows';
import type { Generated } from './generate';

const Props = z.record(z.string(), z.unknown());
const Entity = z.object({ id: z.string(), entityType: z.string(), props: z.object({ name: z.string(), nameVi: z.string(), aliases: z.array(z.string()), searchAliases: z.string(), entityType: z.string() }) });
const Bundle = z.object({
  article: z.object({ id: z.string(), props: z.object({ title: z.string(), date: z.string(), source: z.string(), language: z.string(), url: z.string().nullable(), text: z.string(), contentHash: z.string() }) }),
  sentences: z.array(z.object({ id: z.string(), articleId: z.string(), props: z.object({ articleId: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() }) })),
  evidence: z.array(z.object({ id: z.string(), sentenceId: z.string(), props: Props })),
  relations: z.array(z.object({ id: z.string(), type: z.string(), subject: z.string(), object: z.string(), date: z.string().nullable(), knownFrom: z.string().nullable(), props: Props })),
});
const Line = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meta'), relations: z.number().int(), seed: z.number().int(), entities: z.number().int() }),
  z.object({ kind: z.literal('entity'), row: Entity }),
  z.object({ kind: z.literal('article'), row: Bundle }),
]);

export async function writeNdjson(g: Generated, file: string): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (v: unknown) => (out.write(`${JSON.stringify(v)}\n`) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write({ kind: 'meta', ...g.options });
  for (const row of g.entities) await write({ kind: 'entity', row });
  for (const row of g.articles()) await write({ kind: 'article', row });
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

export async function* readNdjson(file: string): AsyncGenerator<{ kind: 'entity'; row: EntityRow } | { kind: 'article'; row: ArticleBundle }> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n += 1;
    if (!text.trim()) continue;
    const parsed = Line.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (parsed.data.kind !== 'meta') yield parsed.data as { kind: 'entity'; row: EntityRow } | { kind: 'article'; row: ArticleBundle };
  }
}
