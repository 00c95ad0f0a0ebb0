// GEXF 1.3 through graphology-gexf's writer, for Gephi.
//
// Arrays (labels, aliases, sentenceIds) are written as JSON text in `string` attributes, not as
// GEXF `liststring`: graphology-gexf (1.3 syntax) writes list items bare unless they contain a
// quote or a newline, so `["Thổ, Nhĩ Kỳ"]` reads back as two items (its reader splits on commas)
// and an empty string item vanishes. JSON text reads back as one string that `JSON.parse` restores.
//
// Not carried: null and empty-string values (the writer skips both, so they read back as absent);
// a column whose values mix kinds (say number and text) is typed string by the writer.
//
// Other choices:
// - every attribute goes to <attvalues>, none to the writer's reserved slots (`label`, `weight`,
//   `kind`, viz `x`/`y`/`size`/`color` …), so an attribute that happens to carry such a name is not
//   silently turned into a position or a colour;
// - the GEXF `label` is the node's name and the edge's relType, which is what Gephi displays; the
//   edge `kind` is the relType too, so Gephi keeps parallel edges of different types apart;
// - meta is pedantic (creator + description = title): arbitrary graph attributes would otherwise
//   become XML tag names, which user data must not decide.
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { GraphJSON } from '../graph/graph-json';
import { kindOf } from './attribute-values';
import { stripXmlForbidden } from './xml';

type Attributes = Record<string, unknown>;

/** Attribute values the writer can type (string/number/boolean); arrays and objects become JSON. */
function gexfAttributes(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    const kind = kindOf(value);
    if (kind === null) continue; // GEXF has no null; the writer would skip it anyway
    // xml-writer escapes markup but not characters XML forbids outright, so those are stripped here.
    if (kind === 'json') out[stripXmlForbidden(name)] = stripXmlForbidden(JSON.stringify(value));
    else if (kind === 'string') out[stripXmlForbidden(name)] = stripXmlForbidden(value as string);
    else out[stripXmlForbidden(name)] = value;
  }
  return out;
}

/** The export as a graphology graph with XML-safe keys (the writer puts them in attributes as is). */
function toGraphology(graph: GraphJSON): Graph {
  // A key that only differs by a forbidden control character would collide here; graphology then
  // throws, which is better than silently merging two nodes. Neo4j ids never contain such characters.
  const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const node of graph.nodes) g.addNode(stripXmlForbidden(node.key), node.attributes);
  for (const edge of graph.edges) {
    const add = edge.undirected ? g.addUndirectedEdgeWithKey.bind(g) : g.addDirectedEdgeWithKey.bind(g);
    add(stripXmlForbidden(edge.key), stripXmlForbidden(edge.source), stripXmlForbidden(edge.target), edge.attributes);
  }
  return g;
}

function label(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? stripXmlForbidden(value) : undefined;
}

/** Serialises the graph as a GEXF 1.3 document. */
export function writeGexf(graph: GraphJSON, meta: { title?: string } = {}): string {
  const g = toGraphology(graph);
  g.replaceAttributes({
    creator: 'newsgraph',
    ...(meta.title ? { description: stripXmlForbidden(meta.title) } : {}),
  });
  return write(g, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => ({ label: label(attributes.name), attributes: gexfAttributes(attributes) }),
    formatEdge: (_key, attributes) => ({
      label: label(attributes.relType),
      kind: label(attributes.relType),
      attributes: gexfAttributes(attributes),
    }),
  });
}
