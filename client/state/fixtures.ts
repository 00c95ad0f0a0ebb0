// Small graphs in the wire shape for the unit tests (the seed graph's facts, trimmed).
import type { GraphJSON, SerializedEdge, SerializedNode } from './types';

export const node = (key: string, entityType = 'Person', name = key): SerializedNode => ({
  key, attributes: { labels: ['Entity', entityType], entityType, name, id: key },
});

export const edge = (key: string, source: string, target: string, relType: string, extra: Record<string, unknown> = {}, undirected = false): SerializedEdge => ({
  key, source, target, ...(undirected ? { undirected: true } : {}), attributes: { relType, ...extra },
});

export const graphJSON = (nodes: SerializedNode[], edges: SerializedEdge[]): GraphJSON => ({
  options: { type: 'mixed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges,
});

/** Putin's neighbourhood: the CALLED / PRAISES pair with Aliyev, an undated static tie, a conflict. */
export const putinNeighbourhood = () => graphJSON(
  [node('vladimir-putin'), node('ilham-aliyev'), node('russia', 'Country'), node('emmanuel-macron')],
  [
    edge('r014', 'vladimir-putin', 'ilham-aliyev', 'CALLED', { date: '2020-10-07', knownFrom: '2020-10-08', score: 1 }, true),
    edge('r016', 'ilham-aliyev', 'vladimir-putin', 'PRAISES', { date: '2020-10-07', knownFrom: '2020-10-08', score: 3.4 }),
    edge('r004', 'vladimir-putin', 'russia', 'HOLDS_OFFICE', { date: null, knownFrom: '2020-10-08', score: 0 }),
    edge('r033', 'vladimir-putin', 'emmanuel-macron', 'AGREED_WITH', { date: null, knownFrom: '2020-10-21', score: 8 }, true),
  ],
);

export const aliyevNeighbourhood = () => graphJSON(
  [node('ilham-aliyev'), node('vladimir-putin'), node('azerbaijan', 'Country'), node('armenia', 'Country')],
  [
    edge('r014', 'vladimir-putin', 'ilham-aliyev', 'CALLED', { date: '2020-10-07', knownFrom: '2020-10-08', score: 1 }, true),
    edge('r090', 'ilham-aliyev', 'azerbaijan', 'HOLDS_OFFICE', { date: null, knownFrom: '2020-10-08', score: 0 }),
    edge('r091', 'azerbaijan', 'armenia', 'FIGHTS', { date: '2020-09-27', knownFrom: '2020-10-08', score: -10 }, true),
  ],
);

export const STATIC_TYPES: ReadonlySet<string> = new Set(['MEMBER_OF', 'CO_CHAIRS', 'HOLDS_OFFICE', 'LOCATED_IN', 'ALLIED_WITH']);
