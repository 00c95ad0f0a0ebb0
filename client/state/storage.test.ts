import { deleteView, listViews, memoryStorage, pushHistory, readHistory, saveView } from './storage';

describe('saved views', () => {
  it('saves, overwrites by name, lists newest first, deletes', () => {
    const s = memoryStorage();
    saveView(s, { name: 'Caucasus', fragment: 'seeds=armenia', savedAt: '2024-01-01T00:00:00Z', nodes: 3 });
    saveView(s, { name: 'Putin', fragment: 'seeds=vladimir-putin', savedAt: '2024-01-02T00:00:00Z', nodes: 5 });
    saveView(s, { name: 'Caucasus', fragment: 'seeds=azerbaijan', savedAt: '2024-01-03T00:00:00Z', nodes: 4 });
    expect(listViews(s).map((v) => [v.name, v.fragment])).toEqual([['Caucasus', 'seeds=azerbaijan'], ['Putin', 'seeds=vladimir-putin']]);
    expect(deleteView(s, 'Putin').map((v) => v.name)).toEqual(['Caucasus']);
  });
  it('reads corrupt storage as empty', () => {
    const s = memoryStorage();
    s.setItem('newsgraph.views.v1', '{not json');
    expect(listViews(s)).toEqual([]);
    s.setItem('newsgraph.views.v1', JSON.stringify([{ name: 1 }, { name: 'ok', fragment: 'x', savedAt: '', nodes: 0 }]));
    expect(listViews(s).map((v) => v.name)).toEqual(['ok']);
  });
});

describe('Cypher history', () => {
  it('keeps recent queries first without duplicates', () => {
    const s = memoryStorage();
    pushHistory(s, 'MATCH (n) RETURN n');
    pushHistory(s, 'RETURN 1');
    pushHistory(s, '  MATCH (n) RETURN n ');
    pushHistory(s, '   ');
    expect(readHistory(s)).toEqual(['MATCH (n) RETURN n', 'RETURN 1']);
  });
});
