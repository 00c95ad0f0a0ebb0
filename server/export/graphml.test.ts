import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { writeGraphml } from './graphml';
import { decodeNmtoken, stripXmlForbidden } from './xml';
import { exportFixture, MULTILINE, XSS_NAME } from './test-fixture';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
// xs:NMTOKEN, restricted to ASCII as the writer is.
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;
const TITLE = 'Thổ Nhĩ Kỳ & <Nga>';

/** What a GraphML round trip is documented to give back for an attribute map. */
function expectedAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue; // GraphML has no null
    if (typeof value === 'object') out[name] = JSON.stringify(value); // arrays/objects as JSON text
    else out[name] = typeof value === 'string' ? stripXmlForbidden(value) : value;
  }
  return out;
}

function decodeNames(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [decodeNmtoken(name), value]));
}

function strictParse(xml: string) {
  return new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } }).parseFromString(xml, 'text/xml');
}

function elements(parent: { getElementsByTagName(name: string): Iterable<Element> }, name: string): Element[] {
  return Array.from(parent.getElementsByTagName(name));
}

function childElements(parent: Node): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);
}

describe('writeGraphml', () => {
  const fixture = exportFixture();
  const xml = writeGraphml(fixture, { title: TITLE });

  it('writes a well-formed document shaped as the GraphML schema requires', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = strictParse(xml);
    const root = doc.documentElement!;
    expect(root.localName).toBe('graphml');
    expect(root.namespaceURI).toBe(GRAPHML_NS);

    // <graphml>: key* then graph; every key typed and named as graphml-attributes.xsd allows.
    const children = childElements(root);
    const firstGraph = children.findIndex((e) => e.localName === 'graph');
    expect(children.slice(0, firstGraph).every((e) => e.localName === 'key')).toBe(true);
    expect(children.slice(firstGraph).map((e) => e.localName)).toEqual(['graph']);
    const keys = new Map<string, string>();
    for (const key of elements(doc, 'key')) {
      expect(key.getAttribute('id')).toMatch(NMTOKEN);
      expect(key.getAttribute('attr.name')).toMatch(NMTOKEN);
      expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(key.getAttribute('attr.type'));
      expect(['graph', 'node', 'edge']).toContain(key.getAttribute('for'));
      expect(keys.has(key.getAttribute('id')!)).toBe(false);
      keys.set(key.getAttribute('id')!, key.getAttribute('for')!);
    }

    // <graph edgedefault>: data* before the nodes and edges; every <data> refers to a key of its domain.
    const graph = elements(doc, 'graph')[0]!;
    expect(graph.getAttribute('edgedefault')).toBe('directed');
    const order = childElements(graph).map((e) => e.localName);
    expect(order.join(' ')).toMatch(/^(data )*(node )*(edge ?)*$/);
    for (const data of elements(doc, 'data')) {
      const owner = (data.parentNode as Element).localName;
      expect(keys.get(data.getAttribute('key')!)).toBe(owner);
    }

    const nodeIds = elements(doc, 'node').map((n) => n.getAttribute('id')!);
    expect(new Set(nodeIds).size).toBe(fixture.nodes.length);
    for (const id of nodeIds) expect(id).toMatch(NMTOKEN);
    for (const edge of elements(doc, 'edge')) {
      expect(edge.getAttribute('id')).toMatch(NMTOKEN);
      expect(nodeIds).toContain(edge.getAttribute('source'));
      expect(nodeIds).toContain(edge.getAttribute('target'));
    }
  });

  it('marks exactly the undirected edges directed="false"', () => {
    const doc = strictParse(xml);
    const undirected = elements(doc, 'edge').filter((e) => e.getAttribute('directed') === 'false').map((e) => e.getAttribute('id'));
    expect(undirected).toEqual(fixture.edges.filter((e) => e.undirected).map((e) => e.key));
  });

  it('types keys: double for numbers, boolean for booleans, string for text, arrays and null-only columns', () => {
    const doc = strictParse(xml);
    const typeOf = (domain: string, name: string) => elements(doc, 'key')
      .find((k) => k.getAttribute('for') === domain && decodeNmtoken(k.getAttribute('attr.name')!) === name)
      ?.getAttribute('attr.type');
    expect(typeOf('node', 'population')).toBe('double');
    expect(typeOf('node', 'nato')).toBe('boolean');
    expect(typeOf('node', 'aliases')).toBe('string');
    expect(typeOf('edge', 'score')).toBe('double');
    expect(typeOf('edge', 'symmetric')).toBe('boolean');
    expect(typeOf('edge', 'attribution')).toBe('string');
    expect(typeOf('graph', 'title')).toBe('string');
  });

  it('escapes markup and line ends so the text reads back exactly', () => {
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('\u0001');
    const doc = strictParse(xml);
    const texts = elements(doc, 'data').map((d) => d.textContent);
    expect(texts).toContain(XSS_NAME);
    expect(texts).toContain(MULTILINE); // CRLF and tab survive parser line-end normalisation
  });

  it('parses back (graphology-graphml) into the same nodes, edges and attribute values', () => {
    const parsed = parse(Graph, xml);
    expect(parsed.order).toBe(fixture.nodes.length);
    expect(parsed.size).toBe(fixture.edges.length);
    expect(parsed.getAttribute('title')).toBe(TITLE);
    expect(parsed.getAttribute('query')).toBe(fixture.attributes.query);
    const nodeKeys = new Set(parsed.nodes().map(decodeNmtoken));
    expect(nodeKeys).toEqual(new Set(fixture.nodes.map((n) => n.key)));
    for (const node of fixture.nodes) {
      const key = parsed.nodes().find((k) => decodeNmtoken(k) === node.key)!;
      expect(decodeNames(parsed.getNodeAttributes(key))).toEqual(expectedAttributes(node.attributes));
    }
    for (const edge of fixture.edges) {
      const key = parsed.edges().find((k) => decodeNmtoken(k) === edge.key)!;
      expect(decodeNmtoken(parsed.source(key))).toBe(edge.source);
      expect(decodeNmtoken(parsed.target(key))).toBe(edge.target);
      // Not compared: directedness. graphology-graphml 0.5 reads only directed="true" and otherwise
      // falls back to edgedefault, so it loads the directed="false" edge as directed (see the test above
      // for what the file says).
      expect(decodeNames(parsed.getEdgeAttributes(key))).toEqual(expectedAttributes(edge.attributes));
    }
  });

  it('keeps ids that are already NMTOKENs unchanged and encodes the others reversibly', () => {
    const parsed = parse(Graph, xml);
    expect(parsed.hasNode('4:c0ffee:17')).toBe(true);
    expect(parsed.hasNode('tur')).toBe(true);
    expect(parsed.hasNode('key with spaces & <odd>_x')).toBe(false);
    expect(parsed.nodes().map(decodeNmtoken)).toContain('key with spaces & <odd>_x');
  });

  it('writes a mixed-kind column as string and leaves null values out', () => {
    const graph = exportFixture();
    graph.nodes[0]!.attributes.rank = 1;
    graph.nodes[1]!.attributes.rank = 'first';
    graph.nodes[2]!.attributes.rank = null;
    const parsed = parse(Graph, writeGraphml(graph));
    expect(parsed.getNodeAttribute('tur', 'rank')).toBe('1');
    expect(parsed.getNodeAttribute('4:c0ffee:17', 'rank')).toBe('first');
    expect(parsed.hasNodeAttribute('cmd', 'rank')).toBe(false);
  });
});
