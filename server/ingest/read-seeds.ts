// Reads the seed files from disk, validating each with its zod schema (a bad file names itself).
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ActorsFile, ArticlesFile, RelationsFile, type Actor, type ArticleMeta, type CuratedRelation } from '../graph/seed-files';

export function readJsonFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `  at ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${file} is not valid:\n${first}`);
  }
  return parsed.data;
}

/** The lexicon's actors: actors.json (curated) over world.json (generated), actors.json winning. */
export function readActors(root: string): Actor[] {
  const dir = path.join(root, 'seeds', 'lexicon');
  const byId = new Map<string, Actor>();
  const world = path.join(dir, 'world.json');
  if (fs.existsSync(world)) for (const a of readJsonFile(world, ActorsFile)) byId.set(a.id, a);
  for (const a of readJsonFile(path.join(dir, 'actors.json'), ActorsFile)) byId.set(a.id, a);
  return [...byId.values()];
}

export interface SeedFiles { articles: { meta: ArticleMeta; text: string }[]; actors: Actor[]; relations: CuratedRelation[] }

export function readSeedFiles(root: string): SeedFiles {
  const dir = path.join(root, 'seeds');
  const metas = readJsonFile(path.join(dir, 'articles', 'articles.json'), ArticlesFile);
  const articles = metas.map((meta) => ({ meta, text: fs.readFileSync(path.join(dir, 'articles', meta.file), 'utf8') }));
  return { articles, actors: readActors(root), relations: readJsonFile(path.join(dir, 'relations', 'relations.json'), RelationsFile) };
}
