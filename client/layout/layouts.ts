// Layouts over the store graph: ForceAtlas2 in a web worker (continuous, start/stop), and one-shot
// noverlap, circular and "settle the newcomers" passes that run synchronously (graphs are small).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import circular from 'graphology-layout/circular';
import type { EdgeAttrs, NodeAttrs, StoreGraph } from '../state/types';

/**
 * FA2 edge weight: cooperation pulls harder the stronger it is; conflict barely pulls at all, so
 * enemies are not drawn next to each other just because they are linked.
 */
export function layoutWeight(a: EdgeAttrs): number {
  const s = typeof a.score === 'number' ? a.score : 0;
  if (s > 0) return 1 + s / 4;
  if (s < 0) return 0.15;
  return 0.6;
}

/** ForceAtlas2's settings for a graph (exported for the client benchmark's bare page). */
export function fa2Settings(g: StoreGraph) {
  // inferSettings picks Barnes-Hut and gravity from the graph's order; sizes avoid overlaps.
  return { ...forceAtlas2.inferSettings(g), adjustSizes: false, linLogMode: false };
}

export class ForceLayout {
  private supervisor: FA2LayoutSupervisor | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<(running: boolean) => void>();

  constructor(private readonly graph: StoreGraph) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  onChange(fn: (running: boolean) => void): () => void {
    this.listeners.add(fn);
    return () => { this.listeners.delete(fn); };
  }

  /** Starts the worker; stops by itself after `maxMs` (a layout that runs forever burns the laptop). */
  start(maxMs = 6000): void {
    if (this.graph.order === 0) return;
    if (!this.supervisor) {
      this.supervisor = new FA2LayoutSupervisor(this.graph, {
        settings: fa2Settings(this.graph),
        getEdgeWeight: (_e, a) => layoutWeight(a as EdgeAttrs),
      });
    }
    this.supervisor.start();
    if (this.stopTimer) clearTimeout(this.stopTimer);
    if (maxMs > 0) this.stopTimer = setTimeout(() => this.stop(), maxMs);
    this.emit();
  }

  stop(): void {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = null;
    if (this.supervisor?.isRunning()) this.supervisor.stop();
    this.emit();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start(20_000);
  }

  kill(): void {
    this.stop();
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private emit(): void {
    for (const fn of this.listeners) fn(this.running);
  }
}

/** Pushes overlapping nodes apart, keeping the overall picture. */
export function applyNoverlap(g: StoreGraph, sizes?: ReadonlyMap<string, number>): void {
  if (g.order < 2) return;
  noverlap.assign(g, {
    maxIterations: 150,
    settings: { margin: sizes ? 0 : 3, ratio: 1.1, expansion: 1.1 },
    inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: sizes?.get(key) ?? 8 }),
    outputReducer: (_key, attr) => ({ x: attr.x, y: attr.y }),
  });
}

/** Nodes on a circle, ordered by entity type then name so similar actors sit together. */
export function applyCircular(g: StoreGraph): void {
  if (g.order === 0) return;
  const order = g.nodes().sort((a, b) => {
    const A = g.getNodeAttributes(a);
    const B = g.getNodeAttributes(b);
    return String(A.entityType).localeCompare(String(B.entityType)) || String(A.name).localeCompare(String(B.name));
  });
  const scale = Math.max(30, g.order * 4);
  const pos = circular(g, { scale });
  // circular() follows insertion order; re-deal its spots in our order.
  const spots = g.nodes().map((n) => pos[n]!);
  order.forEach((n, i) => {
    const p = spots[i]!;
    g.mergeNodeAttributes(n, { x: p.x!, y: p.y! });
  });
}

/**
 * Lets only the given (new) nodes find their place: ForceAtlas2 runs on a copy where every other
 * node is fixed, then the new positions are copied back. What the analyst already looked at
 * does not move.
 */
export function settleNodes(g: StoreGraph, newNodes: string[], iterations = 120): void {
  if (newNodes.length === 0 || g.order < 2) return;
  const fresh = new Set(newNodes);
  const copy = g.copy() as StoreGraph;
  const allNew = fresh.size === g.order;
  copy.forEachNode((n) => { copy.setNodeAttribute(n, 'fixed', !allNew && !fresh.has(n)); });
  const pos = forceAtlas2(copy, {
    iterations,
    settings: fa2Settings(copy),
    getEdgeWeight: (_e, a) => layoutWeight(a as EdgeAttrs),
  });
  for (const n of fresh) {
    const p = pos[n];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) g.mergeNodeAttributes(n, { x: p.x, y: p.y } as Partial<NodeAttrs>);
  }
}
