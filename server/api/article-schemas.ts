// Schemas for submitting articles: preview (extract only) and commit (write the accepted relations).
import { z } from 'zod';
import { ExtractedRelation } from '../ingest/extract/types';

export const ArticleInputSchema = z.object({
  text: z.string().min(1).max(200_000),
  title: z.string().trim().min(1).max(300),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'invalid date'),
  source: z.string().trim().min(1).max(200),
  url: z.url().max(2000).optional(),
}).strict();

export const PreviewResponse = z.object({
  articleId: z.string(),
  alreadyIngested: z.boolean(),
  relations: z.array(ExtractedRelation.extend({ id: z.string() })),
}).meta({ id: 'ArticlePreview' });

export const CommitBody = ArticleInputSchema.extend({
  /** Ids from the preview of the relations the reviewer accepts; the others are not written. */
  accept: z.array(z.string().max(100)).max(5000),
}).strict();

export const CommitResponse = z.object({ articleId: z.string(), relations: z.number(), alreadyIngested: z.boolean() }).meta({ id: 'ArticleCommit' });
