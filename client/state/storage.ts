// Named views and Cypher history in localStorage. The storage is passed in (window.localStorage in
// the app, a Map-backed fake in tests), and corrupt or foreign data reads as empty.
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SavedView { name: string; fragment: string; savedAt: string; nodes: number }

const VIEWS_KEY = 'newsgraph.views.v1';
const HISTORY_KEY = 'newsgraph.cypherHistory.v1';
const MAX_HISTORY = 50;

function readJson<T>(s: KeyValueStorage, key: string, valid: (x: unknown) => x is T): T[] {
  try {
    const parsed: unknown = JSON.parse(s.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

function writeJson(s: KeyValueStorage, key: string, value: unknown): void {
  try {
    s.setItem(key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage disabled (private mode): the feature degrades, the app goes on.
  }
}

const isView = (x: unknown): x is SavedView =>
  typeof x === 'object' && x !== null && typeof (x as SavedView).name === 'string' && typeof (x as SavedView).fragment === 'string';

export function listViews(s: KeyValueStorage): SavedView[] {
  return readJson(s, VIEWS_KEY, isView).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}

/** Saves (or overwrites, by name) a view. */
export function saveView(s: KeyValueStorage, v: SavedView): SavedView[] {
  const views = listViews(s).filter((x) => x.name !== v.name);
  views.unshift(v);
  writeJson(s, VIEWS_KEY, views);
  return views;
}

export function deleteView(s: KeyValueStorage, name: string): SavedView[] {
  const views = listViews(s).filter((x) => x.name !== name);
  writeJson(s, VIEWS_KEY, views);
  return views;
}

export function readHistory(s: KeyValueStorage): string[] {
  return readJson(s, HISTORY_KEY, (x): x is string => typeof x === 'string');
}

/** Most recent first, no duplicates, bounded. */
export function pushHistory(s: KeyValueStorage, query: string): string[] {
  const q = query.trim();
  if (!q) return readHistory(s);
  const next = [q, ...readHistory(s).filter((x) => x !== q)].slice(0, MAX_HISTORY);
  writeJson(s, HISTORY_KEY, next);
  return next;
}

export function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); } };
}
