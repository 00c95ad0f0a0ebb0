// Cypher: a script that recreates the subgraph in an empty Neo4j (cypher-shell -f, or split on
// ";\n" and run each piece). The file is standalone, so values are literals, not parameters, and
// every piece of graph content goes through `cypherString` / `cypherIdentifier`:
// - one statement per line, ending with ";": literals escape every line break, so a statement can
//   never span lines and a name can never end one;
// - idempotent: nodes are MERGEd on `id` = node key, relationships on `id` = edge key between the
//   two MATCHed endpoints, then the other properties are SET (+=), so re-running changes nothing;
// - nodes get the labels in `attributes.labels` (which is therefore not a property), relationships
//   the type in `relType` (idem), directed source → target as Neo4j requires; an undirected edge
//   keeps its `symmetric` property, as in the source database;
// - property values are Neo4j-storable: null is left out (Neo4j has no null property), numbers are
//   integers or floats, lists are homogeneous; a mixed list or an object is stored as JSON text.
import type { GraphJSON } from '../graph/graph-json';

type Attributes = Record<string, unknown>;

/** Relationship type used when an edge has none (Cypher requires one). */
export const FALLBACK_REL_TYPE = 'RELATED_TO';

// Characters written as \uXXXX: C0/C1 controls, DEL, Unicode line/paragraph separators and lone
// surrogates. Keeping them out of the file keeps every statement on one line for any reader.
const NEEDS_UNICODE_ESCAPE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A single-quoted Cypher string literal. Neo4j decodes `\uXXXX` before it parses (a `\u0027` would
 * close the string), but a backslash is always written doubled here, and a run of an even number of
 * backslashes never starts such an escape, so user text cannot produce one.
 */
export function cypherString(value: string): string {
  const escaped = value
    .replace(/[\\'\n\r\t]/g, (c) => SHORT_ESCAPES[c] ?? c)
    .replace(NEEDS_UNICODE_ESCAPE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `'${escaped}'`;
}

/**
 * A backtick-quoted identifier (label, relationship type, property name). Inside backticks Cypher's
 * only escape is a doubled backtick, but Neo4j 5 decodes `\uXXXX` everywhere before parsing (checked
 * on 5.26: `` `A\u0060:Injected:`B` `` creates three labels), so a backslash in a name could forge a
 * backtick. Each backslash is therefore written as `\u005C`, which decodes to a plain backslash that
 * cannot start another escape. Line breaks and other controls, which no legitimate name holds and
 * which would break the one-statement-per-line layout, are removed.
 */
export function cypherIdentifier(name: string): string {
  const cleaned = name.replace(NEEDS_UNICODE_ESCAPE, '').replace(/`/g, '``').replace(/\\/g, '\\u005C');
  return `\`${cleaned}\``;
}

/**
 * Free text for a `//` comment. Neo4j decodes `\uXXXX` inside comments too (`// \u000A` ends the
 * comment), so backslashes are doubled (an even run never starts an escape) and anything that is
 * not printable on one line is dropped.
 */
function commentText(text: string): string {
  return text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\\/g, '\\\\');
}

function numberLiteral(value: number, asFloat: boolean): string {
  // Integers beyond 2^53 are not exact in JavaScript and may exceed Cypher's 64-bit integer
  // range: they are written as floats, which is what they already are here.
  const text = Number.isSafeInteger(value) || !Number.isInteger(value) ? String(value) : value.toExponential();
  // Cypher's exponent has no "+" sign; a float column keeps a decimal point on whole numbers.
  const plain = text.replace('e+', 'e');
  return asFloat && /^-?\d+$/.test(plain) ? `${plain}.0` : plain;
}

/** A list Neo4j can store: all strings, all booleans or all finite numbers; null otherwise. */
function listLiteral(values: unknown[]): string | null {
  if (values.every((v) => typeof v === 'string')) return `[${values.map((v) => cypherString(v as string)).join(', ')}]`;
  if (values.every((v) => typeof v === 'boolean')) return `[${values.join(', ')}]`;
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    // Neo4j rejects a list mixing integers and floats, so one float makes them all floats.
    const asFloat = values.some((v) => !Number.isInteger(v));
    return `[${values.map((v) => numberLiteral(v as number, asFloat)).join(', ')}]`;
  }
  return null;
}

/** The Cypher literal for a property value, or null when Neo4j cannot store it and it is left out. */
export function cypherValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? numberLiteral(value, false) : null;
  if (Array.isArray(value)) return listLiteral(value) ?? cypherString(JSON.stringify(value));
  if (typeof value === 'object') return cypherString(JSON.stringify(value));
  return cypherString(String(value));
}

/** `{`k`: v, …}` without the skipped names and unstorable values; null when nothing is left. */
function propertyMap(attributes: Attributes, skip: readonly string[]): string | null {
  const entries: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.includes(name) || name === '') continue;
    const literal = cypherValue(value);
    if (literal !== null) entries.push(`${cypherIdentifier(name)}: ${literal}`);
  }
  return entries.length > 0 ? `{${entries.join(', ')}}` : null;
}

function nodeLabels(attributes: Attributes): string {
  const labels = Array.isArray(attributes.labels) ? attributes.labels : [];
  return labels
    .filter((label): label is string => typeof label === 'string' && label !== '')
    .map((label) => `:${cypherIdentifier(label)}`)
    .join('');
}

// `id` is the MERGE key; an attribute of that name would overwrite it, so it is not SET.
const NODE_SKIP = ['labels', 'id'] as const;
const EDGE_SKIP = ['relType', 'id'] as const;

/** One statement per node, then one per edge, each a single line ending with ";". */
export function cypherStatements(graph: GraphJSON): string[] {
  const labelsByKey = new Map<string, string>();
  const statements: string[] = [];

  for (const node of graph.nodes) {
    const labels = nodeLabels(node.attributes);
    labelsByKey.set(node.key, labels);
    const props = propertyMap(node.attributes, NODE_SKIP);
    statements.push(`MERGE (n${labels} {id: ${cypherString(node.key)}})${props ? ` SET n += ${props}` : ''};`);
  }

  for (const edge of graph.edges) {
    const relType = typeof edge.attributes.relType === 'string' && edge.attributes.relType !== ''
      ? edge.attributes.relType
      : FALLBACK_REL_TYPE;
    const props = propertyMap(edge.attributes, EDGE_SKIP);
    // Two MATCH clauses rather than one with a comma: same result, no cartesian-product warning.
    statements.push(
      `MATCH (a${labelsByKey.get(edge.source) ?? ''} {id: ${cypherString(edge.source)}})`
      + ` MATCH (b${labelsByKey.get(edge.target) ?? ''} {id: ${cypherString(edge.target)}})`
      + ` MERGE (a)-[r:${cypherIdentifier(relType)} {id: ${cypherString(edge.key)}}]->(b)`
      + `${props ? ` SET r += ${props}` : ''};`,
    );
  }
  return statements;
}

/** The whole script: a comment header, then the statements, one per line. */
export function writeCypher(graph: GraphJSON, meta: { title?: string } = {}): string {
  const header = [
    `// newsgraph export${meta.title ? `: ${commentText(meta.title)}` : ''}`,
    `// ${graph.nodes.length} nodes, ${graph.edges.length} relationships. Idempotent: nodes are MERGEd on \`id\` (the node key),`,
    '// relationships on `id` (the edge key). Run with `cypher-shell -f FILE`, or split on ";\\n".',
    '// For a large export, create an index on :Label(id) for the labels used first.',
  ];
  return `${[...header, ...cypherStatements(graph)].join('\n')}\n`;
}
