// The view in the URL fragment: readable keys, positions as id~x~y. The fragment never reaches the
// server, so a shared link costs no request and leaks nothing into access logs.
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { Polarity, SizeBy } from './types';

export interface CameraView { x: number; y: number; ratio: number }

export interface ViewState {
  seeds: string[];
  expanded: string[];
  filters: Filters;
  sizeBy: SizeBy;
  alliances: boolean;
  /** Node id → graph position. Every node on the canvas (it is also the node set). */
  positions: Record<string, [number, number]>;
  camera: CameraView | null;
  /** Selected node (n:…) or edge (e:…). */
  selected: string | null;
}

export const EMPTY_VIEW: ViewState = {
  seeds: [], expanded: [], filters: DEFAULT_FILTERS, sizeBy: 'degree', alliances: false, positions: {}, camera: null, selected: null,
};

// Ids are [\p{L}\p{N}:_.-]+ (the API's rule), so "~" and "," never occur inside one.
const list = (xs: string[]) => xs.join(',');
const unlist = (s: string | null) => (s ? s.split(',').filter(Boolean) : []);
const round = (v: number) => (Math.round(v * 100) / 100).toString();
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function encodeView(v: ViewState): string {
  const p = new URLSearchParams();
  if (v.seeds.length) p.set('seeds', list(v.seeds));
  if (v.expanded.length) p.set('exp', list(v.expanded));
  if (v.filters.relTypes) p.set('types', list(v.filters.relTypes));
  if (v.filters.entityTypes) p.set('et', list(v.filters.entityTypes));
  if (v.filters.polarity !== 'all') p.set('pol', v.filters.polarity);
  if (v.filters.from) p.set('from', v.filters.from);
  if (v.filters.to) p.set('to', v.filters.to);
  if (v.sizeBy !== 'degree') p.set('size', v.sizeBy);
  if (v.alliances) p.set('blocs', '1');
  if (v.selected) p.set('sel', v.selected);
  const pos = Object.entries(v.positions).map(([id, [x, y]]) => `${id}~${round(x)}~${round(y)}`);
  if (pos.length) p.set('pos', pos.join(','));
  if (v.camera) p.set('cam', [v.camera.x, v.camera.y, v.camera.ratio].map((n) => (Math.round(n * 10000) / 10000).toString()).join(','));
  // URLSearchParams escapes "," and "~"; both are safe in a fragment, and unescaped they keep links short.
  return p.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~');
}

/** Parses a fragment (with or without "#"); null when it holds no view. Unknown or malformed parts are ignored. */
export function decodeView(fragment: string): ViewState | null {
  const s = fragment.replace(/^#/, '');
  if (!s) return null;
  const p = new URLSearchParams(s);
  const positions: Record<string, [number, number]> = {};
  for (const item of unlist(p.get('pos'))) {
    const [id, xs, ys] = item.split('~');
    const x = Number(xs);
    const y = Number(ys);
    if (id && Number.isFinite(x) && Number.isFinite(y)) positions[id] = [x, y];
  }
  const seeds = unlist(p.get('seeds'));
  if (seeds.length === 0 && Object.keys(positions).length === 0) return null;
  const pol = p.get('pol');
  const polarity: Polarity = pol === 'cooperation' || pol === 'conflict' ? pol : 'all';
  const from = p.get('from');
  const to = p.get('to');
  const types = p.get('types');
  const et = p.get('et');
  let camera: CameraView | null = null;
  const cam = unlist(p.get('cam')).map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0) camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  const size = p.get('size');
  return {
    seeds,
    expanded: unlist(p.get('exp')),
    filters: {
      relTypes: types === null ? null : unlist(types),
      entityTypes: et === null ? null : unlist(et),
      polarity,
      from: from && DATE.test(from) ? from : null,
      to: to && DATE.test(to) ? to : null,
    },
    sizeBy: size === 'pagerank' ? 'pagerank' : 'degree',
    alliances: p.get('blocs') === '1',
    positions,
    camera,
    selected: p.get('sel'),
  };
}
