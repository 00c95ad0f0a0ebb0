// The extractor's output contract. Offsets are JS string indices (UTF-16 code units) into the
// ORIGINAL article text, end exclusive, so a consumer can always slice the evidence back out.
import { z } from 'zod';
import { EntityType, RelationType } from '../../graph/vocabulary';
import { Modality } from '../../graph/seed-files';

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const ActorRef = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameVi: z.string().min(1),
  type: EntityType,
});
export type ActorRef = z.infer<typeof ActorRef>;

export const SentenceRef = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SentenceRef = z.infer<typeof SentenceRef>;

export const ExtractedRelation = z.object({
  type: RelationType,
  /** CAMEO code of the trigger; null for static ties (membership, office, location). */
  cameo: z.string().nullable(),
  /** Goldstein-style score, −10 … +10. */
  score: z.number().min(-10).max(10),
  subject: ActorRef,
  object: ActorRef,
  sentence: SentenceRef,
  subjectMention: Span,
  objectMention: Span,
  trigger: Span,
  modality: Modality,
  /** Who claims it: an actor id when the source is a known actor, else the source's name. */
  attribution: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  patternId: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /** True when an argument came from anaphora or an unnamed office holder, not a name in the text. */
  inferred: z.boolean(),
  /** For HOLDS_OFFICE: the office in English; null otherwise. */
  role: z.string().nullable(),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;
