import { computeDyads, contributions, dyadsInvolving } from './dyads';
import { actorRelations, office, row } from './test-fixture';

describe('computeDyads', () => {
  it('sums both directions of a pair, overall and by type', () => {
    const [d] = computeDyads(actorRelations([
      row('FIGHTS', 'armenia', 'azerbaijan', { id: 'f' }),
      row('ACCUSES', 'armenia', 'azerbaijan', { id: 'x1' }),
      row('ACCUSES', 'azerbaijan', 'armenia', { id: 'x2' }),
    ]));
    expect(d).toMatchObject({
      a: { id: 'armenia' }, b: { id: 'azerbaijan' }, count: 3, sum: -14, mean: -4.666667,
      cooperation: 0, conflict: 14, polarity: 'conflict',
      byType: { ACCUSES: { count: 2, sum: -4, mean: -2 }, FIGHTS: { count: 1, sum: -10, mean: -10 } },
      relationIds: ['f', 'x1', 'x2'],
    });
  });

  it('turns co-membership of an organisation into a cooperative tie between the members', () => {
    const dyads = computeDyads(actorRelations([
      row('MEMBER_OF', 'armenia', 'org:csto', { id: 'm1', knownFrom: '2020-10-08' }),
      row('MEMBER_OF', 'russia', 'org:csto', { id: 'm2', knownFrom: '2020-10-21' }),
      row('MEMBER_OF', 'belarus', 'org:csto', { id: 'm3', score: 2 }),
    ]));
    const pair = (a: string, b: string) => dyads.find((d) => d.a.id === a && d.b.id === b);
    expect(pair('armenia', 'russia')).toMatchObject({ sum: 3, polarity: 'cooperation', byType: { CO_MEMBERSHIP: { count: 1, sum: 3 } }, relationIds: ['m1', 'm2'] });
    // The weaker membership sets the tie.
    expect(pair('armenia', 'belarus')).toMatchObject({ sum: 2, relationIds: ['m1', 'm3'] });
    // Membership itself is a tie with the organisation.
    expect(pair('armenia', 'csto')).toMatchObject({ sum: 3, byType: { MEMBER_OF: { count: 1, sum: 3 } } });
    expect(dyads).toHaveLength(6);
    const tie = contributions(actorRelations([
      row('MEMBER_OF', 'armenia', 'org:csto', { id: 'm1', knownFrom: '2020-10-08' }),
      row('CO_CHAIRS', 'russia', 'org:csto', { id: 'm2', knownFrom: '2020-10-21' }),
    ])).find((c) => c.type === 'CO_MEMBERSHIP');
    expect(tie).toMatchObject({ kind: 'static', at: '2020-10-21', via: { id: 'csto' } });
  });

  it('counts alliances as cooperation, and makes no partners of hostile memberships', () => {
    const dyads = computeDyads(actorRelations([
      row('ALLIED_WITH', 'russia', 'armenia'),
      row('MEMBER_OF', 'a', 'org:club', { score: -1 }), row('MEMBER_OF', 'b', 'org:club', { score: 3 }),
    ]));
    expect(dyads.find((d) => d.a.id === 'armenia')).toMatchObject({ b: { id: 'russia' }, sum: 5, polarity: 'cooperation' });
    expect(dyads.find((d) => d.a.id === 'a' && d.b.id === 'b')).toBeUndefined();
  });

  it('rolls people up before pairing', () => {
    const dyads = computeDyads(actorRelations(
      [row('CALLED', 'p:putin', 'p:aliyev'), row('PRAISES', 'p:aliyev', 'russia'), row('MEMBER_OF', 'p:putin', 'org:club')],
      [office('p:putin', 'russia'), office('p:aliyev', 'azerbaijan')],
    ));
    expect(dyads.map((d) => [d.a.id, d.b.id, d.sum])).toEqual([['azerbaijan', 'russia', 4.4], ['club', 'russia', 3]]);
  });

  it('orders strongest first and filters by actor', () => {
    const dyads = computeDyads(actorRelations([row('CALLED', 'a', 'b'), row('FIGHTS', 'c', 'd'), row('SUPPORTS', 'b', 'c')]));
    expect(dyads.map((d) => d.sum)).toEqual([-10, 3.4, 1]);
    expect(dyadsInvolving(dyads, ['a']).map((d) => d.b.id)).toEqual(['b']);
  });
});
