// zod schemas for the hand-made data files under seeds/ (articles metadata, actors, curated relations).
// Quotes, not offsets, are written by hand: the loader finds them in the byte-exact article text and
// fails loudly when one is missing or ambiguous, so a typo can never produce a wrong offset.
import { z } from 'zod';
import { EntityType, RelationType } from './vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug id');

export const ArticleMeta = z.object({
  id: slug,
  file: z.string().min(1),
  title: z.string().min(1),
  date: isoDate,
  source: z.string().min(1),
  language: z.string().default('vi'),
  url: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
export const ArticlesFile = z.array(ArticleMeta);

export const Office = z.object({
  role: z.string().min(1),
  of: slug,
  from: isoDate.optional(),
  to: isoDate.optional(),
  roleVi: z.string().optional(),
});

export const Actor = z.object({
  id: slug,
  type: EntityType,
  name: z.string().min(1),
  nameVi: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  offices: z.array(Office).default([]),
});
export type Actor = z.infer<typeof Actor>;
export const ActorsFile = z.array(Actor);

export const Modality = z.enum(['asserted', 'planned', 'attributed', 'hypothetical']);
export type Modality = z.infer<typeof Modality>;

export const CuratedEvidence = z.object({
  article: slug,
  /** The whole sentence, exactly as it stands in the article. */
  sentence: z.string().min(1),
  /** Exact substrings of the sentence: the two mentions and the trigger word(s). */
  subject: z.string().min(1),
  object: z.string().min(1),
  trigger: z.string().min(1),
});
export type CuratedEvidence = z.infer<typeof CuratedEvidence>;

export const CuratedRelation = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: RelationType,
  subject: slug,
  object: slug,
  date: isoDate.nullable().default(null),
  modality: Modality.default('asserted'),
  /** Who claims it (an actor id or a named source), for attributed relations. */
  attribution: z.string().nullable().default(null),
  /** For HOLDS_OFFICE: the office, in English. */
  role: z.string().nullable().default(null),
  cameo: z.string().nullable().default(null),
  score: z.number().min(-10).max(10).nullable().default(null),
  evidence: z.array(CuratedEvidence).min(1),
  note: z.string().optional(),
});
export type CuratedRelation = z.infer<typeof CuratedRelation>;
export const RelationsFile = z.array(CuratedRelation);
