// Runs the extractor over the seed articles and scores it against the gold. Reads files (the
// articles, their metadata, the gold, the lexicon); the scoring itself is pure (score.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticlesFile, RelationsFile } from '../../graph/seed-files';
import { extractRelations } from '../extract/extract';
import type { Lexicon } from '../extract/lexicon';
import { loadLexicon } from '../extract/lexicon-load';
import type { ExtractedRelation } from '../extract/types';
import { goldByArticle } from './gold';
import { score, type Score } from './score';

export interface SeedRun {
  article: string;
  date: string;
  relations: ExtractedRelation[];
}

export interface SeedEvaluation {
  /** Per article, counts summed: the headline number. */
  score: Score;
  /** All articles pooled into one set each side: forgives a relation found in another article than the one quoted. */
  pooled: Score;
  runs: SeedRun[];
  /** Exact matches whose modality agrees with the gold's. */
  modalityAgreement: number;
}

export function evaluateSeeds(root = process.cwd(), lexicon?: Lexicon): SeedEvaluation {
  const lex = lexicon ?? loadLexicon(join(root, 'seeds', 'lexicon'));
  const articles = ArticlesFile.parse(JSON.parse(readFileSync(join(root, 'seeds', 'articles', 'articles.json'), 'utf8')));
  const gold = goldByArticle(RelationsFile.parse(JSON.parse(readFileSync(join(root, 'seeds', 'relations', 'relations.json'), 'utf8'))));
  const runs: SeedRun[] = articles.map((a) => ({
    article: a.id,
    date: a.date,
    relations: extractRelations(readFileSync(join(root, 'seeds', 'articles', a.file), 'utf8'), { articleDate: a.date, lexicon: lex }),
  }));
  const perArticle = runs.map((r) => ({
    article: r.article,
    gold: gold.get(r.article) ?? [],
    predicted: r.relations.map((x) => ({ subject: x.subject.id, type: x.type, object: x.object.id })),
  }));
  const s = score(perArticle);
  const pooled = score([{ article: 'all', gold: perArticle.flatMap((a) => a.gold), predicted: perArticle.flatMap((a) => a.predicted) }]);
  let agree = 0;
  let matched = 0;
  for (const r of runs) {
    for (const g of gold.get(r.article) ?? []) {
      const hit = r.relations.find((x) => x.type === g.type && ((x.subject.id === g.subject && x.object.id === g.object) || (x.subject.id === g.object && x.object.id === g.subject)));
      if (!hit) continue;
      matched++;
      if (hit.modality === g.modality) agree++;
    }
  }
  return { score: s, pooled, runs, modalityAgreement: matched === 0 ? 0 : agree / matched };
}
