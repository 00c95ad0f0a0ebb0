// The one graph shape that crosses the wire (subgraph, paths, Cypher results, exports):
// graphology's serialization format, so `Graph.from(json)` works as is in the browser.
// Attribute names avoid `type`, `label`, `x`, `y`, `size`, `color`: sigma reserves those for rendering.
import { z } from 'zod';

export const NodeAttributes = z.object({
  /** Neo4j labels, e.g. ["Entity","Country"]; for non-entity nodes (Article, Sentence …) their labels. */
  labels: z.array(z.string()),
  /** Entity type (Person, Country, Organization, Place) or the first label of a non-entity node. */
  entityType: z.string(),
  name: z.string(),
  nameVi: z.string().optional(),
  aliases: z.array(z.string()).optional(),
}).catchall(z.unknown());
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.object({
  /** Neo4j relationship type, e.g. CALLED. */
  relType: z.string(),
  cameo: z.string().nullable().optional(),
  score: z.number().nullable().optional(),
  date: z.string().nullable().optional(),
  modality: z.string().nullable().optional(),
  attribution: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  symmetric: z.boolean().optional(),
  /** Provenance: ids of the Sentence nodes that state the relation. */
  sentenceIds: z.array(z.string()).optional(),
}).catchall(z.unknown());
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const SerializedNode = z.object({ key: z.string(), attributes: NodeAttributes });
export const SerializedEdge = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  /** Symmetric relation types (CALLED, MET, FIGHTS …) are undirected edges. */
  undirected: z.boolean().optional(),
  attributes: EdgeAttributes,
});
export type SerializedNode = z.infer<typeof SerializedNode>;
export type SerializedEdge = z.infer<typeof SerializedEdge>;

export const GraphJSON = z.object({
  options: z.object({ type: z.literal('mixed'), multi: z.literal(true), allowSelfLoops: z.literal(true) }),
  attributes: z.record(z.string(), z.unknown()),
  nodes: z.array(SerializedNode),
  edges: z.array(SerializedEdge),
});
export type GraphJSON = z.infer<typeof GraphJSON>;

export function emptyGraphJSON(attributes: Record<string, unknown> = {}): GraphJSON {
  return { options: { type: 'mixed', multi: true, allowSelfLoops: true }, attributes, nodes: [], edges: [] };
}
