import { structuralBalance } from './balance';
import { computeDyads } from './dyads';
import { actorRelations, row } from './test-fixture';
import type { RelationRow } from './types';

const balanceOf = (rows: RelationRow[], limit?: number) => structuralBalance(computeDyads(actorRelations(rows)), { limit });

describe('structuralBalance', () => {
  it('counts a triangle of friends and one of two friends against a common enemy as balanced', () => {
    expect(balanceOf([row('MET', 'a', 'b'), row('MET', 'b', 'c'), row('MET', 'a', 'c')])).toMatchObject({ triangles: 1, balanced: 1, unbalanced: 0, share: 1, unbalancedTriads: [] });
    expect(balanceOf([row('ALLIED_WITH', 'a', 'b'), row('FIGHTS', 'b', 'c'), row('FIGHTS', 'a', 'c')])).toMatchObject({ triangles: 1, share: 1 });
  });

  it('finds the friend of both sides in a perfectly unbalanced triangle, with its evidence and a sentence', () => {
    const r = balanceOf([
      row('ALLIED_WITH', 'russia', 'armenia', { id: 'al' }), row('PRAISES', 'azerbaijan', 'russia', { id: 'pr' }),
      row('FIGHTS', 'armenia', 'azerbaijan', { id: 'fi' }),
    ]);
    expect(r).toMatchObject({ triangles: 1, balanced: 0, unbalanced: 1, share: 0, truncated: false });
    const [t] = r.unbalancedTriads;
    expect(t).toMatchObject({ kind: 'friend-of-both-sides', pivot: 'russia', relationIds: ['al', 'fi', 'pr'], strength: 3.4 });
    expect(t!.actors.map((a) => a.id)).toEqual(['armenia', 'azerbaijan', 'russia']);
    expect(t!.sentence).toBe('Russia cooperates with Armenia and with Azerbaijan, which fight each other');
  });

  it('describes conflict without fighting, and three actors all at odds', () => {
    expect(balanceOf([row('MET', 'c', 'a'), row('MET', 'c', 'b'), row('ACCUSES', 'a', 'b')]).unbalancedTriads[0]!.sentence)
      .toBe('C cooperates with A and with B, which are in conflict with each other');
    const r = balanceOf([row('FIGHTS', 'a', 'b'), row('THREATENS', 'b', 'c'), row('ACCUSES', 'c', 'a')]);
    expect(r.unbalancedTriads[0]).toMatchObject({ kind: 'all-against-all', pivot: null, sentence: 'A, B and C are all in conflict with one another' });
  });

  it('ignores dyads whose scores cancel, and says so when there is no triangle', () => {
    const r = balanceOf([row('MET', 'a', 'b'), row('MET', 'b', 'c'), row('CALLED', 'a', 'c'), row('ACCUSES', 'a', 'c', { score: -1 })]);
    expect(r).toMatchObject({ triangles: 0, share: null });
  });

  it('mixes: share over all triangles, strongest unbalanced first, bounded by limit', () => {
    const rows = [
      // balanced: a b c friends
      row('MET', 'a', 'b'), row('MET', 'b', 'c'), row('MET', 'a', 'c'),
      // unbalanced, weak (c friend of d and e, which accuse each other)
      row('MET', 'c', 'd'), row('MET', 'c', 'e'), row('ACCUSES', 'd', 'e'),
      // unbalanced, strong (f with g and h, which fight)
      row('AGREED_WITH', 'f', 'g'), row('AGREED_WITH', 'f', 'h'), row('FIGHTS', 'g', 'h'),
    ];
    const r = balanceOf(rows, 1);
    expect(r).toMatchObject({ triangles: 3, balanced: 1, unbalanced: 2, share: 0.333333, truncated: true });
    expect(r.unbalancedTriads.map((t) => t.pivot)).toEqual(['f']);
  });
});
