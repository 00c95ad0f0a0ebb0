// Collects every node, relationship and path found anywhere in driver values (nested in lists and
// maps too) into the shared graph JSON. Entities are keyed by their stable `id`; other nodes by
// elementId. Pure: takes driver objects, returns data.
import { isNode, isPath, isPathSegment, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { toPlain, type Plain } from '../neo4j/values';
import { emptyGraphJSON, type GraphJSON, type SerializedEdge, type SerializedNode } from './graph-json';
import { RelationType, VOCABULARY } from './vocabulary';

const HIDDEN_NODE_PROPS = new Set(['searchAliases', 'text']);

export function nodeKey(n: Node): string {
  const id = n.properties.id;
  return typeof id === 'string' && n.labels.includes('Entity') ? id : `n:${n.elementId}`;
}

export function relKey(r: Relationship): string {
  const id = r.properties.id;
  return typeof id === 'string' ? id : `r:${r.elementId}`;
}

export function nodeToJSON(n: Node): SerializedNode {
  const props: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(n.properties)) if (!HIDDEN_NODE_PROPS.has(k)) props[k] = toPlain(v);
  const entityType = typeof props.entityType === 'string' ? props.entityType : (n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? 'Node');
  const name = [props.name, props.title, n.properties.text].find((x) => typeof x === 'string') as string | undefined;
  return {
    key: nodeKey(n),
    attributes: { ...props, labels: [...n.labels], entityType, name: name ? name.slice(0, 200) : nodeKey(n) },
  };
}

export function relToJSON(r: Relationship, source: string, target: string): SerializedEdge {
  const attributes: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(r.properties)) attributes[k] = toPlain(v);
  const known = RelationType.safeParse(r.type);
  const symmetric = known.success ? VOCABULARY[known.data].symmetric : false;
  return {
    key: relKey(r), source, target,
    ...(symmetric ? { undirected: true } : {}),
    attributes: { ...attributes, relType: r.type, symmetric },
  };
}

export class GraphCollector {
  private nodes = new Map<string, SerializedNode>();
  private keysByElementId = new Map<string, string>();
  private rels = new Map<string, Relationship>();

  add(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) {
      // Within one result a node is the same in every row it appears in: convert it once.
      if (this.keysByElementId.has(value.elementId)) return;
      const n = nodeToJSON(value);
      this.nodes.set(n.key, n);
      this.keysByElementId.set(value.elementId, n.key);
    } else if (isRelationship(value)) {
      this.rels.set(value.elementId, value);
    } else if (isPath(value)) {
      this.add(value.start);
      for (const s of value.segments) this.add(s);
    } else if (isPathSegment(value)) {
      this.add(value.start);
      this.add(value.end);
      this.add(value.relationship);
    } else if (Array.isArray(value)) {
      for (const v of value) this.add(v);
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      for (const v of Object.values(value)) this.add(v);
    }
  }

  /** elementIds of relationship endpoints not yet collected (the caller may fetch them). */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      for (const e of [r.startNodeElementId, r.endNodeElementId]) if (!this.keysByElementId.has(e)) missing.add(e);
    }
    return [...missing];
  }

  toJSON(attributes: Record<string, unknown> = {}): GraphJSON {
    const g = emptyGraphJSON(attributes);
    g.nodes = [...this.nodes.values()];
    for (const r of this.rels.values()) {
      const s = this.keysByElementId.get(r.startNodeElementId);
      const t = this.keysByElementId.get(r.endNodeElementId);
      if (s && t) g.edges.push(relToJSON(r, s, t));
    }
    return g;
  }

  get size(): { nodes: number; edges: number } { return { nodes: this.nodes.size, edges: this.rels.size }; }
}
