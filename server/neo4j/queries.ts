// Cypher lives in cypher/<name>.cypher, one named query per file, loaded once and looked up by name.
import fs from 'node:fs';
import path from 'node:path';

const NAME = /^[a-z0-9][a-z0-9-]*$/;
let cache: Map<string, string> | null = null;
let cacheRoot = '';

export function loadQueries(root: string): Map<string, string> {
  if (cache && cacheRoot === root) return cache;
  const dir = path.join(root, 'cypher');
  const map = new Map<string, string>();
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.cypher')) continue;
    map.set(f.slice(0, -'.cypher'.length), fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  cache = map;
  cacheRoot = root;
  return map;
}

export function query(root: string, name: string): string {
  if (!NAME.test(name)) throw new Error(`Bad query name: ${name}`);
  const text = loadQueries(root).get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}

/** Splits a multi-statement file (schema.cypher) on semicolons that end a line, dropping comments. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim())
    .filter(Boolean);
}
