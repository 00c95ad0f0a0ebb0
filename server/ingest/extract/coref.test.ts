import { resolveAnaphor, type HistoryItem } from './coref';

const h = (id: string, type: HistoryItem['type'], sentence: number, at: number): HistoryItem => ({ id, type, sentence, at });

describe('resolveAnaphor', () => {
  const history = [
    [h('vladimir-putin', 'Person', 0, 0), h('nikol-pashinyan', 'Person', 0, 30), h('armenia', 'Country', 0, 45)],
  ];

  it('prefers the earliest fitting mention of the current sentence, then of the previous one', () => {
    const current = [h('azerbaijan', 'Country', 1, 10), h('turkey', 'Country', 1, 40)];
    expect(resolveAnaphor(history, current, { sentence: 1, at: 60, types: ['Country'], count: 1, exclude: new Set() })).toEqual(['azerbaijan']);
    expect(resolveAnaphor(history, current, { sentence: 1, at: 60, types: ['Person'], count: 1, exclude: new Set() })).toEqual(['vladimir-putin']);
  });

  it('never returns the other argument of the relation', () => {
    const current = [h('turkey', 'Country', 1, 10)];
    expect(resolveAnaphor(history, current, { sentence: 1, at: 60, types: ['Country'], count: 1, exclude: new Set(['turkey']) })).toEqual(['armenia']);
  });

  it('only sees mentions before the anaphor, and returns nothing when too few fit', () => {
    const current = [h('turkey', 'Country', 1, 80)];
    expect(resolveAnaphor(history, current, { sentence: 1, at: 60, types: ['Country'], count: 1, exclude: new Set() })).toEqual(['armenia']);
    expect(resolveAnaphor([], [], { sentence: 0, at: 5, types: ['Country'], count: 2, exclude: new Set() })).toEqual([]);
  });

  it('collects plural referents ("hai nước")', () => {
    const current = [h('armenia', 'Country', 1, 0), h('azerbaijan', 'Country', 1, 12)];
    expect(resolveAnaphor(history, current, { sentence: 1, at: 40, types: ['Country'], count: 2, exclude: new Set() })).toEqual(['armenia', 'azerbaijan']);
  });
});
