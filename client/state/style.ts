// Style functions: data → colour and size. Pure, so the legend, the renderer, the SVG export and
// the tests all agree.
import pagerank from 'graphology-metrics/centrality/pagerank';
import Graph from 'graphology';
import type { SizeBy, StoreGraph } from './types';

export const ENTITY_COLORS: Record<string, string> = {
  Person: '#e8833a',
  Country: '#3a78c9',
  Organization: '#8a5cc2',
  Place: '#2a9d8f',
};
export const OTHER_COLOR = '#8d939b';

export function entityColor(entityType: string | undefined): string {
  return (entityType && ENTITY_COLORS[entityType]) || OTHER_COLOR;
}

const CONFLICT: [number, number, number] = [0xd7, 0x30, 0x27];
const NEUTRAL: [number, number, number] = [0xa3, 0xa8, 0xb0];
const COOPERATION: [number, number, number] = [0x1a, 0x98, 0x50];

function hex(rgb: [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(Math.max(0, Math.min(255, c))).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: [number, number, number], b: [number, number, number], t: number): [number, number, number] {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * −10 (conflict) red … 0 grey … +10 (cooperation) green. Small scores already lean to a side
 * (square root) so a phone call (+1) is visibly friendly; no score is plain grey.
 */
export function scoreColor(score: number | null | undefined): string {
  if (typeof score !== 'number' || Number.isNaN(score) || score === 0) return hex(NEUTRAL);
  const t = Math.sqrt(Math.min(10, Math.abs(score)) / 10);
  return hex(mix(NEUTRAL, score > 0 ? COOPERATION : CONFLICT, t));
}

export function parseHex(c: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(c);
  if (!m) return [0, 0, 0];
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour washed towards the background (hover focus, blocs in the background). */
export function fade(c: string, amount = 0.8, toward = '#f4f5f7'): string {
  return hex(mix(parseHex(c), parseHex(toward), amount));
}

/** Edge thickness by |score|: strong ties and hard conflicts stand out. */
export function edgeSize(score: number | null | undefined): number {
  const s = typeof score === 'number' ? Math.min(10, Math.abs(score)) : 0;
  return 1.8 + s * 0.32;
}

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 18;

/** Raw centrality per node: degree (relations on screen) or PageRank (who the well-connected point to). */
export function centrality(g: StoreGraph, by: SizeBy, only?: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  if (by === 'degree') {
    g.forEachNode((n) => {
      if (only && !only.has(n)) return;
      let d = 0;
      g.forEachEdge(n, (_e, _a, s, t) => { if (!only || (only.has(s) && only.has(t))) d += 1; });
      out.set(n, d);
    });
    return out;
  }
  // PageRank wants a simple graph: parallel relations add up as weight; symmetric ones go both ways.
  const simple = new Graph({ type: 'directed', multi: false });
  g.forEachNode((n) => { if (!only || only.has(n)) simple.addNode(n); });
  g.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
    if (s === t || !simple.hasNode(s) || !simple.hasNode(t)) return;
    const add = (a: string, b: string) => {
      if (simple.hasEdge(a, b)) simple.updateEdgeAttribute(a, b, 'weight', (w: number | undefined) => (w ?? 0) + 1);
      else simple.addEdge(a, b, { weight: 1 });
    };
    add(s, t);
    if (undirected) add(t, s);
  });
  if (simple.order === 0) return out;
  const pr = simple.size === 0
    ? Object.fromEntries(simple.nodes().map((n) => [n, 1 / simple.order]))
    : pagerank(simple, { getEdgeWeight: 'weight' });
  for (const [n, v] of Object.entries(pr)) out.set(n, v);
  return out;
}

/** Node sizes in [MIN_NODE_SIZE, MAX_NODE_SIZE], by the square root of the centrality (area ∝ value). */
export function nodeSizes(g: StoreGraph, by: SizeBy, only?: ReadonlySet<string>): Map<string, number> {
  const raw = centrality(g, by, only);
  let max = 0;
  let min = Infinity;
  for (const v of raw.values()) { max = Math.max(max, v); min = Math.min(min, v); }
  const out = new Map<string, number>();
  for (const [n, v] of raw) {
    const t = max > min ? Math.sqrt((v - min) / (max - min)) : 0.4;
    out.set(n, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * t);
  }
  return out;
}

export const BASE_CURVATURE = 0.25;
/** The most a parallel relation bends (the curve's bulge is this × its length / 2). */
export const MAX_CURVATURE = 0.6;

/**
 * Curvature per edge so parallel relations between the same two nodes (Putin CALLED Aliyev,
 * Aliyev PRAISES Putin) fan out instead of drawing on top of each other. A lone edge is straight
 * (0). The sign is relative to the edge's own direction, as the curve program reads it.
 */
export function parallelCurvatures(g: Pick<Graph, 'forEachEdge'>, only?: ReadonlySet<string>): Map<string, number> {
  const groups = new Map<string, { key: string; forward: boolean }[]>();
  g.forEachEdge((e, _a, s, t) => {
    if (only && !only.has(e)) return;
    const forward = s <= t;
    const pair = forward ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const list = groups.get(pair) ?? [];
    list.push({ key: e, forward });
    groups.set(pair, list);
  });
  const out = new Map<string, number>();
  for (const list of groups.values()) {
    if (list.length === 1) { out.set(list[0]!.key, 0); continue; }
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Many relations between one pair (two great powers, years of coverage) fan out within
    // ±MAX_CURVATURE instead of looping across the screen, which also bounds what each curve costs to draw.
    const spacing = Math.min(BASE_CURVATURE * (list.length > 4 ? 0.7 : 1), MAX_CURVATURE / Math.ceil(list.length / 2));
    // Alternate sides, growing outwards: +1, −1, +2, −2 … steps (seen from the canonical direction).
    list.forEach((item, i) => {
      const step = Math.floor(i / 2) + 1;
      const side = i % 2 === 0 ? 1 : -1;
      const c = side * step * spacing;
      out.set(item.key, item.forward ? c : -c);
    });
  }
  return out;
}

/**
 * Most parallel relations drawn curved at once. A curve is drawn as a shaded quad as wide as its
 * bend, so its cost grows with the square of its length on screen: a few thousand long curves
 * stall panning on software WebGL (measured: 10k nodes, one frame took over a minute) and cost a
 * real GPU too. Above the budget every relation is drawn straight and the app says so; the side
 * panels still list parallel relations one by one.
 */
export const CURVED_EDGE_BUDGET = 2_000;

export function withinCurveBudget(curvatures: Map<string, number>, budget = CURVED_EDGE_BUDGET): { curvatures: Map<string, number>; straightened: number } {
  let curved = 0;
  for (const c of curvatures.values()) if (c !== 0) curved += 1;
  return curved <= budget ? { curvatures, straightened: 0 } : { curvatures: new Map(), straightened: curved };
}

/**
 * Above this many visible relations, edges and labels are not drawn while the camera moves. Each
 * frame's cost grows with the edges drawn: on this project's GPU-less machine a 10k-node / 41k-edge
 * view took ~2 s per frame whatever drew it (the bare sigma page too), and integrated GPUs slow
 * down well before that. Nodes alone keep the picture readable while panning.
 */
export const HIDE_WHILE_MOVING_ABOVE_EDGES = 5_000;

export function hidesWhileMoving(visibleEdges: number): boolean {
  return visibleEdges > HIDE_WHILE_MOVING_ABOVE_EDGES;
}

/** Distinct colours for alliance blocs (colour-blind-friendly first, then more). */
export const BLOC_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#637939', '#843c39'];

export function blocColor(i: number): string {
  return BLOC_COLORS[i % BLOC_COLORS.length]!;
}

/** The label drawn on a node: the English name, the Vietnamese one when it differs, and "+N" for hidden relations. */
export function nodeLabel(a: { name?: unknown; nameVi?: unknown }, hiddenMore = 0): string {
  const name = typeof a.name === 'string' ? a.name : '';
  const vi = typeof a.nameVi === 'string' ? a.nameVi : '';
  const base = vi && vi !== name ? `${name} (${vi})` : name;
  return hiddenMore > 0 ? `${base}  +${hiddenMore}` : base;
}
