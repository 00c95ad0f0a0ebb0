// Browser client build: `npm run build` (or `npm start`, which builds when stale) → dist/client.
// JSX through Vite's built-in Oxc transform (React automatic runtime); no inline scripts anywhere,
// so the server's strict CSP (script-src 'self') holds.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The Cypher parser (ANTLR) alone is ~1 MB; one bundle is fine for a local analyst tool.
    chunkSizeWarningLimit: 3000,
    // Vite would inline small assets as data: URLs; keep everything a file the CSP allows.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:4000' } },
});
