import { officeMap, resolveActor, toActorRelations } from './rollup';
import { ent, office, row } from './test-fixture';

describe('officeMap', () => {
  it('rolls a person up to a state before an organisation, then by id', () => {
    const m = officeMap([office('p:stoltenberg', 'org:nato', 'Secretary General'), office('p:stoltenberg', 'norway', 'Former PM'), office('p:x', 'org:b'), office('p:x', 'org:a')]);
    expect(m.get('stoltenberg')?.actor.id).toBe('norway');
    expect(m.get('x')?.actor.id).toBe('a');
  });
  it('ignores offices held for places', () => {
    expect(officeMap([office('p:mayor', 'place:paris')]).size).toBe(0);
  });
});

describe('toActorRelations', () => {
  const offices = officeMap([office('p:putin', 'russia'), office('p:aliyev', 'azerbaijan'), office('p:lavrov', 'russia', 'Foreign Minister')]);

  it('rolls people up to the state they hold office for', () => {
    const r = toActorRelations([row('CALLED', 'p:putin', 'p:aliyev', { id: 'c1', date: '2020-10-07' })], offices, { rollup: true });
    expect(r.relations).toEqual([expect.objectContaining({
      id: 'c1', relType: 'CALLED', kind: 'event', source: ent('russia'), target: ent('azerbaijan'),
      sourcePerson: ent('p:putin'), targetPerson: ent('p:aliyev'), score: 1, at: '2020-10-07',
    })]);
    expect(r.rolledUp.map((x) => [x.person.id, x.actor.id])).toEqual([['aliyev', 'azerbaijan'], ['putin', 'russia']]);
    expect(r.unresolved).toEqual([]);
  });

  it('keeps people as themselves without rollup; with rollup, leaves out and lists people with no known office', () => {
    const rows = [row('PRAISES', 'p:aliyev', 'p:putin'), row('ACCUSES', 'p:pashinyan', 'turkey')];
    expect(toActorRelations(rows, offices, { rollup: false }).relations.map((r) => [r.source.id, r.target.id])).toEqual([['aliyev', 'putin'], ['pashinyan', 'turkey']]);
    const on = toActorRelations(rows, offices, { rollup: true });
    expect(on.relations.map((r) => [r.source.id, r.target.id])).toEqual([['azerbaijan', 'russia']]);
    expect(on.unresolved.map((e) => e.id)).toEqual(['pashinyan']);
    expect(on.skipped.unresolvedPerson).toBe(1);
  });

  it('drops structure, places, ties of an actor with itself and unknown types, and counts them', () => {
    const rows = [
      row('HOLDS_OFFICE', 'p:putin', 'russia'), row('LOCATED_IN', 'place:geneva', 'switzerland'),
      row('VISITED', 'p:lavrov', 'place:geneva'), row('MET', 'p:putin', 'p:lavrov'), row('LIKES', 'a', 'b'),
      row('FIGHTS', 'armenia', 'azerbaijan'),
    ];
    const r = toActorRelations(rows, offices, { rollup: true });
    expect(r.relations.map((x) => x.relType)).toEqual(['FIGHTS']);
    expect(r.skipped).toEqual({ structural: 2, nonActor: 1, unresolvedPerson: 0, selfTie: 1, unknownType: 1 });
  });

  it('uses the vocabulary score when none is stored, and date before knownFrom', () => {
    const [a, b, c] = toActorRelations([
      row('FIGHTS', 'a', 'b', { knownFrom: '2020-10-08' }),
      row('FIGHTS', 'a', 'b', { score: -7, date: '2020-09-27', knownFrom: '2020-10-08' }),
      row('ALLIED_WITH', 'a', 'c'),
    ], offices, { rollup: true }).relations;
    expect([a!.score, a!.at]).toEqual([-10, '2020-10-08']);
    expect([b!.score, b!.at]).toEqual([-7, '2020-09-27']);
    expect([c!.score, c!.kind, c!.at]).toEqual([5, 'static', null]);
  });

  it('resolveActor follows the same rule', () => {
    expect(resolveActor(ent('p:putin'), offices, true).id).toBe('russia');
    expect(resolveActor(ent('p:putin'), offices, false).id).toBe('putin');
    expect(resolveActor(ent('france'), offices, true).id).toBe('france');
  });
});
