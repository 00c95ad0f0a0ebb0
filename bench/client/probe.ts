// Injected into both pages before any of their scripts (page.addInitScript): a requestAnimationFrame
// loop that records every frame's timestamp, a counter of worker → page messages (the FA2
// supervisor gets exactly one message per iteration), and the "first frame" after the page says
// its graph is in: two frames after ready, i.e. once the render that followed it was presented.
// Kept as a string so no bundler rewrites it; it runs in the page, not in Node.
export const PROBE = `
(() => {
  const b = { frames: [], workerMessages: 0, readyFrame: -1, firstFrame: null, isReady: () => false };
  window.__bench = b;
  const loop = (t) => {
    b.frames.push(t);
    if (b.readyFrame < 0 && b.isReady()) b.readyFrame = b.frames.length;
    if (b.readyFrame >= 0 && b.firstFrame === null && b.frames.length >= b.readyFrame + 2) b.firstFrame = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(...args) { super(...args); this.addEventListener('message', () => { b.workerMessages += 1; }); }
  };
})();
`;

/** The app is ready once its view restore finished (the debugging hook says so). */
export const APP_READY = `window.__bench.isReady = () => { const h = window.__newsgraph; return !!h && h.ready && h.busy === null && h.seeds !== undefined && performance.getEntriesByType('resource').some((e) => e.name.endsWith('/api/export')); };`;
export const BARE_READY = `window.__bench.isReady = () => !!window.__bare && window.__bare.ready;`;
