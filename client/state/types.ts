// The store's graph types. Server attributes come as they are (import type only: no server code
// reaches the browser); the client adds positions and where each node came from.
import type Graph from 'graphology';
import type { EdgeAttributes, GraphJSON, NodeAttributes, SerializedEdge, SerializedNode } from '../../server/graph/graph-json';

export type { GraphJSON, SerializedEdge, SerializedNode };

export interface NodeAttrs extends NodeAttributes {
  x: number;
  y: number;
  /** Seeds or expanded nodes whose neighbourhood brought this node in (collapse removes by this). */
  origins?: string[];
  /** Pinned while dragged: ForceAtlas2 leaves fixed nodes where they are. */
  fixed?: boolean;
}

export interface EdgeAttrs extends EdgeAttributes {
  knownFrom?: string | null;
  provenance?: string | null;
}

export type StoreGraph = Graph<NodeAttrs, EdgeAttrs>;

export type Polarity = 'all' | 'cooperation' | 'conflict';
export type SizeBy = 'degree' | 'pagerank';
