// CPU profiles of a page while the camera pans (bench --profile): where the frame time goes.
// The .cpuprofile is written whole (open it in Chromium's DevTools, which reads the source maps);
// the summary names the functions that took the most self time, so the log alone says where to look.

/** The parts of the DevTools Protocol's Profiler.Profile used here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction { name: string; where: string; selfMs: number; share: number }

/** Self time per function (summed over every call site of the same function), largest first. */
export function hotFunctions(p: CpuProfile, top = 12): HotFunction[] {
  const byNode = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; where: string; us: number }>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the delta to the next sample (the last one has none).
    const us = Math.max(0, deltas[i + 1] ?? 0);
    const n = byNode.get(samples[i]!);
    if (!n) continue;
    const f = n.callFrame;
    const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
    const where = file ? `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const name = f.functionName || (where ? '(anonymous)' : f.url || '(native)');
    const key = `${name}@${where}`;
    const e = self.get(key) ?? { name, where, us: 0 };
    e.us += us;
    self.set(key, e);
    total += us;
  }
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, share: total > 0 ? e.us / total : 0 }));
}

export function formatHot(hot: HotFunction[]): string {
  return hot.map((h) => `${(h.share * 100).toFixed(1).padStart(5)}% ${h.selfMs.toFixed(0).padStart(6)} ms  ${h.name}${h.where ? `  ${h.where}` : ''}`).join('\n');
}
