// The explorer's controller: owns the graph store, history, filters and selection, talks to the
// API, drives the layout and the renderer. React components read its state and call its actions.
import { api, ApiError, type BlocsResponse, type CypherResponse, type ExportFormat, type VocabularyResponse } from '../api/client';
import { applyCircular, applyNoverlap, ForceLayout, settleNodes } from '../layout/layouts';
import type { EdgeVisual, GraphView, NodeVisual, Styler } from '../render/types';
import { computeAlliances, type Alliances } from '../state/alliances';
import { blocColoring, isConflictBetweenBlocs, UNALIGNED_COLOR, type BlocColoring } from '../state/alliance-views';
import { computeVisibility, DEFAULT_FILTERS, timeDomain, type Filters, type Visibility } from '../state/filters';
import { History } from '../state/history';
import { collapse, createStoreGraph, deriveOrigins, mergeGraph, removeNode, restoreGraph, snapshotGraph, type GraphSnapshot } from '../state/store';
import { edgeSize, entityColor, fade, hidesWhileMoving, nodeLabel, nodeSizes, parallelCurvatures, scoreColor, withinCurveBudget } from '../state/style';
import type { EdgeAttrs, NodeAttrs, SizeBy, StoreGraph } from '../state/types';
import { decodeView, encodeView, type ViewState } from '../state/url';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
export type Tab = 'details' | 'filters' | 'cypher' | 'alliances' | 'article';
export interface Notice { id: number; kind: 'error' | 'info'; text: string }
export interface Health { ok: boolean; message: string | null; counts: { nodes: number; relationships: number; entities: number } | null }

export interface UiState {
  /** Bumps whenever the store graph changes. */
  graphVersion: number;
  seeds: string[];
  expanded: string[];
  /** Per node: relations that exist but were left out of its last expansion ("N more"). */
  hidden: Record<string, number>;
  filters: Filters;
  sizeBy: SizeBy;
  alliancesOn: boolean;
  alliances: Alliances | null;
  /** Whole-graph blocs (/api/alliances/blocs over the date window) colour the canvas. */
  wholeBlocsOn: boolean;
  wholeBlocs: { res: BlocsResponse; coloring: BlocColoring } | null;
  wholeBlocsStatus: 'idle' | 'loading' | 'error';
  wholeBlocsError: string | null;
  selection: Selection;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  busy: string | null;
  notices: Notice[];
  canUndo: boolean;
  canRedo: boolean;
  layoutRunning: boolean;
  vocabulary: VocabularyResponse | null;
  dateRange: { min: string | null; max: string | null };
  health: Health | null;
  visible: { nodes: number; edges: number };
  /** Parallel relations drawn straight because too many would be curved (0: none). */
  straightened: number;
  tab: Tab;
  ready: boolean;
}

interface Snapshot { graph: GraphSnapshot; seeds: string[]; expanded: string[]; hidden: Record<string, number>; limits: Record<string, number> }

/** Relations fetched per expansion; "more" asks for this many again. */
export const EXPANSION_STEP = 25;

const FADED_NODE = '#d5d9de';
const FADED_EDGE = '#e3e6ea';
const CONFLICT_EMPHASIS = '#c0182a';

export class Explorer {
  readonly graph: StoreGraph = createStoreGraph();
  readonly layout = new ForceLayout(this.graph);
  private view: GraphView | null = null;
  private history = new History<Snapshot>(60);
  private limits: Record<string, number> = {};
  private listeners = new Set<() => void>();
  private visibility: Visibility = { nodes: new Set(), edges: new Set() };
  private sizes = new Map<string, number>();
  private curvatures = new Map<string, number>();
  private focus: Set<string> | null = null;
  private conflictsBetween = new Set<string>();
  private staticTypes: Set<string> = new Set(['MEMBER_OF', 'CO_CHAIRS', 'HOLDS_OFFICE', 'LOCATED_IN', 'ALLIED_WITH']);
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private noticeId = 0;
  private healthTimer: ReturnType<typeof setInterval> | null = null;

  state: UiState = {
    graphVersion: 0, seeds: [], expanded: [], hidden: {}, filters: DEFAULT_FILTERS, sizeBy: 'degree',
    alliancesOn: false, alliances: null, wholeBlocsOn: false, wholeBlocs: null, wholeBlocsStatus: 'idle', wholeBlocsError: null, selection: null, hoveredNode: null, hoveredEdge: null, busy: null,
    notices: [], canUndo: false, canRedo: false, layoutRunning: false, vocabulary: null,
    dateRange: { min: null, max: null }, health: null, visible: { nodes: 0, edges: 0 }, straightened: 0, tab: 'details', ready: false,
  };

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = null) {
    this.layout.onChange((running) => {
      const was = this.state.layoutRunning;
      this.set({ layoutRunning: running });
      // ForceAtlas2 knows nothing of node sizes here; when it stops, push overlapping discs apart.
      if (was && !running) this.spread();
    });
    // Positions change while the worker runs: keep the shared URL in step (debounced).
    this.graph.on('eachNodeAttributesUpdated', () => this.scheduleUrl());
  }

  // ---- subscription (useSyncExternalStore) ----
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => { this.listeners.delete(fn); };
  };
  getState = (): UiState => this.state;

  private set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  // ---- startup ----
  async init(): Promise<void> {
    void this.checkHealth();
    this.healthTimer = setInterval(() => { void this.checkHealth(); }, 30_000);
    try {
      const [vocabulary, dateRange] = await Promise.all([api.vocabulary(), api.dateRange()]);
      this.staticTypes = new Set(vocabulary.relationTypes.filter((t) => t.kind === 'static').map((t) => t.type));
      this.set({ vocabulary, dateRange });
    } catch (e) {
      this.fail(e, 'Could not load the relation vocabulary');
    }
    const view = decodeView(location.hash);
    if (view) await this.restore(view);
    this.set({ ready: true });
  }

  async checkHealth(): Promise<void> {
    try {
      const h = await api.health();
      this.set({ health: { ok: h.neo4j.reachable, message: h.neo4j.reachable ? null : 'The graph database is unreachable.', counts: h.counts } });
    } catch (e) {
      const err = e as ApiError;
      this.set({ health: { ok: false, message: err.message || 'The server cannot be reached.', counts: null } });
    }
  }

  attachView(view: GraphView): void {
    this.view = view;
    view.on('clickNode', (id) => this.select({ kind: 'node', id }));
    view.on('doubleClickNode', (id) => { void this.expand(id); });
    view.on('clickEdge', (id) => this.select({ kind: 'edge', id }));
    view.on('clickStage', () => this.select(null));
    view.on('enterNode', (id) => this.hover(id));
    view.on('leaveNode', () => this.hover(null));
    view.on('enterEdge', (id) => this.hoverEdge(id));
    view.on('leaveEdge', () => this.hoverEdge(null));
    let resume = false;
    view.on('dragStart', () => { resume = this.layout.running; if (resume) this.layout.stop(); });
    view.on('dragEnd', () => { if (resume) this.layout.start(); this.scheduleUrl(); });
    view.on('camera', () => this.scheduleUrl());
    this.recompute();
  }

  detach(): void {
    this.view = null;
    this.layout.kill();
    if (this.healthTimer) clearInterval(this.healthTimer);
  }

  // ---- the styler the renderer calls ----
  readonly styler: Styler = {
    node: (id: string, a: NodeAttrs): NodeVisual => {
      const s = this.state;
      const hidden = !this.visibility.nodes.has(id);
      let color = entityColor(a.entityType);
      if (s.wholeBlocsOn && s.wholeBlocs) {
        color = s.wholeBlocs.coloring.colorOf.get(id) ?? UNALIGNED_COLOR;
      } else if (s.alliancesOn && s.alliances) {
        const b = s.alliances.blocOf.get(id);
        color = b === undefined ? '#b9bec5' : s.alliances.blocs[b]!.color;
      }
      const selected = (s.selection?.kind === 'node' && s.selection.id === id)
        || (s.selection?.kind === 'edge' && this.graph.hasEdge(s.selection.id) && this.graph.extremities(s.selection.id).includes(id));
      const inFocus = !this.focus || this.focus.has(id);
      return {
        label: inFocus ? nodeLabel(a, s.hidden[id] ?? 0) : '',
        color: inFocus ? color : FADED_NODE,
        size: this.sizes.get(id) ?? 6,
        hidden,
        highlighted: selected || s.hoveredNode === id,
        forceLabel: selected || (this.focus !== null && inFocus),
        zIndex: selected ? 3 : inFocus && this.focus ? 2 : 1,
      };
    },
    edge: (id: string, a: EdgeAttrs, directed: boolean): EdgeVisual => {
      const s = this.state;
      const hidden = !this.visibility.edges.has(id);
      const [src, tgt] = this.graph.extremities(id);
      let color = scoreColor(a.score);
      let size = edgeSize(a.score);
      let zIndex = 1;
      let label = '';
      let forceLabel = false;
      const text = a.date ? `${a.relType} · ${a.date}` : a.relType;
      if (s.wholeBlocsOn && s.wholeBlocs) {
        if (isConflictBetweenBlocs(s.wholeBlocs.coloring, src, tgt, a.score)) { color = CONFLICT_EMPHASIS; size *= 1.6; zIndex = 2; } else color = fade(color, 0.45);
      } else if (s.alliancesOn && s.alliances) {
        if (this.conflictsBetween.has(id)) { color = CONFLICT_EMPHASIS; size *= 1.6; zIndex = 2; } else color = fade(color, 0.45);
      }
      const touchesSelectedNode = s.selection?.kind === 'node' && (src === s.selection.id || tgt === s.selection.id);
      const isSelected = s.selection?.kind === 'edge' && s.selection.id === id;
      if (this.focus && !(src === s.hoveredNode || tgt === s.hoveredNode)) {
        color = FADED_EDGE;
        zIndex = 0;
      } else if (this.focus) {
        label = text; forceLabel = true; zIndex = 2;
      }
      if (touchesSelectedNode || s.hoveredEdge === id) { label = text; forceLabel = true; zIndex = Math.max(zIndex, 2); }
      if (isSelected) { label = text; forceLabel = true; size += 2; zIndex = 3; }
      return { label, color, size, hidden, forceLabel, zIndex, directed, curvature: this.curvatures.get(id) ?? 0 };
    },
  };

  // ---- derived data ----
  private graphChanged(): void {
    this.set({ graphVersion: this.state.graphVersion + 1, canUndo: this.history.canUndo, canRedo: this.history.canRedo });
    this.recompute();
  }

  /** Recomputes visibility, sizes, curvatures and blocs, then redraws. */
  private recompute(): void {
    const keep = new Set(this.state.seeds);
    this.visibility = computeVisibility(this.graph, this.state.filters, keep, this.staticTypes);
    this.sizes = nodeSizes(this.graph, this.state.sizeBy, this.visibility.nodes);
    const curves = withinCurveBudget(parallelCurvatures(this.graph, this.visibility.edges));
    this.curvatures = curves.curvatures;
    const alliances = this.state.alliancesOn ? computeAlliances(this.graph, this.visibility.nodes, this.visibility.edges) : null;
    this.conflictsBetween = new Set(alliances?.conflictsBetween ?? []);
    let selection = this.state.selection;
    if (selection?.kind === 'node' && !this.graph.hasNode(selection.id)) selection = null;
    if (selection?.kind === 'edge' && !this.graph.hasEdge(selection.id)) selection = null;
    this.set({ alliances, selection, visible: { nodes: this.visibility.nodes.size, edges: this.visibility.edges.size }, straightened: curves.straightened });
    this.view?.setHideWhileMoving(hidesWhileMoving(this.visibility.edges.size));
    this.view?.refresh();
    this.scheduleUrl();
  }

  isVisibleNode(id: string): boolean { return this.visibility.nodes.has(id); }
  isVisibleEdge(id: string): boolean { return this.visibility.edges.has(id); }
  visibleNodeIds(): string[] { return [...this.visibility.nodes]; }
  visibleEdgeIds(): string[] { return [...this.visibility.edges]; }
  get staticRelationTypes(): ReadonlySet<string> { return this.staticTypes; }
  getView(): GraphView | null { return this.view; }

  /** The slider's domain: the database's date range, widened to whatever is on screen. */
  timeDomain(): { min: string | null; max: string | null } {
    const local = timeDomain(this.graph);
    const { min, max } = this.state.dateRange;
    const lo = [min, local.min].filter(Boolean).sort()[0] ?? null;
    const hi = [max, local.max].filter(Boolean).sort().reverse()[0] ?? null;
    return { min: lo, max: hi };
  }

  // ---- history ----
  private snapshot(): Snapshot {
    return { graph: snapshotGraph(this.graph), seeds: [...this.state.seeds], expanded: [...this.state.expanded], hidden: { ...this.state.hidden }, limits: { ...this.limits } };
  }

  private apply(s: Snapshot): void {
    const wasRunning = this.layout.running;
    if (wasRunning) this.layout.stop();
    restoreGraph(this.graph, s.graph);
    this.limits = { ...s.limits };
    this.set({ seeds: s.seeds, expanded: s.expanded, hidden: s.hidden });
    this.graphChanged();
  }

  private checkpoint(): void {
    this.history.push(this.snapshot());
    this.set({ canUndo: true, canRedo: false });
  }

  undo = (): void => {
    const prev = this.history.undo(this.snapshot());
    if (prev) this.apply(prev);
  };

  redo = (): void => {
    const next = this.history.redo(this.snapshot());
    if (next) this.apply(next);
  };

  // ---- exploring ----
  private async task<T>(label: string, fn: () => Promise<T>): Promise<T | undefined> {
    this.set({ busy: label });
    try {
      return await fn();
    } catch (e) {
      this.fail(e);
      return undefined;
    } finally {
      this.set({ busy: null });
    }
  }

  /** Search result chosen: its neighbourhood joins the canvas (or, already there, it is selected). */
  async openEntity(id: string, name?: string): Promise<void> {
    if (this.graph.hasNode(id) && this.state.seeds.includes(id)) {
      this.select({ kind: 'node', id });
      this.view?.fit([id, ...this.graph.neighbors(id)]);
      return;
    }
    await this.task(`Loading ${name ?? id}…`, async () => {
      const res = await api.subgraph({ seeds: [id], limit: EXPANSION_STEP });
      this.checkpoint();
      const empty = this.graph.order === 0;
      const { addedNodes } = mergeGraph(this.graph, res.graph, { origin: id, anchor: id });
      settleNodes(this.graph, addedNodes);
      this.limits[id] = EXPANSION_STEP;
      this.set({
        seeds: this.state.seeds.includes(id) ? this.state.seeds : [...this.state.seeds, id],
        hidden: withHidden(this.state.hidden, id, res.hidden[id] ?? 0),
        selection: { kind: 'node', id },
        tab: 'details',
      });
      this.graphChanged();
      if (empty) this.view?.fit();
      else this.view?.fit([id, ...this.graph.neighbors(id)]);
    });
  }

  /** Several entities at once (e.g. the subjects of a committed article): each neighbourhood joins
   * the canvas as a seed, in one undo step; the first is selected. */
  async openEntities(ids: string[]): Promise<void> {
    const todo = [...new Set(ids)];
    if (todo.length === 0) return;
    if (todo.length === 1) return this.openEntity(todo[0]!);
    await this.task(`Loading ${todo.length} entities…`, async () => {
      const results = await Promise.all(todo.map((id) => api.subgraph({ seeds: [id], limit: EXPANSION_STEP }).then((res) => [id, res] as const)));
      this.checkpoint();
      let hidden = this.state.hidden;
      const added: string[] = [];
      for (const [id, res] of results) {
        const { addedNodes } = mergeGraph(this.graph, res.graph, { origin: id, anchor: id });
        added.push(...addedNodes);
        this.limits[id] = EXPANSION_STEP;
        hidden = withHidden(hidden, id, res.hidden[id] ?? 0);
      }
      settleNodes(this.graph, added);
      const present = todo.filter((id) => this.graph.hasNode(id));
      this.set({
        seeds: [...this.state.seeds, ...present.filter((id) => !this.state.seeds.includes(id))],
        hidden,
        selection: present[0] ? { kind: 'node', id: present[0] } : this.state.selection,
        tab: 'details',
      });
      this.graphChanged();
      this.view?.fit(present.length > 0 ? [...new Set(present.flatMap((id) => [id, ...this.graph.neighbors(id)]))] : undefined);
    });
  }

  /** Double-click: the node's neighbourhood, bounded; again (or "more") fetches the next batch. */
  async expand(id: string): Promise<void> {
    if (!this.graph.hasNode(id)) return;
    const name = String(this.graph.getNodeAttribute(id, 'name') ?? id);
    const labels = this.graph.getNodeAttribute(id, 'labels') ?? [];
    if (!labels.includes('Entity')) {
      this.notify('info', `${name} is not an entity; only entities can be expanded.`);
      return;
    }
    const limit = (this.limits[id] ?? 0) + EXPANSION_STEP;
    await this.task(`Expanding ${name}…`, async () => {
      const res = await api.subgraph({ seeds: [id], limit });
      this.checkpoint();
      const { addedNodes } = mergeGraph(this.graph, res.graph, { origin: id, anchor: id });
      settleNodes(this.graph, addedNodes);
      this.limits[id] = limit;
      const more = res.hidden[id] ?? 0;
      this.set({
        expanded: this.state.expanded.includes(id) || this.state.seeds.includes(id) ? this.state.expanded : [...this.state.expanded, id],
        hidden: withHidden(this.state.hidden, id, more),
      });
      this.graphChanged();
      if (addedNodes.length === 0) this.notify('info', more > 0 ? `No new entities; ${more} more relations are still hidden.` : `${name}: nothing more to show.`);
    });
  }

  /** All shortest paths between two entities, added to the canvas and framed. */
  async findPath(from: string, to: string): Promise<void> {
    const name = (n: string) => String(this.graph.hasNode(n) ? this.graph.getNodeAttribute(n, 'name') : n);
    await this.task(`Finding paths from ${name(from)} to ${name(to)}…`, async () => {
      const res = await api.paths(from, to, 4);
      if (res.paths.length === 0) {
        this.notify('info', `No path of up to 4 relations between ${name(from)} and ${name(to)}.`);
        return;
      }
      this.checkpoint();
      const { addedNodes } = mergeGraph(this.graph, res.graph, { origin: 'path', anchor: from });
      settleNodes(this.graph, addedNodes);
      this.graphChanged();
      const onPath = [...new Set(res.paths.flatMap((p) => p.nodes))];
      this.view?.fit(onPath);
      this.notify('info', `${res.paths.length} shortest path${res.paths.length === 1 ? '' : 's'} of ${res.length} relation${res.length === 1 ? '' : 's'}${res.truncated ? ' (more exist)' : ''}.`);
    });
  }

  collapse(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.checkpoint();
    const removed = collapse(this.graph, id);
    delete this.limits[id];
    this.set({
      expanded: this.state.expanded.filter((x) => x !== id && !removed.includes(x)),
      seeds: this.state.seeds.filter((x) => !removed.includes(x)),
      hidden: withHidden(this.state.hidden, id, 0),
    });
    this.graphChanged();
  }

  remove(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.checkpoint();
    const removed = new Set(removeNode(this.graph, id));
    this.set({
      seeds: this.state.seeds.filter((x) => !removed.has(x)),
      expanded: this.state.expanded.filter((x) => !removed.has(x)),
      selection: null,
    });
    this.graphChanged();
  }

  clear = (): void => {
    if (this.graph.order === 0) return;
    this.checkpoint();
    this.layout.stop();
    this.graph.clear();
    this.limits = {};
    this.set({ seeds: [], expanded: [], hidden: {}, selection: null, hoveredNode: null, hoveredEdge: null });
    this.graphChanged();
  };

  /** Cypher results onto the canvas: replacing it, or merged into it. */
  async runCypher(query: string, mode: 'replace' | 'merge'): Promise<CypherResponse> {
    this.set({ busy: 'Running query…' });
    try {
      const res = await api.cypher(query);
      if (res.graph.nodes.length > 0) {
        this.checkpoint();
        if (mode === 'replace') {
          this.layout.stop();
          this.graph.clear();
          this.limits = {};
          this.set({ seeds: [], expanded: [], hidden: {}, selection: null });
        }
        const { addedNodes } = mergeGraph(this.graph, res.graph, { origin: 'cypher' });
        settleNodes(this.graph, addedNodes);
        this.graphChanged();
        this.view?.fit();
      }
      return res;
    } finally {
      this.set({ busy: null });
    }
  }

  // ---- view state ----
  select(selection: Selection): void {
    this.set({ selection, ...(selection ? { tab: 'details' as Tab } : {}) });
    this.view?.refresh();
    this.scheduleUrl();
  }

  hover(id: string | null): void {
    // Nothing changed, nothing to redraw (a leave after the app already cleared the hover, say).
    if (id === this.state.hoveredNode) return;
    if (id && this.graph.hasNode(id)) {
      this.focus = new Set([id, ...this.graph.neighbors(id)]);
    } else {
      this.focus = null;
    }
    this.set({ hoveredNode: id });
    this.view?.refresh();
  }

  /** An edge's hover changes the look of that edge alone (its label): restyle it and the one it replaces. */
  hoverEdge(id: string | null): void {
    const was = this.state.hoveredEdge;
    if (id === was) return;
    this.set({ hoveredEdge: id });
    this.view?.refresh({ edges: [was, id].filter((e): e is string => e !== null) });
  }

  setTab(tab: Tab): void { this.set({ tab }); }

  setFilters(patch: Partial<Filters>): void {
    const before = this.state.filters;
    this.set({ filters: { ...this.state.filters, ...patch } });
    this.recompute();
    if (before.from !== this.state.filters.from || before.to !== this.state.filters.to) this.windowChanged();
  }

  resetFilters(): void {
    const before = this.state.filters;
    this.set({ filters: DEFAULT_FILTERS });
    this.recompute();
    if (before.from || before.to) this.windowChanged();
  }

  setSizeBy(sizeBy: SizeBy): void {
    this.set({ sizeBy });
    this.recompute();
  }

  setAlliances(on: boolean): void {
    this.set({ alliancesOn: on, ...(on ? { wholeBlocsOn: false } : {}) });
    this.recompute();
  }

  // ---- whole-graph blocs ----
  private blocsCtrl: AbortController | null = null;
  private blocsTimer: ReturnType<typeof setTimeout> | null = null;

  /** The date window every alliance view asks the server about (the slider's from/to). */
  allianceWindow(): { from: string | null; to: string | null } {
    return { from: this.state.filters.from, to: this.state.filters.to };
  }

  /** Colours the canvas by the blocs of the whole graph (server-side, over the date window). */
  setWholeBlocs(on: boolean): void {
    this.set({ wholeBlocsOn: on, ...(on ? { alliancesOn: false } : {}) });
    this.recompute();
    if (on) void this.loadWholeBlocs();
    else { this.blocsCtrl?.abort(); this.set({ wholeBlocsStatus: 'idle', wholeBlocsError: null }); }
  }

  private windowChanged(): void {
    if (!this.state.wholeBlocsOn) return;
    // The slider fires per day while dragged or replayed: ask once it rests.
    if (this.blocsTimer) clearTimeout(this.blocsTimer);
    this.blocsTimer = setTimeout(() => { void this.loadWholeBlocs(); }, 250);
  }

  async loadWholeBlocs(): Promise<void> {
    this.blocsCtrl?.abort();
    const ctrl = new AbortController();
    this.blocsCtrl = ctrl;
    this.set({ wholeBlocsStatus: 'loading', wholeBlocsError: null });
    try {
      const res = await api.blocs(this.allianceWindow(), ctrl.signal);
      if (ctrl.signal.aborted) return;
      this.set({ wholeBlocs: { res, coloring: blocColoring(res) }, wholeBlocsStatus: 'idle' });
      this.view?.refresh();
    } catch (e) {
      if ((e as Error).name === 'AbortError' || ctrl.signal.aborted) return;
      this.set({ wholeBlocsStatus: 'error', wholeBlocsError: e instanceof ApiError ? e.message : String((e as Error)?.message ?? e) });
    }
  }

  /** Adds every actor of the whole-graph blocs to the canvas (with the relations among them). */
  async showBlocActors(): Promise<void> {
    const res = this.state.wholeBlocs?.res;
    if (!res) return;
    const ids = [...new Set(res.blocs.flatMap((b) => b.members.map((m) => m.id)))];
    if (ids.length === 0) return;
    await this.task('Loading the bloc actors…', async () => {
      const json = await api.induced(ids);
      this.checkpoint();
      const { addedNodes } = mergeGraph(this.graph, json, { origin: 'blocs' });
      settleNodes(this.graph, addedNodes);
      const seeds = [...this.state.seeds, ...ids.filter((id) => this.graph.hasNode(id) && !this.state.seeds.includes(id))];
      this.set({ seeds });
      this.graphChanged();
      this.view?.fit();
    });
  }

  /** The colour a node is drawn in now (debug hook, tests). */
  nodeColor(id: string): string | null {
    return this.graph.hasNode(id) ? this.styler.node(id, this.graph.getNodeAttributes(id)).color : null;
  }

  // ---- layout ----
  toggleLayout = (): void => { this.layout.toggle(); };

  noverlap = (): void => {
    this.checkpoint();
    this.layout.stop();
    this.spread();
    this.graphChanged();
  };

  /** Noverlap with the discs as drawn (pixel sizes converted to graph units, plus room for a margin). */
  private spread(): void {
    const upp = this.view?.unitsPerPixel() ?? 1;
    const sizes = new Map<string, number>();
    for (const [n, px] of this.sizes) sizes.set(n, (px + 4) * upp);
    applyNoverlap(this.graph, sizes);
  }

  circular = (): void => {
    this.checkpoint();
    this.layout.stop();
    applyCircular(this.graph);
    this.graphChanged();
    this.view?.fit();
  };

  fit = (): void => { this.view?.fit(); };

  // ---- notices ----
  notify(kind: Notice['kind'], text: string): void {
    const id = ++this.noticeId;
    this.set({ notices: [...this.state.notices, { id, kind, text }].slice(-4) });
    setTimeout(() => this.dismiss(id), kind === 'error' ? 9000 : 4000);
  }

  dismiss(id: number): void {
    this.set({ notices: this.state.notices.filter((n) => n.id !== id) });
  }

  fail(e: unknown, context?: string): void {
    const err = e as ApiError;
    const text = err instanceof ApiError ? err.message : String((e as Error)?.message ?? e);
    this.notify('error', context ? `${context}: ${text}` : text);
    if (err instanceof ApiError && (err.status === 0 || err.status === 503)) void this.checkHealth();
  }

  // ---- export ----
  async exportAs(format: ExportFormat | 'png' | 'svg'): Promise<void> {
    const base = this.fileBaseName();
    if (format === 'png' || format === 'svg') {
      if (!this.view) return;
      try {
        const blob = format === 'png' ? await this.view.toPNG() : new Blob([this.view.toSVG()], { type: 'image/svg+xml' });
        download(blob, `${base}.${format}`);
      } catch (e) {
        this.fail(e, 'Image export failed');
      }
      return;
    }
    const ids = this.visibleNodeIds().filter((id) => (this.graph.getNodeAttribute(id, 'labels') ?? []).includes('Entity'));
    if (ids.length === 0) {
      this.notify('info', 'Nothing to export: the canvas shows no entities.');
      return;
    }
    await this.task(`Exporting ${format.toUpperCase()}…`, async () => {
      const file = await api.exportNodes(format, ids, base, this.visibleEdgeIds());
      download(file.blob, file.fileName);
    });
  }

  private fileBaseName(): string {
    const names = this.state.seeds.slice(0, 3).map((s) => (this.graph.hasNode(s) ? String(this.graph.getNodeAttribute(s, 'name')) : s));
    return names.length ? `newsgraph ${names.join(', ')}` : 'newsgraph';
  }

  // ---- URL and saved views ----
  currentView(): ViewState {
    const positions: Record<string, [number, number]> = {};
    this.graph.forEachNode((n, a) => { positions[n] = [a.x, a.y]; });
    const cam = this.view?.getCamera();
    const sel = this.state.selection;
    return {
      seeds: this.state.seeds,
      expanded: this.state.expanded,
      filters: this.state.filters,
      sizeBy: this.state.sizeBy,
      alliances: this.state.alliancesOn,
      positions,
      camera: cam && this.graph.order > 0 ? { x: cam.x, y: cam.y, ratio: cam.ratio } : null,
      selected: sel ? `${sel.kind === 'node' ? 'n' : 'e'}:${sel.id}` : null,
    };
  }

  shareFragment(): string {
    return this.graph.order === 0 && this.state.seeds.length === 0 ? '' : encodeView(this.currentView());
  }

  private scheduleUrl(): void {
    if (!this.state.ready) return;
    if (this.urlTimer) clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const frag = this.shareFragment();
      const url = `${location.pathname}${location.search}${frag ? `#${frag}` : ''}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
    }, 250);
  }

  /** Opens a view (shared link or saved view): the same nodes at the same places, same filters and camera. */
  async restore(v: ViewState): Promise<void> {
    this.layout.stop();
    const ids = Object.keys(v.positions);
    await this.task('Opening the shared view…', async () => {
      if (this.graph.order > 0) this.checkpoint();
      this.graph.clear();
      this.limits = {};
      this.set({ filters: v.filters, sizeBy: v.sizeBy, alliancesOn: v.alliances, seeds: v.seeds, expanded: v.expanded, hidden: {}, selection: null });
      if (ids.length > 0) {
        const entityIds = ids.filter((id) => !id.startsWith('n:'));
        if (entityIds.length > 0) {
          const json = await api.induced(entityIds);
          const { addedNodes } = mergeGraph(this.graph, json, { positions: v.positions });
          settleNodes(this.graph, addedNodes.filter((n) => !v.positions[n]));
          deriveOrigins(this.graph, [...v.seeds, ...v.expanded]);
        }
        for (const s of [...v.seeds, ...v.expanded]) this.limits[s] = EXPANSION_STEP;
      } else {
        // A hand-written link (#seeds=…): replay the neighbourhoods.
        for (const s of v.seeds) {
          const res = await api.subgraph({ seeds: [s], limit: EXPANSION_STEP });
          const { addedNodes } = mergeGraph(this.graph, res.graph, { origin: s, anchor: s });
          settleNodes(this.graph, addedNodes);
          this.limits[s] = EXPANSION_STEP;
          this.set({ hidden: withHidden(this.state.hidden, s, res.hidden[s] ?? 0) });
        }
        for (const s of v.expanded) {
          if (!this.graph.hasNode(s)) continue;
          const res = await api.subgraph({ seeds: [s], limit: EXPANSION_STEP });
          const { addedNodes } = mergeGraph(this.graph, res.graph, { origin: s, anchor: s });
          settleNodes(this.graph, addedNodes);
          this.limits[s] = EXPANSION_STEP;
        }
      }
      let selection: Selection = null;
      if (v.selected?.startsWith('n:') && this.graph.hasNode(v.selected.slice(2))) selection = { kind: 'node', id: v.selected.slice(2) };
      if (v.selected?.startsWith('e:') && this.graph.hasEdge(v.selected.slice(2))) selection = { kind: 'edge', id: v.selected.slice(2) };
      this.set({ selection, seeds: v.seeds.filter((s) => this.graph.hasNode(s)), expanded: v.expanded.filter((s) => this.graph.hasNode(s)) });
      this.graphChanged();
      const cam = v.camera;
      // Sigma frames the graph on its next render; set the camera after that.
      if (cam) requestAnimationFrame(() => requestAnimationFrame(() => this.view?.setCamera({ ...cam, angle: 0 })));
      else this.view?.fit();
    });
  }

  async openFragment(fragment: string): Promise<void> {
    const v = decodeView(fragment);
    if (!v) { this.notify('error', 'That view link holds no view.'); return; }
    history.replaceState(null, '', `#${fragment.replace(/^#/, '')}`);
    await this.restore(v);
  }

  get localStorage(): Pick<Storage, 'getItem' | 'setItem'> | null { return this.storage; }
}

function withHidden(h: Record<string, number>, id: string, n: number): Record<string, number> {
  const next = { ...h };
  if (n > 0) next[id] = n;
  else delete next[id];
  return next;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
