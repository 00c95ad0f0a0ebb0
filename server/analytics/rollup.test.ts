import { lexiconOffices, officeDuring, officeFor, officeMap, toActorRelations, type LexiconActor } from './rollup';
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

});

// The shape of seeds/lexicon/actors.json: Pashinyan and Macron have dated offices there, but no
// sentence of the seed articles states them.
const LEXICON: LexiconActor[] = [
  { id: 'armenia', type: 'Country', name: 'Armenia', offices: [] },
  { id: 'france', type: 'Country', name: 'France', offices: [] },
  { id: 'russia', type: 'Country', name: 'Russia', offices: [] },
  { id: 'csto', type: 'Organization', name: 'CSTO', offices: [] },
  { id: 'yerevan', type: 'Place', name: 'Yerevan', offices: [] },
  { id: 'pashinyan', type: 'Person', name: 'Nikol Pashinyan', offices: [{ role: 'Prime Minister', of: 'armenia', from: '2018-05-08' }] },
  { id: 'macron', type: 'Person', name: 'Emmanuel Macron', offices: [{ role: 'President', of: 'france', from: '2017-05-14' }] },
  { id: 'medvedev', type: 'Person', name: 'Dmitry Medvedev', offices: [
    { role: 'Prime Minister', of: 'russia', from: '2012-05-08', to: '2020-01-16' },
    { role: 'President', of: 'russia', from: '2008-05-07', to: '2012-05-07' },
  ] },
  { id: 'chair', type: 'Person', name: 'Chair', offices: [{ role: 'Secretary General', of: 'csto' }, { role: 'Mayor', of: 'yerevan' }, { role: 'Envoy', of: 'atlantis' }] },
  { id: 'lavrov', type: 'Person', name: 'Sergey Lavrov', offices: [{ role: 'Foreign Minister', of: 'russia', from: '2004-03-09' }] },
];

describe('lexiconOffices', () => {
  const lex = lexiconOffices(LEXICON);

  it('gives people their offices for states and organisations, with the dates the lexicon knows', () => {
    expect(lex.get('pashinyan')).toEqual([{ actor: { id: 'armenia', name: 'Armenia', entityType: 'Country' }, role: 'Prime Minister', from: '2018-05-08', to: null }]);
    expect(lex.get('medvedev')!.map((o) => [o.role, o.from, o.to])).toEqual([['Prime Minister', '2012-05-08', '2020-01-16'], ['President', '2008-05-07', '2012-05-07']]);
  });

  it('leaves out offices for places and for ids it does not know, and people with none left', () => {
    expect(lex.get('chair')!.map((o) => o.actor.id)).toEqual(['csto']);
    expect(lex.has('armenia')).toBe(false);
    expect(lexiconOffices([{ id: 'mayor', type: 'Person', name: 'Mayor', offices: [{ role: 'Mayor', of: 'yerevan' }] }, LEXICON.find((a) => a.id === 'yerevan')!]).size).toBe(0);
  });
});

describe('officeDuring', () => {
  const medvedev = lexiconOffices(LEXICON).get('medvedev');

  it('picks the office held at some time in the window, bounds inclusive', () => {
    expect(officeDuring(medvedev, '2010-01-01', '2010-01-01')?.role).toBe('President');
    expect(officeDuring(medvedev, '2020-01-16', '2020-01-16')?.role).toBe('Prime Minister');
    expect(officeDuring(medvedev, '2012-05-07', '2012-05-07')?.role).toBe('President');
    expect(officeDuring(medvedev, '2012-05-07', '2012-05-08')?.role).toBe('Prime Minister'); // both in the window: the later start first
    expect(officeDuring(medvedev, '2020-01-17', '2020-10-08')).toBeNull();
    expect(officeDuring(medvedev, '2000-01-01', '2008-05-06')).toBeNull();
  });

  it('treats a null bound of the window or of the office as open', () => {
    expect(officeDuring(medvedev, null, '2009-01-01')?.role).toBe('President');
    expect(officeDuring(medvedev, '2019-01-01', null)?.role).toBe('Prime Minister');
    const chair = lexiconOffices(LEXICON).get('chair');
    expect(officeDuring(chair, '1990-01-01', '1990-01-01')?.actor.id).toBe('csto');
    expect(officeDuring(undefined, null, null)).toBeNull();
  });
});

describe('officeFor', () => {
  const stated = officeMap([office('p:putin', 'russia'), office('p:pashinyan', 'csto', 'Observer')]);
  const lex = lexiconOffices(LEXICON);

  it('prefers the office the text states, whatever the lexicon says', () => {
    expect(officeFor('putin', stated, lex, null)).toMatchObject({ actor: { id: 'russia' }, role: 'President', source: 'text', from: null, to: null });
    expect(officeFor('pashinyan', stated, lex, { from: '2020-10-08', to: '2020-10-08' })).toMatchObject({ actor: { id: 'csto' }, source: 'text' });
  });

  it('falls back to the lexicon office held during the time asked for, and says so', () => {
    expect(officeFor('macron', stated, lex, { from: '2020-10-21', to: '2020-10-21' })).toEqual({
      actor: { id: 'france', name: 'France', entityType: 'Country' }, role: 'President', from: '2017-05-14', to: null, source: 'lexicon',
    });
    expect(officeFor('macron', stated, lex, { from: '2016-01-01', to: '2016-12-31' })).toBeNull();
    expect(officeFor('macron', stated, lex, { from: null, to: null })?.source).toBe('lexicon');
  });

  it('uses no lexicon office when the time is not known at all, and none without a lexicon', () => {
    expect(officeFor('macron', stated, lex, null)).toBeNull();
    expect(officeFor('macron', stated, undefined, { from: '2020-10-21', to: '2020-10-21' })).toBeNull();
    expect(officeFor('nobody', stated, lex, { from: null, to: null })).toBeNull();
  });
});

describe('toActorRelations with the lexicon', () => {
  const stated = officeMap([office('p:putin', 'russia')]);
  const lexicon = lexiconOffices(LEXICON);
  const rows = [
    row('CONSULTED', 'p:putin', 'p:pashinyan', { id: 'c1', knownFrom: '2020-10-08' }),
    row('ACCUSES', 'p:pashinyan', 'turkey', { id: 'c2', knownFrom: '2020-10-08' }),
    row('AGREED_WITH', 'p:putin', 'p:macron', { id: 'c3', knownFrom: '2020-10-21' }),
  ];

  it('rolls up people whose office no sentence states through the lexicon, at the relation\'s date', () => {
    const r = toActorRelations(rows, stated, { rollup: true, lexicon });
    expect(r.relations.map((x) => [x.id, x.source.id, x.target.id])).toEqual([['c1', 'russia', 'armenia'], ['c2', 'armenia', 'turkey'], ['c3', 'russia', 'france']]);
    expect(r.relations[0]).toMatchObject({ sourcePerson: ent('p:putin'), targetPerson: ent('p:pashinyan') });
    expect(r.rolledUp.map((x) => [x.person.id, x.actor.id, x.role, x.source, x.from, x.to])).toEqual([
      ['macron', 'france', 'President', 'lexicon', '2017-05-14', null],
      ['pashinyan', 'armenia', 'Prime Minister', 'lexicon', '2018-05-08', null],
      ['putin', 'russia', 'President', 'text', null, null],
    ]);
    expect(r.unresolved).toEqual([]);
    expect(r.skipped.unresolvedPerson).toBe(0);
  });

  it('leaves a person out where the lexicon office does not cover the relation\'s date, or it has none', () => {
    const r = toActorRelations([
      row('MET', 'p:medvedev', 'france', { id: 'm1', date: '2010-06-01' }),
      row('MET', 'p:medvedev', 'france', { id: 'm2', date: '2020-10-08' }),
      row('MET', 'p:macron', 'russia', { id: 'm3' }),
    ], stated, { rollup: true, lexicon });
    expect(r.relations.map((x) => [x.id, x.source.id])).toEqual([['m1', 'russia']]);
    expect(r.rolledUp.map((x) => [x.person.id, x.role])).toEqual([['medvedev', 'President']]);
    expect(r.unresolved.map((e) => e.id)).toEqual(['macron', 'medvedev']);
    expect(r.skipped.unresolvedPerson).toBe(2);
  });

  it('lists a person once per office when the office changes inside the window', () => {
    const r = toActorRelations([
      row('MET', 'p:medvedev', 'france', { date: '2010-06-01' }),
      row('MET', 'p:medvedev', 'france', { date: '2019-06-01' }),
      row('CALLED', 'p:medvedev', 'armenia', { date: '2019-07-01' }),
    ], stated, { rollup: true, lexicon });
    expect(r.rolledUp.map((x) => [x.person.id, x.actor.id, x.role])).toEqual([['medvedev', 'russia', 'President'], ['medvedev', 'russia', 'Prime Minister']]);
  });

  it('keeps people as themselves without rollup, lexicon or not', () => {
    const r = toActorRelations(rows, stated, { rollup: false, lexicon });
    expect(r.relations.map((x) => [x.source.id, x.target.id])).toEqual([['putin', 'pashinyan'], ['pashinyan', 'turkey'], ['putin', 'macron']]);
    expect(r.rolledUp).toEqual([]);
  });
});
