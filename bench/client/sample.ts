// Which entities the client benchmark draws: a weighted random sample without replacement
// (Efraimidis–Spirakis: each item's key is u^(1/w), the n largest keys win), weighted by degree.
// A uniform sample of a large news graph is mostly isolated minor actors (at 1M relations, 20k of
// 250k entities share few relations); weighting by degree gives what an analyst's view holds, the
// main actors and the relations among them, at the density the target names (20k nodes / 50k edges).

export interface Weighted { id: string; weight: number }

export function weightedSample(items: readonly Weighted[], n: number, random: () => number): string[] {
  const keyed = items
    .filter((i) => i.weight > 0)
    .map((i) => ({ id: i.id, key: Math.log(Math.max(random(), Number.MIN_VALUE)) / i.weight })); // log(u^(1/w)): same order, no underflow
  keyed.sort((a, b) => b.key - a.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.slice(0, n).map((k) => k.id);
}
