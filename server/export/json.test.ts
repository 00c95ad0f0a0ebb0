import Graph from 'graphology';
import { writeJson } from './json';
import { exportFixture } from './test-fixture';

describe('writeJson', () => {
  it('round-trips exactly and pretty-printed', () => {
    const fixture = exportFixture();
    const text = writeJson(fixture, { title: 'ignored' });
    expect(text).toContain('\n  "options": {');
    expect(JSON.parse(text)).toStrictEqual(fixture);
  });

  it('is graphology serialization: Graph.from rebuilds the same graph', () => {
    const fixture = exportFixture();
    const graph = Graph.from(JSON.parse(writeJson(fixture)));
    expect(graph.order).toBe(fixture.nodes.length);
    expect(graph.size).toBe(fixture.edges.length);
    expect(graph.isUndirected('e-called')).toBe(true);
    expect(graph.export()).toEqual(fixture);
  });
});
