// The graph store: one graphology multigraph that only grows by merging API results and shrinks by
// collapsing expansions. Renderers and filters read it; nothing here knows about the DOM.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttrs, GraphJSON, NodeAttrs, StoreGraph } from './types';

export function createStoreGraph(): StoreGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: 'mixed', multi: true, allowSelfLoops: true });
}

export interface MergeOptions {
  /** Seed or expanded node whose neighbourhood this is; recorded on every node for collapse. */
  origin?: string;
  /** Node the new ones are placed around (the expanded node); default: the origin. */
  anchor?: string;
  /** Positions to use as they are (a restored view); others are placed near a neighbour. */
  positions?: Record<string, [number, number]>;
}

export interface MergeResult { addedNodes: string[]; addedEdges: string[] }

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Typical edge length of the current picture, so new nodes land at a familiar distance. */
export function typicalEdgeLength(g: StoreGraph): number {
  const lengths: number[] = [];
  g.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (s !== t) lengths.push(Math.hypot(sa.x - ta.x, sa.y - ta.y));
  });
  if (lengths.length === 0) return 10;
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  return median > 1e-6 ? median : 10;
}

/** The i-th of n spots on a sunflower spiral around a centre: spread out, never on top of each other. */
export function spiralSpot(cx: number, cy: number, i: number, radius: number, offset = 0): [number, number] {
  const r = radius * (0.8 + 0.35 * Math.sqrt(i + 1));
  const a = offset + i * GOLDEN_ANGLE;
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
}

function bbox(g: StoreGraph): { minX: number; maxX: number; minY: number; maxY: number } | null {
  if (g.order === 0) return null;
  let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
  g.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  return { minX, maxX, minY, maxY };
}

/**
 * Merges a serialized graph (an API result) into the store. Existing nodes keep their position
 * and gain the origin; new nodes are placed near the anchor, or near a neighbour already on
 * screen, so the picture grows without jumping.
 */
export function mergeGraph(g: StoreGraph, json: Pick<GraphJSON, 'nodes' | 'edges'>, o: MergeOptions = {}): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const before = new Set(g.nodes());
  const radius = typicalEdgeLength(g);
  const box = bbox(g);
  const incoming = new Set(json.nodes.map((n) => n.key));

  // Who each new node is linked to, to place it next to a node that is already drawn.
  const neighbours = new Map<string, string[]>();
  for (const e of json.edges) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
      const list = neighbours.get(a) ?? [];
      list.push(b);
      neighbours.set(a, list);
    }
  }
  const anchor = o.anchor ?? o.origin;
  const placedAround = new Map<string, number>();
  const centreOf = (key: string): [number, number] | null => {
    if (!g.hasNode(key)) return null;
    const a = g.getNodeAttributes(key);
    return [a.x, a.y];
  };
  const place = (key: string): [number, number] => {
    const fixed = o.positions?.[key];
    if (fixed) return fixed;
    const links = neighbours.get(key) ?? [];
    let parent: string | undefined;
    if (anchor && links.includes(anchor) && g.hasNode(anchor)) parent = anchor;
    else parent = links.find((l) => g.hasNode(l));
    let centre = parent ? centreOf(parent) : null;
    if (!centre) {
      // A new, unconnected seed: beside what is already drawn, not on top of it.
      centre = box ? [box.maxX + radius * 2, (box.minY + box.maxY) / 2] : [0, 0];
      parent = '';
      if (placedAround.get(parent) === undefined) {
        placedAround.set(parent, 1);
        return centre;
      }
    }
    const i = placedAround.get(parent ?? '') ?? 0;
    placedAround.set(parent ?? '', i + 1);
    return spiralSpot(centre[0], centre[1], i, radius, hashAngle(parent ?? ''));
  };

  // Nodes: the origin itself first (it is the centre of its own neighbourhood), then the others
  // closest to what is drawn first so their neighbours can be placed around them.
  const order = [...json.nodes].sort((a, b) => rank(a.key) - rank(b.key));
  function rank(key: string): number {
    if (key === anchor) return 0;
    if (before.has(key)) return 1;
    return (neighbours.get(key) ?? []).some((l) => before.has(l)) ? 2 : 3;
  }
  for (const n of order) {
    const attrs = n.attributes as Record<string, unknown>;
    if (g.hasNode(n.key)) {
      const cur = g.getNodeAttributes(n.key);
      const origins = o.origin ? union(cur.origins, [o.origin]) : cur.origins;
      // Server attributes refresh; position and provenance of the view stay.
      g.replaceNodeAttributes(n.key, { ...cur, ...attrs, x: cur.x, y: cur.y, origins, fixed: cur.fixed } as NodeAttrs);
      continue;
    }
    const [x, y] = place(n.key);
    g.addNode(n.key, { ...attrs, x, y, origins: o.origin ? [o.origin] : [] } as NodeAttrs);
    addedNodes.push(n.key);
  }
  for (const e of json.edges) {
    if (!incoming.has(e.source) && !g.hasNode(e.source)) continue;
    if (!incoming.has(e.target) && !g.hasNode(e.target)) continue;
    const attrs = e.attributes as EdgeAttrs;
    if (g.hasEdge(e.key)) {
      g.mergeEdgeAttributes(e.key, attrs);
      continue;
    }
    if (e.undirected) g.addUndirectedEdgeWithKey(e.key, e.source, e.target, { ...attrs });
    else g.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...attrs });
    addedEdges.push(e.key);
  }
  return { addedNodes, addedEdges };
}

function union(a: string[] | undefined, b: string[]): string[] {
  return [...new Set([...(a ?? []), ...b])];
}

/** A stable angle per parent so siblings of different parents do not start on the same ray. */
function hashAngle(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i += 1) h = (h * 31 + s.charCodeAt(i)) | 0;
  return ((h >>> 0) % 360) * (Math.PI / 180);
}

/**
 * Undoes the expansion of `node`: every node that only that expansion brought in is removed
 * (nodes reached from another seed or expansion, and nodes the user expanded, stay).
 */
export function collapse(g: StoreGraph, node: string): string[] {
  const removed: string[] = [];
  for (const n of g.nodes()) {
    if (n === node) continue;
    const origins = g.getNodeAttribute(n, 'origins') ?? [];
    if (!origins.includes(node)) continue;
    const left = origins.filter((x) => x !== node);
    if (left.length === 0) {
      g.dropNode(n);
      removed.push(n);
    } else {
      g.setNodeAttribute(n, 'origins', left);
    }
  }
  if (g.hasNode(node)) {
    const own = g.getNodeAttribute(node, 'origins') ?? [];
    // The node stays (something else brought it), but it no longer counts as its own origin.
    const left = own.filter((x) => x !== node);
    if (left.length > 0 || own.length === 0) g.setNodeAttribute(node, 'origins', left);
  }
  return removed;
}

/** Removes a node and every node that only it brought in. */
export function removeNode(g: StoreGraph, node: string): string[] {
  if (!g.hasNode(node)) return [];
  const removed = collapse(g, node);
  g.dropNode(node);
  return [node, ...removed];
}

/**
 * Origins for nodes restored without them (a shared view): each node belongs to the seeds and
 * expanded nodes it is, or is adjacent to; anything else is kept as part of the view.
 */
export function deriveOrigins(g: StoreGraph, roots: string[]): void {
  const rootSet = new Set(roots);
  g.forEachNode((n) => {
    const origins = new Set<string>();
    if (rootSet.has(n)) origins.add(n);
    g.forEachNeighbor(n, (m) => { if (rootSet.has(m)) origins.add(m); });
    if (origins.size === 0) origins.add('view');
    g.setNodeAttribute(n, 'origins', [...origins]);
  });
}

export type GraphSnapshot = SerializedGraph<NodeAttrs, EdgeAttrs>;

export function snapshotGraph(g: StoreGraph): GraphSnapshot {
  return g.export();
}

/** Replaces the store's content in place (sigma and the layout keep listening to the same graph). */
export function restoreGraph(g: StoreGraph, s: GraphSnapshot): void {
  g.clear();
  g.import(s);
}

export function graphBBox(g: StoreGraph) {
  return bbox(g);
}
