// Reads and validates the lexicon files (the only I/O of the extractor). actors.json is the
// curated actor file and may be absent while it is being written; world.json and the rule files
// are required.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ActorsFile } from '../../graph/seed-files';
import { buildLexicon, type Lexicon, type LexiconInput } from './lexicon';
import { ModalityFile, PatternsFile, TriggersFile, WorldFile } from './lexicon-schema';

export const DEFAULT_LEXICON_DIR = join(process.cwd(), 'seeds', 'lexicon');

function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

export function readLexiconFiles(dir = DEFAULT_LEXICON_DIR): LexiconInput {
  const actorsFile = join(dir, 'actors.json');
  return {
    actors: existsSync(actorsFile) ? readJson(actorsFile, ActorsFile) : [],
    world: readJson(join(dir, 'world.json'), WorldFile),
    triggers: readJson(join(dir, 'triggers.json'), TriggersFile),
    patterns: readJson(join(dir, 'patterns.json'), PatternsFile),
    modality: readJson(join(dir, 'modality.json'), ModalityFile),
  };
}

export function loadLexicon(dir = DEFAULT_LEXICON_DIR): Lexicon {
  return buildLexicon(readLexiconFiles(dir));
}
