import { computeAlliances } from './alliances';
import { createStoreGraph, mergeGraph } from './store';
import { edge, graphJSON, node } from './fixtures';

// Two camps that cooperate inside and fight across; one strong hostile tie must not merge them.
const camps = () => {
  const g = createStoreGraph();
  mergeGraph(g, graphJSON(
    ['turkey', 'azerbaijan', 'pakistan', 'armenia', 'russia', 'iran', 'france'].map((k) => node(k, 'Country')),
    [
      edge('a1', 'turkey', 'azerbaijan', 'SUPPORTS', { score: 3.4 }),
      edge('a2', 'turkey', 'azerbaijan', 'PROVIDES_MILITARY_AID', { score: 8.3 }),
      edge('a3', 'pakistan', 'azerbaijan', 'SUPPORTS', { score: 3.4 }),
      edge('a4', 'pakistan', 'turkey', 'COOPERATES_WITH', { score: 4 }, true),
      edge('b1', 'russia', 'armenia', 'ALLIED_WITH', { score: 5 }, true),
      edge('b2', 'iran', 'armenia', 'COOPERATES_WITH', { score: 4 }, true),
      edge('b3', 'russia', 'iran', 'MET', { score: 2.8 }, true),
      edge('x1', 'azerbaijan', 'armenia', 'FIGHTS', { score: -10 }, true),
      edge('x2', 'turkey', 'armenia', 'THREATENS', { score: -6 }),
      edge('x3', 'turkey', 'russia', 'MET', { score: 0 }, true),
    ],
  ));
  return g;
};

describe('computeAlliances', () => {
  it('finds the two camps over cooperative edges only and lists the conflicts between them', () => {
    const g = camps();
    const a = computeAlliances(g, new Set(g.nodes()), new Set(g.edges()));
    expect(a.blocs).toHaveLength(2);
    const sets = a.blocs.map((b) => [...b.members].sort());
    expect(sets).toContainEqual(['azerbaijan', 'pakistan', 'turkey']);
    expect(sets).toContainEqual(['armenia', 'iran', 'russia']);
    expect(a.unaligned).toEqual(['france']);
    expect(a.conflictsBetween.sort()).toEqual(['x1', 'x2']);
    expect(a.blocOf.get('turkey')).not.toBe(a.blocOf.get('russia'));
  });

  it('conflict never pulls two actors together', () => {
    const g = createStoreGraph();
    mergeGraph(g, graphJSON([node('a'), node('b')], [edge('f', 'a', 'b', 'FIGHTS', { score: -10 })]));
    const a = computeAlliances(g, new Set(g.nodes()), new Set(g.edges()));
    expect(a.blocs).toHaveLength(0);
    expect(a.unaligned).toEqual(['a', 'b']);
    expect(a.conflictsBetween).toEqual(['f']);
  });

  it('is deterministic and respects what is visible', () => {
    const g = camps();
    const all = new Set(g.edges());
    const a = computeAlliances(g, new Set(g.nodes()), all);
    const b = computeAlliances(g, new Set(g.nodes()), all);
    expect([...a.blocOf]).toEqual([...b.blocOf]);
    const noMilitary = computeAlliances(g, new Set(['turkey', 'azerbaijan']), new Set(['x1']));
    expect(noMilitary.blocs).toHaveLength(0);
  });
});
