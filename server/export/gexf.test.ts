import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { writeGexf } from './gexf';
import { stripXmlForbidden } from './xml';
import { exportFixture, XSS_NAME } from './test-fixture';

const TITLE = 'Thổ Nhĩ Kỳ & <Nga>';

/** What a GEXF round trip is documented to give back for an attribute map. */
function expectedAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === '') continue; // GEXF: no null; the writer drops ''
    if (typeof value === 'object') out[name] = JSON.stringify(value); // arrays/objects as JSON text
    else out[name] = typeof value === 'string' ? stripXmlForbidden(value) : value;
  }
  return out;
}

function strictParse(xml: string) {
  return new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } }).parseFromString(xml, 'text/xml');
}

describe('writeGexf', () => {
  const fixture = exportFixture();
  const xml = writeGexf(fixture, { title: TITLE });

  it('writes well-formed GEXF 1.3 without raw markup from the data', () => {
    const doc = strictParse(xml);
    expect(doc.documentElement?.namespaceURI).toBe('http://gexf.net/1.3');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)');
    expect(xml).not.toContain('\u0001');
  });

  it('parses back (graphology-gexf) into the same nodes, edges and attribute values', () => {
    const parsed = parse(Graph, xml);
    expect(parsed.order).toBe(fixture.nodes.length);
    expect(parsed.size).toBe(fixture.edges.length);
    for (const node of fixture.nodes) {
      // The GEXF label is the name (what Gephi displays); it comes back as a `label` attribute.
      const { label, ...rest } = parsed.getNodeAttributes(node.key);
      expect(label).toBe(node.attributes.name);
      expect(rest).toEqual(expectedAttributes(node.attributes));
    }
    for (const edge of fixture.edges) {
      expect(parsed.hasEdge(edge.key)).toBe(true);
      expect(parsed.source(edge.key)).toBe(edge.source);
      expect(parsed.target(edge.key)).toBe(edge.target);
      expect(parsed.isUndirected(edge.key)).toBe(edge.undirected === true);
      const { label, kind, ...rest } = parsed.getEdgeAttributes(edge.key);
      expect(label).toBe(edge.attributes.relType);
      expect(kind).toBe(edge.attributes.relType);
      expect(rest).toEqual(expectedAttributes(edge.attributes));
    }
  });

  it('keeps arrays exact as JSON text, commas and quotes inside items included', () => {
    const parsed = parse(Graph, xml);
    expect(JSON.parse(parsed.getNodeAttribute('tur', 'aliases') as string)).toEqual(['Türkiye', 'Thổ, Nhĩ Kỳ', 'say "hi"']);
    expect(JSON.parse(parsed.getNodeAttribute('4:c0ffee:17', 'aliases') as string)).toEqual([]);
    expect(JSON.parse(parsed.getEdgeAttribute('e-called', 'sentenceIds') as string)).toEqual(['s1', 's2']);
    expect(parsed.getNodeAttribute('4:c0ffee:17', 'name')).toBe(XSS_NAME);
  });

  it('keeps parallel edges apart and types numbers and booleans', () => {
    const parsed = parse(Graph, xml);
    expect(parsed.multi).toBe(true);
    expect(parsed.outEdges('tur', 'cmd').sort()).toEqual(['e-met-1', 'e-met-2']);
    expect(parsed.getEdgeAttribute('e-accuses', 'score')).toBe(-2);
    expect(parsed.getNodeAttribute('tur', 'population')).toBe(84_000_000);
    expect(parsed.getNodeAttribute('4:c0ffee:17', 'nato')).toBe(false);
  });

  it('puts the title in the meta description and nothing from graph attributes in tag names', () => {
    const parsed = parse(Graph, xml);
    expect(parsed.getAttribute('description')).toBe(TITLE);
    expect(parsed.getAttribute('creator')).toBe('newsgraph');
    const odd = writeGexf({ ...fixture, attributes: { '1 <bad>': 'x', 'a"b': 'y' } });
    expect(() => strictParse(odd)).not.toThrow();
  });

  it('does not route attributes named like GEXF/viz slots (x, size, color, weight) to those slots', () => {
    const graph = exportFixture();
    graph.nodes[0]!.attributes = { ...graph.nodes[0]!.attributes, x: 'not a position', size: 'XL', color: 'red' };
    graph.edges[0]!.attributes = { ...graph.edges[0]!.attributes, weight: 'heavy' };
    const parsed = parse(Graph, writeGexf(graph));
    expect(parsed.getNodeAttributes('tur')).toMatchObject({ x: 'not a position', size: 'XL', color: 'red' });
    expect(parsed.getEdgeAttribute('e-called', 'weight')).toBe('heavy');
  });
});
