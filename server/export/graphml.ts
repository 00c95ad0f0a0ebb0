// GraphML, written by hand (graphology-graphml only parses) to the GraphML 1.0 schema
// (graphml.graphdrawing.org/xmlns, structure + attributes extensions):
// - one <key> per attribute name and domain (graph/node/edge), typed boolean, double or string;
//   arrays and objects are JSON text in string keys, and a column mixing kinds is a string key;
// - null/undefined values are left out (GraphML has no null);
// - ids, source/target and attr.name are xs:NMTOKEN in the schema, so they go through the
//   reversible `encodeNmtoken` (slugs and Neo4j element ids come out unchanged);
// - the graph is mixed: edgedefault="directed", and undirected edges say directed="false", as the
//   spec allows. Some readers do not: graphology-graphml 0.5 only honours directed="true" (it loads the
//   directed="false" edges as directed) and networkx refuses a file that mixes both.
import type { GraphJSON } from '../graph/graph-json';
import { attributeNames, columnTypeOf, valueToText, type ColumnType } from './attribute-values';
import { encodeNmtoken, escapeXmlAttribute, escapeXmlText } from './xml';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

type Domain = 'graph' | 'node' | 'edge';
const ATTR_TYPE: Record<ColumnType, 'boolean' | 'double' | 'string'> = { boolean: 'boolean', number: 'double', string: 'string' };

interface KeySpec { id: string; name: string; type: ColumnType }

function keysFor(prefix: string, elements: { attributes: Record<string, unknown> }[]): KeySpec[] {
  return attributeNames(elements).map((name, i) => ({
    id: `${prefix}${i}`,
    name,
    type: columnTypeOf(elements.map((element) => element.attributes[name])),
  }));
}

/** xs:double spelling: JavaScript's `Infinity` is not valid there. */
function formatDouble(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'INF';
  if (value === -Infinity) return '-INF';
  return String(value);
}

function dataElements(keys: KeySpec[], attributes: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = attributes[key.name];
    // A number in a string column (mixed kinds) is written as text like any other scalar.
    const text = key.type === 'number' && typeof value === 'number' ? formatDouble(value) : valueToText(value);
    if (text === null) continue;
    lines.push(`${indent}<data key="${key.id}">${escapeXmlText(text)}</data>`);
  }
  return lines;
}

function keyElement(domain: Domain, key: KeySpec): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${escapeXmlAttribute(encodeNmtoken(key.name))}" attr.type="${ATTR_TYPE[key.type]}"/>`;
}

/** Serialises the graph as a GraphML document; `meta.title` becomes the graph-level `title` datum. */
export function writeGraphml(graph: GraphJSON, meta: { title?: string } = {}): string {
  const graphAttributes: Record<string, unknown> = { ...graph.attributes };
  if (meta.title !== undefined) graphAttributes.title = meta.title;

  const graphKeys = keysFor('g', [{ attributes: graphAttributes }]);
  const nodeKeys = keysFor('n', graph.nodes);
  const edgeKeys = keysFor('e', graph.edges);

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">`,
    ...graphKeys.map((key) => keyElement('graph', key)),
    ...nodeKeys.map((key) => keyElement('node', key)),
    ...edgeKeys.map((key) => keyElement('edge', key)),
    '  <graph edgedefault="directed">',
    // Graph data must come before the first node: graphology-graphml reads only that leading run.
    ...dataElements(graphKeys, graphAttributes, '    '),
  ];

  for (const node of graph.nodes) {
    const data = dataElements(nodeKeys, node.attributes, '      ');
    const open = `    <node id="${escapeXmlAttribute(encodeNmtoken(node.key))}"`;
    lines.push(...(data.length === 0 ? [`${open}/>`] : [`${open}>`, ...data, '    </node>']));
  }

  for (const edge of graph.edges) {
    const data = dataElements(edgeKeys, edge.attributes, '      ');
    const open = `    <edge id="${escapeXmlAttribute(encodeNmtoken(edge.key))}"`
      + ` source="${escapeXmlAttribute(encodeNmtoken(edge.source))}"`
      + ` target="${escapeXmlAttribute(encodeNmtoken(edge.target))}"`
      + (edge.undirected ? ' directed="false"' : '');
    lines.push(...(data.length === 0 ? [`${open}/>`] : [`${open}>`, ...data, '    </edge>']));
  }

  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
