// JSON: the graphology serialization itself, so `Graph.from(JSON.parse(file))` rebuilds the
// exact graph. The title is not added: the file stays byte-for-byte the wire shape.
import type { GraphJSON } from '../graph/graph-json';

export function writeJson(graph: GraphJSON, _meta: { title?: string } = {}): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}
