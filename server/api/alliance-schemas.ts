// Request and response schemas of the alliance analytics (/api/alliances/*): validation, inferred
// types and the OpenAPI document come from here.
import { z } from 'zod';
import { STRUCTURAL_TYPES } from '../analytics/rollup';
import { RELATION_TYPES, type RelationType } from '../graph/vocabulary';

const id = z.string().min(1).max(200).regex(/^[\p{L}\p{N}:_.-]+$/u, 'invalid id');
/** A real calendar day: 2020-02-30 is refused here rather than by Neo4j's date(). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => { const d = new Date(`${s}T00:00:00Z`); return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s; }, 'invalid date');
/** Comma-separated list in a query string → array. */
const csv = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z.string().max(5000).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(item).min(1).max(max));
const bool = (def: boolean) => z.enum(['true', 'false']).default(def ? 'true' : 'false').transform((v) => v === 'true');

/** Relation types that can make a dyad: all but the structural HOLDS_OFFICE and LOCATED_IN. */
export const STANCE_TYPES = RELATION_TYPES.filter((t) => !STRUCTURAL_TYPES.includes(t)) as [RelationType, ...RelationType[]];
export const MODALITIES = ['asserted', 'planned', 'attributed', 'hypothetical'] as const;
/** A hypothetical relation ("if X attacks …") is no stance; asked for explicitly it counts. */
export const DEFAULT_MODALITIES = ['asserted', 'planned', 'attributed'] as const;

const windowFields = {
  from: isoDate.optional().describe('First day of the window (YYYY-MM-DD). An event counts when coalesce(date, knownFrom) is in the window; a static tie (alliance, membership) counts from its date on.'),
  to: isoDate.optional().describe('Last day of the window (YYYY-MM-DD).'),
  types: csv(z.enum(STANCE_TYPES), STANCE_TYPES.length).optional().describe('Comma-separated relation types to count (default: all but HOLDS_OFFICE and LOCATED_IN, which are structure, not stance).'),
  modalities: csv(z.enum(MODALITIES), MODALITIES.length).optional().describe('Comma-separated modalities to count (default: asserted,planned,attributed).'),
  rollup: bool(true).describe('true: people count as the state (or organisation) they hold office for — the office a sentence states (HOLDS_OFFICE), or when none does, the one the lexicon gives for the relation\'s date — and people with no known office are left out; false: people are actors themselves.'),
};
const fromNotAfterTo = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const windowCheck = { message: '`from` must not be after `to`', path: ['from'] };

export const WindowQuery = z.object(windowFields).refine(fromNotAfterTo, windowCheck);
export type WindowQuery = z.infer<typeof WindowQuery>;

export const DyadsQuery = z.object({
  ...windowFields,
  actors: csv(id, 200).optional().describe('Comma-separated entity ids: only dyads involving at least one of them (people are rolled up first).'),
}).refine(fromNotAfterTo, windowCheck);

export const BlocsQuery = z.object({
  ...windowFields,
  merge: bool(true).describe('Also merge blocs that cooperate on balance (default). false keeps the finer grain of the Louvain communities.'),
}).refine(fromNotAfterTo, windowCheck);

export const BalanceQuery = z.object({
  ...windowFields,
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('At most this many unbalanced triads, strongest first.'),
}).refine(fromNotAfterTo, windowCheck);

export const TimelineQuery = z.object({
  ...windowFields,
  a: id.describe('Entity id of one end of the dyad.'),
  b: id.describe('Entity id of the other end.'),
  bucket: z.enum(['day', 'week', 'month']).default('week').describe('Bucket size; weeks start on Monday.'),
}).refine(fromNotAfterTo, windowCheck).refine((q) => q.a !== q.b, { message: '`a` and `b` must be different entities', path: ['b'] });

// ---- responses ----

const Actor = z.object({ id: z.string(), name: z.string(), entityType: z.string() }).meta({ id: 'AllianceActor' });
const Totals = z.object({ count: z.number(), sum: z.number(), mean: z.number() });
const ByType = z.record(z.string(), Totals).describe('Per relation type, plus CO_MEMBERSHIP for two members of the same organisation.');

const Window = z.object({ from: z.string().nullable(), to: z.string().nullable() });
const Rollup = z.object({
  enabled: z.boolean(),
  people: z.array(z.object({
    person: Actor,
    actor: Actor,
    role: z.string().nullable(),
    source: z.enum(['text', 'lexicon']).describe('text: a HOLDS_OFFICE relation in the graph, which a sentence states (GET /api/relations/{id}/evidence). lexicon: no sentence states the office; it comes from the lexicon\'s dated offices (seeds/lexicon), for the dates of the relations rolled up — a mapping, not evidence.'),
    from: z.string().nullable().describe('For source=lexicon: the first day of the office when the lexicon knows it; null otherwise.'),
    to: z.string().nullable().describe('For source=lexicon: the last day of the office when it has ended and the lexicon knows when; null otherwise.'),
  })).describe('People counted as the state/organisation they hold office for; a person whose lexicon office changes within the window is listed once per office.'),
  unresolved: z.array(Actor).describe('People with no known office (none stated in the text, none in the lexicon at the relation\'s date): those relations are left out while rollup is on.'),
});
const Skipped = z.object({
  structural: z.number(), nonActor: z.number(), unresolvedPerson: z.number(), selfTie: z.number(), unknownType: z.number(),
}).describe('Relations read but not counted: structure (HOLDS_OFFICE, LOCATED_IN), an end that is a place, a person with no office under rollup, both ends the same actor after rollup, or a type outside the vocabulary.');
const Context = { window: Window, rollup: Rollup, skipped: Skipped };

export const Dyad = Totals.extend({
  a: Actor,
  b: Actor,
  cooperation: z.number().describe('Sum of the positive scores (≥ 0).'),
  conflict: z.number().describe('Magnitude of the sum of the negative scores (≥ 0).'),
  polarity: z.enum(['cooperation', 'conflict', 'neutral']).describe('Sign of `sum`.'),
  byType: ByType,
  relationIds: z.array(z.string()).describe('The relations behind the dyad: GET /api/relations/{id}/evidence for each.'),
}).meta({ id: 'AllianceDyad' });

export const DyadsResponse = z.object({
  ...Context,
  actors: z.number().describe('Actors with at least one dyad.'),
  dyads: z.array(Dyad).describe('Strongest (largest |sum|) first.'),
}).meta({ id: 'AllianceDyads' });

export const BlocsResponse = z.object({
  ...Context,
  blocs: z.array(z.object({
    id: z.string(),
    label: z.string().describe('Name of the member with the most cooperation inside the bloc.'),
    members: z.array(Actor),
    cooperationWithin: z.number().describe('Sum of the positive dyad sums inside the bloc.'),
    conflictWithin: z.number().describe('Magnitude of the negative dyad sums inside the bloc.'),
  })).describe('Largest first; an actor whose every tie is hostile forms a bloc of its own.'),
  memberOf: z.record(z.string(), z.string()).describe('Actor id → bloc id.'),
  between: z.array(z.object({ a: z.string(), b: z.string(), cooperation: z.number(), conflict: z.number() })).describe('Per pair of blocs with any tie between them; conflict as a magnitude.'),
  quality: z.number().nullable().describe('1 − frustration / totalWeight (1 = all cooperation inside blocs, all conflict between); null with no ties.'),
  frustration: z.number().describe('Conflict inside blocs + cooperation between blocs.'),
  totalWeight: z.number().describe('Sum of |dyad sum| over all dyads.'),
  louvainModularity: z.number().nullable(),
  refinementMoves: z.number(),
  refinementMerges: z.number(),
  method: z.string(),
}).meta({ id: 'AllianceBlocs' });

const TriadTie = z.object({ a: z.string(), b: z.string(), sum: z.number(), sign: z.union([z.literal(1), z.literal(-1)]), relationIds: z.array(z.string()) });
export const BalanceResponse = z.object({
  ...Context,
  triangles: z.number().describe('Triangles of actors whose three dyads all have a sign (non-zero sum).'),
  balanced: z.number(),
  unbalanced: z.number(),
  share: z.number().nullable().describe('balanced / triangles, in [0, 1]; null when there is no triangle.'),
  unbalancedTriads: z.array(z.object({
    actors: z.array(Actor),
    kind: z.enum(['friend-of-both-sides', 'all-against-all']),
    pivot: z.string().nullable().describe('For friend-of-both-sides: the actor cooperating with two actors at odds.'),
    ties: z.array(TriadTie),
    relationIds: z.array(z.string()),
    strength: z.number().describe('The smallest |sum| of the three dyads.'),
    sentence: z.string(),
  })).describe('Strongest first, at most `limit`.'),
  truncated: z.boolean(),
}).meta({ id: 'AllianceBalance' });

const TimelinePoint = Totals.extend({
  start: z.string(), end: z.string(),
  cooperation: z.number(), conflict: z.number(),
  byType: ByType,
  relationIds: z.array(z.string()),
  cumulative: z.number().describe('Running sum of event scores up to this bucket.'),
});
export const TimelineResponse = z.object({
  ...Context,
  a: Actor,
  b: Actor,
  bucket: z.enum(['day', 'week', 'month']),
  points: z.array(TimelinePoint).describe('Events per bucket, oldest first.'),
  filled: z.boolean().describe('Empty buckets between the first and last (and over the window) are included.'),
  standing: z.array(z.object({
    type: z.string(), score: z.number(), since: z.string().nullable(), relationIds: z.array(z.string()), via: Actor.nullable(),
  })).describe('Static ties (alliance, membership, co-membership): they hold from `since` on and sit in no bucket.'),
  undated: Totals.extend({ relationIds: z.array(z.string()) }).describe('Events with no date at all.'),
  events: Totals,
  dyad: Dyad.nullable().describe('The whole dyad over the window (events and static ties).'),
}).meta({ id: 'AllianceTimeline' });
