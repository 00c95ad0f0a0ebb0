// The alliance views' pure logic: whole-graph bloc colours (from /api/alliances/blocs), the
// alliance matrix (actor order, cells, colours) and the dyad timeline chart's scaling.
// Structural types only, so the tests need no server and no DOM.
import { blocColor, scoreColor } from './style';

export interface ActorRef { id: string; name: string }
export interface DyadLike { a: ActorRef; b: ActorRef; sum: number; count: number; relationIds: string[] }
export interface BlocLike { id: string; label: string; members: ActorRef[] }
export interface BlocsLike {
  blocs: BlocLike[];
  memberOf: Record<string, string>;
  between: { a: string; b: string; cooperation: number; conflict: number }[];
  rollup?: { people: { person: ActorRef; actor: ActorRef }[] };
}

export const UNALIGNED_COLOR = '#b9bec5';

// ---- whole-graph blocs ----

export interface BlocLegendItem { id: string; label: string; color: string; size: number }
export interface BlocColoring {
  /** Actor id → bloc id; people the server rolled up to a state map to that state's bloc. */
  blocOf: Map<string, string>;
  colorOf: Map<string, string>;
  legend: BlocLegendItem[];
}

/** Colours per bloc in the server's order (largest first), so bloc 1 is always the first colour. */
export function blocColoring(res: BlocsLike): BlocColoring {
  const colorOfBloc = new Map<string, string>();
  const legend = res.blocs.map((b, i) => {
    const color = blocColor(i);
    colorOfBloc.set(b.id, color);
    return { id: b.id, label: b.label, color, size: b.members.length };
  });
  const blocOf = new Map<string, string>(Object.entries(res.memberOf));
  for (const p of res.rollup?.people ?? []) {
    const b = blocOf.get(p.actor.id);
    if (b !== undefined && !blocOf.has(p.person.id)) blocOf.set(p.person.id, b);
  }
  const colorOf = new Map<string, string>();
  for (const [actor, bloc] of blocOf) colorOf.set(actor, colorOfBloc.get(bloc) ?? UNALIGNED_COLOR);
  return { blocOf, colorOf, legend };
}

/** A conflict relation (score < 0) between two actors of different known blocs. */
export function isConflictBetweenBlocs(c: BlocColoring, source: string, target: string, score: number | null | undefined): boolean {
  if (typeof score !== 'number' || score >= 0) return false;
  const a = c.blocOf.get(source);
  const b = c.blocOf.get(target);
  return a !== undefined && b !== undefined && a !== b;
}

// ---- matrix ----

export interface MatrixActor { id: string; name: string; bloc: string | null; blocIndex: number; color: string }
export interface Matrix<D extends DyadLike = DyadLike> {
  actors: MatrixActor[];
  /** pairKey(a, b) → dyad (the same for both orders). */
  cells: Map<string, D>;
  /** The largest |sum|: the colour scale's end. */
  maxAbs: number;
  /** Actors left out to keep the grid readable. */
  omitted: number;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Rows and columns: actors grouped by bloc (the server's order, largest first; actors in no bloc
 * last), by name inside a bloc. With more than `max` actors the weakest (smallest Σ|sum|) go.
 */
export function buildMatrix<D extends DyadLike>(dyads: readonly D[], blocs: BlocsLike | null, max = 40): Matrix<D> {
  const names = new Map<string, string>();
  const weight = new Map<string, number>();
  const cells = new Map<string, D>();
  let maxAbs = 0;
  for (const d of dyads) {
    if (d.a.id === d.b.id) continue;
    names.set(d.a.id, d.a.name);
    names.set(d.b.id, d.b.name);
    weight.set(d.a.id, (weight.get(d.a.id) ?? 0) + Math.abs(d.sum));
    weight.set(d.b.id, (weight.get(d.b.id) ?? 0) + Math.abs(d.sum));
    cells.set(pairKey(d.a.id, d.b.id), d);
  }
  let ids = [...names.keys()];
  const omitted = Math.max(0, ids.length - max);
  if (omitted > 0) {
    ids = ids.sort((x, y) => (weight.get(y)! - weight.get(x)!) || x.localeCompare(y)).slice(0, max);
  }
  const kept = new Set(ids);
  for (const [k, d] of cells) {
    if (!kept.has(d.a.id) || !kept.has(d.b.id)) cells.delete(k);
    else maxAbs = Math.max(maxAbs, Math.abs(d.sum));
  }
  const blocIndex = new Map<string, number>((blocs?.blocs ?? []).map((b, i) => [b.id, i]));
  const actors = ids.map((id): MatrixActor => {
    const bloc = blocs?.memberOf[id] ?? null;
    const idx = bloc !== null && blocIndex.has(bloc) ? blocIndex.get(bloc)! : Number.MAX_SAFE_INTEGER;
    return { id, name: names.get(id)!, bloc, blocIndex: idx, color: idx === Number.MAX_SAFE_INTEGER ? UNALIGNED_COLOR : blocColor(idx) };
  });
  actors.sort((x, y) => x.blocIndex - y.blocIndex || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { actors, cells, maxAbs, omitted };
}

/**
 * A cell's colour: the score scale (red conflict … grey … green cooperation) with the sum
 * stretched so the strongest dyad on the grid is the scale's end (±10). Empty cells have none.
 */
export function cellColor(sum: number | null | undefined, maxAbs: number): string | null {
  if (typeof sum !== 'number' || Number.isNaN(sum)) return null;
  if (sum === 0 || maxAbs <= 0) return scoreColor(0);
  return scoreColor((sum / maxAbs) * 10);
}

export const signed = (n: number, digits = 1): string => {
  const r = Number(n.toFixed(digits));
  return r > 0 ? `+${r}` : String(r);
};

// ---- dyad timeline chart ----

export interface ChartPoint { start: string; sum: number; cumulative: number }
export interface ChartBar { x: number; width: number; y: number; height: number; value: number; start: string }
export interface Chart {
  bars: ChartBar[];
  /** SVG path of the cumulative line ('' without points). */
  line: string;
  zeroY: number;
  min: number;
  max: number;
  ticks: { y: number; value: number }[];
}

/**
 * Bars of the per-bucket sum around a zero line, and the cumulative sum as a line on the same
 * scale, inside a width × height box with `pad` pixels of margin on every side.
 */
export function scaleChart(points: readonly ChartPoint[], width: number, height: number, pad = 24): Chart {
  let min = 0;
  let max = 0;
  for (const p of points) {
    min = Math.min(min, p.sum, p.cumulative);
    max = Math.max(max, p.sum, p.cumulative);
  }
  if (min === max) { min -= 1; max += 1; }
  const innerH = Math.max(1, height - 2 * pad);
  const innerW = Math.max(1, width - 2 * pad);
  const y = (v: number) => pad + ((max - v) / (max - min)) * innerH;
  const zeroY = y(0);
  const step = points.length > 0 ? innerW / points.length : innerW;
  const barW = Math.max(1, step * 0.7);
  const bars = points.map((p, i) => {
    const top = Math.min(y(p.sum), zeroY);
    return { x: pad + i * step + (step - barW) / 2, width: barW, y: top, height: Math.abs(y(p.sum) - zeroY), value: p.sum, start: p.start };
  });
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(pad + i * step + step / 2)},${round(y(p.cumulative))}`).join(' ');
  const ticks = [max, 0, min].filter((v, i, a) => a.indexOf(v) === i).map((value) => ({ value, y: y(value) }));
  return { bars, line, zeroY, min, max, ticks };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A bucket size that gives a readable number of bars for the window. */
export function bucketFor(from: string | null, to: string | null, fallback: 'day' | 'week' | 'month' = 'week'): 'day' | 'week' | 'month' {
  if (!from || !to) return fallback;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (!Number.isFinite(days)) return fallback;
  return days <= 45 ? 'day' : days <= 365 ? 'week' : 'month';
}
