// Request and response schemas: validation, inferred types and the OpenAPI document all come from here.
import { z } from 'zod';
import { ExportFormat } from '../export/formats';
import { GraphJSON } from '../graph/graph-json';
import { RELATION_TYPES, ENTITY_TYPES } from '../graph/vocabulary';

const id = z.string().min(1).max(200).regex(/^[\p{L}\p{N}:_.-]+$/u, 'invalid id');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'invalid date');
/** Comma-separated list in a query string → array. */
const csv = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z.string().max(5000).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(item).min(1).max(max));

export const GraphJSONSchema = GraphJSON.meta({ id: 'Graph', description: "graphology's serialization: Graph.from(json) works as is" });

export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({ reachable: z.boolean(), version: z.string().nullable(), edition: z.string().nullable(), uri: z.string(), managed: z.boolean() }),
  counts: z.object({ nodes: z.number(), relationships: z.number(), entities: z.number() }).nullable(),
}).meta({ id: 'Health' });

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const EntitySummary = z.object({
  id: z.string(), name: z.string(), nameVi: z.string().nullable(), entityType: z.string(), aliases: z.array(z.string()),
}).meta({ id: 'EntitySummary' });
export const SearchResponse = z.object({
  results: z.array(EntitySummary.extend({ score: z.number() })),
}).meta({ id: 'SearchResponse' });

export const IdParam = z.object({ id });
export const EntityResponse = z.object({
  entity: EntitySummary,
  relations: z.array(z.object({ type: z.string(), direction: z.enum(['out', 'in']), count: z.number() })),
  degree: z.number(),
}).meta({ id: 'EntityResponse' });

export const Polarity = z.enum(['cooperation', 'conflict', 'all']);
export const SubgraphFilters = z.object({
  types: csv(z.enum(RELATION_TYPES), RELATION_TYPES.length).optional(),
  entityTypes: csv(z.enum(ENTITY_TYPES), ENTITY_TYPES.length).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  polarity: Polarity.default('all'),
});
export const SubgraphQuery = SubgraphFilters.extend({
  seeds: csv(id, 50),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(100_000).default(200),
});
export type SubgraphQuery = z.infer<typeof SubgraphQuery>;
export const SubgraphResponse = z.object({
  graph: GraphJSONSchema,
  truncated: z.boolean(),
  /** Per seed node: how many more relations exist than were returned (for "N more"). */
  hidden: z.record(z.string(), z.number()),
}).meta({ id: 'SubgraphResponse' });

export const PathsQuery = z.object({
  from: id,
  to: id,
  maxLength: z.coerce.number().int().min(1).max(6).default(4),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const PathsResponse = z.object({
  graph: GraphJSONSchema,
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  length: z.number().nullable(),
  truncated: z.boolean(),
}).meta({ id: 'PathsResponse' });

const Span = z.object({ start: z.number(), end: z.number(), text: z.string() });
export const EvidenceItem = z.object({
  sentence: z.object({ id: z.string(), text: z.string(), start: z.number(), end: z.number() }),
  /** Offsets inside the sentence text (not the article) so a client can highlight directly. */
  subject: Span, object: Span, trigger: Span,
  article: z.object({ id: z.string(), title: z.string(), date: z.string().nullable(), source: z.string().nullable(), url: z.string().nullable() }),
}).meta({ id: 'Evidence' });
export const EvidenceResponse = z.object({
  relation: z.object({
    id: z.string(), type: z.string(), source: EntitySummary, target: EntitySummary,
    date: z.string().nullable(), score: z.number().nullable(), cameo: z.string().nullable(),
    modality: z.string().nullable(), attribution: z.string().nullable(), provenance: z.string().nullable(),
  }),
  evidence: z.array(EvidenceItem),
}).meta({ id: 'EvidenceResponse' });

/** How deeply a JSON value nests, counted without recursion (a 10,000-deep value must not blow the stack). */
export function jsonDepth(value: unknown, limit: number): number {
  let depth = 0;
  let level: unknown[] = [value];
  while (level.length > 0 && depth <= limit) {
    const next: unknown[] = [];
    for (const v of level) if (v && typeof v === 'object') next.push(...(Array.isArray(v) ? v : Object.values(v)));
    if (next.length > 0) depth += 1;
    level = next;
  }
  return depth;
}
export const MAX_PARAM_DEPTH = 32;
const CypherParams = z.record(z.string(), z.unknown())
  .refine((p) => jsonDepth(p, MAX_PARAM_DEPTH) <= MAX_PARAM_DEPTH, `parameters may nest at most ${MAX_PARAM_DEPTH} levels deep`);

export const CypherBody = z.object({
  query: z.string().trim().min(1).max(20_000),
  params: CypherParams.default({}),
  maxRows: z.number().int().min(1).max(100_000).optional(),
}).strict();
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: GraphJSONSchema,
  truncated: z.boolean(),
  elapsedMs: z.number(),
}).meta({ id: 'CypherResponse' });

export const ExportFormatSchema = ExportFormat;
export const ExportQuery = SubgraphQuery.extend({ format: ExportFormatSchema });
export const ExportBody = z.union([
  // 50,000: room for the 20k–30k-node views the client is benchmarked with (BENCHMARKS.md).
  z.object({
    format: ExportFormatSchema, nodeIds: z.array(id).min(1).max(50_000),
    // What a filtered view shows: only these relations among the nodes (omitted: every one among them).
    relationIds: z.array(id).max(250_000).optional(),
    name: z.string().max(80).optional(),
  }).strict(),
  z.object({ format: ExportFormatSchema, query: z.string().trim().min(1).max(20_000), params: CypherParams.default({}), name: z.string().max(80).optional() }).strict(),
]);

export const VocabularyResponse = z.object({
  relationTypes: z.array(z.object({ type: z.string(), kind: z.string(), cameo: z.array(z.string()), score: z.number(), symmetric: z.boolean(), cues: z.array(z.string()), description: z.string() })),
  entityTypes: z.array(z.string()),
}).meta({ id: 'Vocabulary' });

export const TimelineResponse = z.object({
  min: z.string().nullable(), max: z.string().nullable(),
}).meta({ id: 'DateRange' });
