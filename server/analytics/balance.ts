// Structural balance (Heider; Cartwright & Harary): a triangle of actors whose three dyads all have a
// sign (the sign of the dyad's summed score; zero-sum dyads are ignored) is balanced when the product
// of the signs is positive — "the friend of my friend is my friend", "the enemy of my enemy is my
// friend". The two unbalanced shapes are one actor cooperating with two others that are at odds
// (+ + −), and three actors all at odds (− − −).
import type { Dyad } from './dyads';
import { signedGraph } from './signed-graph';
import { byId, round, type EntityRef } from './types';

export type TriadKind = 'friend-of-both-sides' | 'all-against-all';

export interface TriadTie { a: string; b: string; sum: number; sign: 1 | -1; relationIds: string[] }

export interface UnbalancedTriad {
  actors: [EntityRef, EntityRef, EntityRef];
  kind: TriadKind;
  /** For friend-of-both-sides: the actor that cooperates with the two others. */
  pivot: string | null;
  ties: [TriadTie, TriadTie, TriadTie];
  /** Every relation behind the three dyads (evidence: GET /api/relations/:id/evidence). */
  relationIds: string[];
  /** The weakest of the three |sums|: how firmly the triangle is unbalanced. */
  strength: number;
  sentence: string;
}

export interface BalanceResult {
  /** Triangles whose three dyads all have a sign. */
  triangles: number;
  balanced: number;
  unbalanced: number;
  /** balanced / triangles; null when there is no triangle. */
  share: number | null;
  /** Strongest first, at most `limit`. */
  unbalancedTriads: UnbalancedTriad[];
  truncated: boolean;
}

const byName = (x: EntityRef, y: EntityRef) => (x.name < y.name ? -1 : x.name > y.name ? 1 : byId(x.id, y.id));

function sentenceFor(kind: TriadKind, actors: EntityRef[], pivot: string | null, ties: TriadTie[], dyadOf: (a: string, b: string) => Dyad): string {
  if (kind === 'all-against-all') {
    const [x, y, z] = [...actors].sort(byName);
    return `${x!.name}, ${y!.name} and ${z!.name} are all in conflict with one another`;
  }
  const p = actors.find((e) => e.id === pivot)!;
  const [x, y] = actors.filter((e) => e.id !== pivot).sort(byName);
  const foes = ties.find((t) => t.sign < 0)!;
  const fight = dyadOf(foes.a, foes.b).byType.FIGHTS !== undefined;
  return `${p.name} cooperates with ${x!.name} and with ${y!.name}, which ${fight ? 'fight each other' : 'are in conflict with each other'}`;
}

export function structuralBalance(dyads: readonly Dyad[], o: { limit?: number } = {}): BalanceResult {
  const limit = o.limit ?? 100;
  const g = signedGraph(dyads);
  const actor = (id: string): EntityRef => ({ id, name: g.getNodeAttribute(id, 'name'), entityType: g.getNodeAttribute(id, 'entityType') });
  const dyadOf = (a: string, b: string) => g.getEdgeAttribute(g.edge(a, b)!, 'dyad');
  const tie = (a: string, b: string): TriadTie => {
    const d = dyadOf(a, b);
    return { a: d.a.id, b: d.b.id, sum: d.sum, sign: d.sum > 0 ? 1 : -1, relationIds: d.relationIds };
  };

  let triangles = 0;
  let balanced = 0;
  const unbalanced: UnbalancedTriad[] = [];
  // Each triangle once: u < v < w by id.
  const nodes = [...g.nodes()].sort(byId);
  for (const u of nodes) {
    const nu = g.neighbors(u).filter((v) => byId(v, u) > 0).sort(byId);
    const nuSet = new Set(nu);
    for (const v of nu) {
      for (const w of g.neighbors(v).filter((x) => byId(x, v) > 0 && nuSet.has(x)).sort(byId)) {
        triangles++;
        const ties: [TriadTie, TriadTie, TriadTie] = [tie(u, v), tie(v, w), tie(u, w)];
        const product = ties[0].sign * ties[1].sign * ties[2].sign;
        if (product > 0) { balanced++; continue; }
        const negatives = ties.filter((t) => t.sign < 0).length;
        const kind: TriadKind = negatives === 1 ? 'friend-of-both-sides' : 'all-against-all';
        let pivot: string | null = null;
        if (kind === 'friend-of-both-sides') {
          const foes = ties.find((t) => t.sign < 0)!;
          pivot = [u, v, w].find((x) => x !== foes.a && x !== foes.b)!;
        }
        const actors: [EntityRef, EntityRef, EntityRef] = [actor(u), actor(v), actor(w)];
        unbalanced.push({
          actors, kind, pivot, ties,
          relationIds: [...new Set(ties.flatMap((t) => t.relationIds))].sort(byId),
          strength: round(Math.min(...ties.map((t) => Math.abs(t.sum)))),
          sentence: sentenceFor(kind, actors, pivot, ties, dyadOf),
        });
      }
    }
  }
  unbalanced.sort((x, y) => y.strength - x.strength || byId(x.actors.map((a) => a.id).join(), y.actors.map((a) => a.id).join()));
  return {
    triangles, balanced, unbalanced: unbalanced.length,
    share: triangles > 0 ? round(balanced / triangles) : null,
    unbalancedTriads: unbalanced.slice(0, limit),
    truncated: unbalanced.length > limit,
  };
}
