// A seeded PRNG (mulberry32) for graphology's Louvain `rng` option: the same graph always gives the
// same blocs. Same generator and seed as the client's bloc colouring (client/state/alliances.ts).
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
