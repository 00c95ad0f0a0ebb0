// Extract → review → load for new articles. Pure extraction, then one transaction per article.
import type { Db } from '../neo4j/db';
import { extractRelations } from './extract/extract';
import type { Lexicon } from './extract/lexicon';
import type { ExtractedRelation } from './extract/types';
import { articleBundleFor, articleIdFor, entityRowsFor, relationIdFor, type ArticleInput } from './extracted-rows';
import { loadArticleBundles } from './load';
import { sha256 } from './rows';

export interface Preview { articleId: string; alreadyIngested: boolean; relations: (ExtractedRelation & { id: string })[] }

export function previewArticle(input: ArticleInput, lexicon: Lexicon): Omit<Preview, 'alreadyIngested'> {
  const articleId = articleIdFor(input.text);
  const relations = extractRelations(input.text, { articleDate: input.date, lexicon }).map((r) => ({ ...r, id: relationIdFor(articleId, r) }));
  return { articleId, relations };
}

export async function isIngested(db: Db, text: string): Promise<boolean> {
  return (await db.read('article-by-hash', { hash: sha256(text) })).length > 0;
}

/** Loads an article with the chosen relations (all when `accept` is omitted). */
export async function commitArticle(db: Db, input: ArticleInput, relations: ExtractedRelation[], lexicon: Lexicon): Promise<{ articleId: string; relations: number }> {
  const bundle = articleBundleFor(input, relations);
  await loadArticleBundles(db, entityRowsFor(relations, lexicon.actors), [bundle]);
  return { articleId: bundle.article.id, relations: bundle.relations.length };
}
