import { computeVisibility, DEFAULT_FILTERS, edgeTime, passesDate, relationTypeCounts, timeDomain } from './filters';
import { createStoreGraph, mergeGraph } from './store';
import { aliyevNeighbourhood, putinNeighbourhood, STATIC_TYPES } from './fixtures';

const load = () => {
  const g = createStoreGraph();
  mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
  mergeGraph(g, aliyevNeighbourhood(), { origin: 'ilham-aliyev' });
  return g;
};
const keep = new Set(['vladimir-putin']);

describe('date semantics', () => {
  it("an edge's time is its date, else when it was first reported", () => {
    expect(edgeTime({ date: '2020-10-07', knownFrom: '2020-10-08' })).toBe('2020-10-07');
    expect(edgeTime({ date: null, knownFrom: '2020-10-21' })).toBe('2020-10-21');
    expect(edgeTime({ date: null, knownFrom: null })).toBeNull();
  });

  it('events need their time inside the window', () => {
    const called = { relType: 'CALLED', date: '2020-10-07', knownFrom: '2020-10-08' };
    expect(passesDate(called, '2020-10-01', '2020-10-06', STATIC_TYPES)).toBe(false);
    expect(passesDate(called, '2020-10-07', '2020-10-07', STATIC_TYPES)).toBe(true);
    expect(passesDate(called, '2020-10-08', null, STATIC_TYPES)).toBe(false);
    const undatedEvent = { relType: 'AGREED_WITH', date: null, knownFrom: '2020-10-21' };
    expect(passesDate(undatedEvent, '2020-10-22', null, STATIC_TYPES)).toBe(false);
  });

  it('undated static ties hold from when they were known', () => {
    const office = { relType: 'HOLDS_OFFICE', date: null, knownFrom: '2020-10-08' };
    expect(passesDate(office, '2020-10-20', '2020-10-30', STATIC_TYPES)).toBe(true);
    expect(passesDate(office, '2020-09-01', '2020-10-07', STATIC_TYPES)).toBe(false);
  });
});

describe('computeVisibility', () => {
  it('shows everything by default', () => {
    const g = load();
    const v = computeVisibility(g, DEFAULT_FILTERS, keep, STATIC_TYPES);
    expect(v.nodes.size).toBe(g.order);
    expect(v.edges.size).toBe(g.size);
  });

  it('the date slider before 7 Oct hides the call and the nodes left without relations', () => {
    const g = load();
    const v = computeVisibility(g, { ...DEFAULT_FILTERS, to: '2020-10-06' }, keep, STATIC_TYPES);
    expect(v.edges.has('r014')).toBe(false);
    expect(v.edges.has('r016')).toBe(false);
    expect(v.edges.has('r091')).toBe(true); // fighting began 27 Sep
    expect(v.nodes.has('vladimir-putin')).toBe(true); // a seed stays
    expect(v.nodes.has('ilham-aliyev')).toBe(false);
    expect(v.nodes.has('armenia')).toBe(true);
  });

  it('filters by relation type, polarity and entity type without touching the store', () => {
    const g = load();
    const byType = computeVisibility(g, { ...DEFAULT_FILTERS, relTypes: ['CALLED'] }, keep, STATIC_TYPES);
    expect([...byType.edges]).toEqual(['r014']);
    const conflict = computeVisibility(g, { ...DEFAULT_FILTERS, polarity: 'conflict' }, keep, STATIC_TYPES);
    expect([...conflict.edges]).toEqual(['r091']);
    const coop = computeVisibility(g, { ...DEFAULT_FILTERS, polarity: 'cooperation' }, keep, STATIC_TYPES);
    expect(coop.edges.has('r004')).toBe(false); // score 0 is neither
    expect(coop.edges.has('r033')).toBe(true);
    const countries = computeVisibility(g, { ...DEFAULT_FILTERS, entityTypes: ['Country'] }, keep, STATIC_TYPES);
    expect([...countries.nodes].sort()).toEqual(['armenia', 'azerbaijan']);
    expect(g.order).toBe(6);
  });

  it('counts relation types, visible under the other filters', () => {
    const g = load();
    const c = relationTypeCounts(g, { ...DEFAULT_FILTERS, polarity: 'conflict', relTypes: ['CALLED'] }, STATIC_TYPES);
    expect(c.get('CALLED')).toEqual({ total: 1, visible: 0 });
    expect(c.get('FIGHTS')).toEqual({ total: 1, visible: 1 });
  });

  it('the time domain spans dates and first reports', () => {
    expect(timeDomain(load())).toEqual({ min: '2020-09-27', max: '2020-10-21' });
  });
});
