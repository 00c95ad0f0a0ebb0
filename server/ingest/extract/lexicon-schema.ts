// zod schemas of the lexicon files under seeds/lexicon/. Every file the extractor reads is parsed
// with these, so a typo in a hand-edited JSON file fails at load time with a path, not at run time.
import { z } from 'zod';
import { Actor } from '../../graph/seed-files';
import { EntityType, RelationType } from '../../graph/vocabulary';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug id');

/**
 * world.json rows are ActorsFile rows (extra keys are ignored by ActorsFile) plus one optional key:
 * `metonymFor`, the state a capital or seat of power stands for when it acts ("Moscow nói…").
 */
export const WorldActor = Actor.extend({ metonymFor: slug.optional() });
export type WorldActor = z.infer<typeof WorldActor>;
export const WorldFile = z.array(WorldActor);

export const TriggerEntry = z.object({
  type: RelationType,
  /** CAMEO code; defaults to the vocabulary's first code (null for static ties). */
  cameo: z.string().regex(/^\d{2,4}$/).nullable().optional(),
  /** Goldstein-style score; defaults to the vocabulary's score. */
  score: z.number().min(-10).max(10).optional(),
  phrases: z.array(z.string().min(1)).min(1),
  subjectTypes: z.array(EntityType).optional(),
  objectTypes: z.array(EntityType).optional(),
  /** HOLDS_OFFICE titles: the office in English (null = any office the person holds, "người đồng cấp"). */
  role: z.string().nullable().optional(),
  /** HOLDS_OFFICE titles: office names in the actor files that count as this title. */
  roles: z.array(z.string()).optional(),
  /** Only these patterns may anchor on the phrases (for words that need a specific frame). */
  patterns: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type TriggerEntry = z.infer<typeof TriggerEntry>;
export const TriggersFile = z.object({ triggers: z.array(TriggerEntry).min(1) });
export type TriggersFile = z.infer<typeof TriggersFile>;

const Triple = z.tuple([slug, RelationType, slug]);
const exampleDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).default('2020-10-15');
export const PatternExample = z.object({
  text: z.string().min(1),
  /** Article date the example is read against (office holders, relative dates). */
  date: exampleDate,
  /** Relations the sentence must yield (subject, type, object). */
  expect: z.array(Triple).default([]),
});
export const NegativeExample = z.object({
  text: z.string().min(1),
  date: exampleDate,
  /** Relations the sentence must NOT yield; when empty, the pattern must not fire at all. */
  absent: z.array(Triple).default([]),
});

export const PatternEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  phase: z.enum(['mention', 'relation']).default('relation'),
  description: z.string().min(1),
  /** The pattern in the slot language described in seeds/lexicon/README.md. */
  pattern: z.string().min(1),
  /** Relation types whose triggers may anchor the pattern (omitted: every type). */
  types: z.array(RelationType).optional(),
  /** For patterns without a {T} slot: the relation they state. */
  emits: RelationType.optional(),
  /** Mention phase: which slot the merged mention stands for. */
  yields: z.enum(['S', 'O']).optional(),
  /** "speaker": the pattern has no {S}; the subject is whoever the sentence or quote is attributed to. */
  subject: z.enum(['slot', 'speaker']).default('slot'),
  /** {P} slots of directed types: emit both directions ("cáo buộc nhau"). */
  reciprocal: z.boolean().default(false),
  confidence: z.number().min(0).max(1).default(0.8),
  examples: z.object({
    positive: z.array(PatternExample).default([]),
    negative: z.array(NegativeExample).default([]),
  }).default({ positive: [], negative: [] }),
});
export type PatternEntry = z.infer<typeof PatternEntry>;

export const AnaphorEntry = z.object({
  phrases: z.array(z.string().min(1)).min(1),
  types: z.array(EntityType).min(1),
  /** How many referents the phrase stands for ("hai nước" = 2). */
  count: z.number().int().min(1).max(4).default(1),
});
export type AnaphorEntry = z.infer<typeof AnaphorEntry>;

export const PatternsFile = z.object({
  /** Named phrase lists a pattern refers to as @name. */
  lists: z.record(z.string().regex(/^[a-zA-Z]+$/), z.array(z.string().min(1)).min(1)),
  anaphors: z.array(AnaphorEntry),
  patterns: z.array(PatternEntry).min(1),
});
export type PatternsFile = z.infer<typeof PatternsFile>;

export const ModalityFile = z.object({
  /** Negate the trigger they precede (within `negationWindow` words): the relation is dropped. */
  negation: z.array(z.string().min(1)),
  /** Look like negations but are not ("không chỉ" = not only, "chưa từng có" = unprecedented). */
  notNegation: z.array(z.string().min(1)),
  negationWindow: z.number().int().min(1).max(8),
  future: z.array(z.string().min(1)),
  futureWindow: z.number().int().min(1).max(12),
  hypothetical: z.array(z.string().min(1)),
  hypotheticalWindow: z.number().int().min(1).max(20),
  /** "có thể" right before the trigger ("Nga có thể can thiệp"): hypothetical, a short scope. */
  possibility: z.array(z.string().min(1)),
  possibilityWindow: z.number().int().min(1).max(6),
  /** "X và Y nên đàm phán": a recommendation, not an event — not emitted (the text states no event). */
  deontic: z.array(z.string().min(1)),
  deonticWindow: z.number().int().min(1).max(8),
  /** Reporting verbs: "X cho biết …", "…, X nói." */
  speech: z.array(z.string().min(1)),
  /** Source introducers: "theo X, …", "dẫn lời X". */
  sourcePrefix: z.array(z.string().min(1)),
  /** Named sources that are not actors (news agencies, outlets). */
  sources: z.array(z.string().min(1)),
});
export type ModalityFile = z.infer<typeof ModalityFile>;
