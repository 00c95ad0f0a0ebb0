import { findBlocs } from './blocs';
import { computeDyads, type Dyad } from './dyads';
import { actorRelations, office, row } from './test-fixture';
import type { RelationRow } from './types';

const sameBloc = (r: ReturnType<typeof findBlocs>, x: string, y: string) => r.memberOf[x] === r.memberOf[y];

function twoCamps(): RelationRow[] {
  const west = ['w1', 'w2', 'w3'];
  const east = ['e1', 'e2', 'e3'];
  const rows: RelationRow[] = [];
  for (const camp of [west, east]) {
    for (let i = 0; i < camp.length; i++) for (let j = i + 1; j < camp.length; j++) rows.push(row('COOPERATES_WITH', camp[i]!, camp[j]!));
  }
  for (const w of west) for (const e of east) rows.push(row('THREATENS', w, e, { score: -2 }));
  return rows;
}

describe('findBlocs', () => {
  it('finds two clear blocs with the conflict between them', () => {
    const r = findBlocs(computeDyads(actorRelations(twoCamps())));
    expect(r.blocs).toHaveLength(2);
    expect(r.blocs.map((b) => b.members.map((m) => m.id))).toEqual([['e1', 'e2', 'e3'], ['w1', 'w2', 'w3']]);
    expect(r.blocs[0]).toMatchObject({ id: 'bloc-1', cooperationWithin: 12, conflictWithin: 0 });
    expect(r.between).toEqual([{ a: 'bloc-1', b: 'bloc-2', cooperation: 0, conflict: 18 }]);
    expect(r.quality).toBe(1);
    expect(r.frustration).toBe(0);
  });

  it('is deterministic whatever the input order', () => {
    const dyads = computeDyads(actorRelations(twoCamps()));
    const shuffled: Dyad[] = [...dyads].reverse();
    expect(findBlocs(shuffled)).toEqual(findBlocs(dyads));
  });

  it('splits a cooperative cluster that holds two enemies (conflict is what Louvain cannot see)', () => {
    // x–y and y–z cooperate, x and z fight: on cooperation alone one bloc; the refinement moves x out.
    const dyads = computeDyads(actorRelations([
      row('COOPERATES_WITH', 'x', 'y', { score: 5 }), row('COOPERATES_WITH', 'y', 'z', { score: 5 }), row('FIGHTS', 'x', 'z', { score: -20 }),
    ]));
    const r = findBlocs(dyads);
    expect(sameBloc(r, 'x', 'z')).toBe(false);
    expect(r.refinementMoves).toBeGreaterThan(0);
    expect(r.frustration).toBe(5);
    expect(r.quality).toBeCloseTo(1 - 5 / 30, 6);
  });

  it('leaves an actor whose only ties are hostile on its own, and puts an arms supplier with its client', () => {
    const r = findBlocs(computeDyads(actorRelations([
      row('PROVIDES_MILITARY_AID', 'turkey', 'azerbaijan'), row('FIGHTS', 'armenia', 'azerbaijan'), row('ALLIED_WITH', 'russia', 'armenia'),
      row('FIGHTS', 'karabakh', 'azerbaijan'),
    ])));
    expect(sameBloc(r, 'turkey', 'azerbaijan')).toBe(true);
    expect(sameBloc(r, 'russia', 'armenia')).toBe(true);
    expect(sameBloc(r, 'armenia', 'azerbaijan')).toBe(false);
    expect(r.blocs.find((b) => b.id === r.memberOf.karabakh)!.members).toHaveLength(1);
    expect(r.quality).toBe(1);
  });

  it('groups people with their state when rolled up, and co-members together', () => {
    const rows = [
      row('MEMBER_OF', 'a', 'org:pact'), row('MEMBER_OF', 'b', 'org:pact'), row('MEMBER_OF', 'c', 'org:pact'),
      row('CRITICIZES', 'p:leader', 'd'), row('SUPPORTS', 'd', 'e'),
    ];
    const r = findBlocs(computeDyads(actorRelations(rows, [office('p:leader', 'a')])));
    expect(sameBloc(r, 'a', 'b') && sameBloc(r, 'b', 'c') && sameBloc(r, 'a', 'pact')).toBe(true);
    expect(sameBloc(r, 'a', 'd')).toBe(false);
    expect(r.memberOf.leader).toBeUndefined();
  });

  it('answers an empty graph with no blocs and no quality', () => {
    expect(findBlocs([])).toMatchObject({ blocs: [], memberOf: {}, between: [], quality: null });
  });
});

describe('bloc merges', () => {
  // Two cooperating trios linked by weaker cooperation and no quarrel: modularity splits them, but
  // nothing sets them apart, so the merge step joins them (frustration 2 → 0).
  const rows = [
    ...[['a1', 'a2'], ['a2', 'a3'], ['a1', 'a3'], ['b1', 'b2'], ['b2', 'b3'], ['b1', 'b3']].map(([x, y]) => row('COOPERATES_WITH', x!, y!, { score: 5 })),
    row('CALLED', 'a1', 'b1'), row('CALLED', 'a2', 'b2'),
  ];
  it('joins blocs that cooperate and do not quarrel', () => {
    const r = findBlocs(computeDyads(actorRelations(rows)));
    expect(r.blocs).toHaveLength(1);
    expect(r.refinementMerges).toBe(1);
    expect(r.quality).toBe(1);
  });
  it('keeps Louvain\'s grain with merge off', () => {
    const r = findBlocs(computeDyads(actorRelations(rows)), { merge: false });
    expect(r.blocs.map((b) => b.members.map((m) => m.id))).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3']]);
    expect(r.between).toEqual([{ a: 'bloc-1', b: 'bloc-2', cooperation: 2, conflict: 0 }]);
    expect(r.frustration).toBe(2);
  });
  it('never merges across a net conflict', () => {
    const r = findBlocs(computeDyads(actorRelations([...rows, row('FIGHTS', 'a3', 'b3')])));
    expect(r.blocs).toHaveLength(2);
    expect(r.refinementMerges).toBe(0);
  });
});
