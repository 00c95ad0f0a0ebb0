// Builds the browser client when dist/client is missing or older than its sources, so `npm start`
// on a fresh clone serves the UI without a separate build step.
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function clientIsStale(root: string): boolean {
  if (!fs.existsSync(path.join(root, 'client', 'vite.config.ts'))) return false;
  const index = path.join(root, 'dist', 'client', 'index.html');
  if (!fs.existsSync(index)) return true;
  return newestMtime(path.join(root, 'client')) > fs.statSync(index).mtimeMs;
}

export async function buildClient(root: string, log: (m: string) => void): Promise<void> {
  log('Building the browser client…');
  const t0 = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'client', 'vite.config.ts'), logLevel: 'warn' });
  log(`Client built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
