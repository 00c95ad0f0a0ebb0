import { cypherIdentifier, cypherStatements, cypherString, cypherValue, FALLBACK_REL_TYPE, writeCypher } from './cypher';
import { BAIT_PROPERTY, exportFixture, TRICKY_NAME, UNICODE_BAIT } from './test-fixture';

// --- A model of how Neo4j 5 reads a statement, to check the script without a database. -------------

/**
 * Neo4j decodes `\uXXXX` anywhere in the query text before lexing (found on 5.26: it closes strings,
 * backtick identifiers and comments). As in Java, a backslash starts an escape only after an even run
 * of raw backslashes, and the decoded character never starts another escape.
 */
function decodeUnicodeEscapes(text: string): string {
  let out = '';
  let run = 0; // raw backslashes right before i
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && run % 2 === 0 && /^u[0-9A-Fa-f]{4}/.test(text.slice(i + 1, i + 6))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 5;
      run = 0;
      continue;
    }
    out += c;
    run = c === '\\' ? run + 1 : 0;
  }
  return out;
}

const STRING_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/**
 * Rewrites a decoded statement with every string literal and backtick identifier as a JSON string,
 * so property maps become JSON and the rest is the statement's own code.
 */
function jsonify(statement: string): string {
  let out = '';
  for (let i = 0; i < statement.length; i++) {
    const c = statement[i]!;
    if (c === "'") {
      let value = '';
      for (i++; statement[i] !== "'"; i++) {
        if (i >= statement.length) throw new Error(`unterminated string in ${statement}`);
        if (statement[i] === '\\') {
          const escaped = STRING_ESCAPES[statement[++i]!];
          if (escaped === undefined) throw new Error(`bad escape in ${statement}`);
          value += escaped;
        } else value += statement[i];
      }
      out += JSON.stringify(value);
    } else if (c === '`') {
      let name = '';
      for (i++; ; i++) {
        if (i >= statement.length) throw new Error(`unterminated identifier in ${statement}`);
        if (statement[i] === '`' && statement[i + 1] === '`') { name += '`'; i++; }
        else if (statement[i] === '`') break;
        else name += statement[i];
      }
      out += JSON.stringify(name);
    } else out += c;
  }
  return out;
}

const S = '"(?:[^"\\\\]|\\\\.)*"'; // a JSON string
const SCALAR = `(?:${S}|-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?|true|false)`;
const VALUE = `(?:${SCALAR}|\\[(?:${SCALAR}(?:, ${SCALAR})*)?\\])`;
const MAP = `\\{${S}: ${VALUE}(?:, ${S}: ${VALUE})*\\}`;
const LABELS = `((?::${S})*)`;
const NODE = new RegExp(`^MERGE \\(n${LABELS} \\{id: (${S})\\}\\)(?: SET n \\+= (${MAP}))?;$`);
const EDGE = new RegExp(`^MATCH \\(a${LABELS} \\{id: (${S})\\}\\) MATCH \\(b${LABELS} \\{id: (${S})\\}\\) MERGE \\(a\\)-\\[r:(${S}) \\{id: (${S})\\}\\]->\\(b\\)(?: SET r \\+= (${MAP}))?;$`);

function labelList(labels: string): string[] {
  return [...labels.matchAll(new RegExp(`:(${S})`, 'g'))].map((m) => JSON.parse(m[1]!) as string);
}

/** What Neo4j stores for an attribute map: no nulls, objects as JSON text, no `id` clash. */
function storedProperties(attributes: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes)
    .filter(([name, value]) => !skip.includes(name) && value !== null && value !== undefined)
    .map(([name, value]) => [name, value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : value]));
}

// ------------------------------------------------------------------------------------------------

describe('cypherStatements', () => {
  const fixture = exportFixture();
  const statements = cypherStatements(fixture);

  it('has one statement per node and per edge, each one line ending with ";"', () => {
    expect(statements).toHaveLength(fixture.nodes.length + fixture.edges.length);
    for (const statement of statements) {
      expect(statement.endsWith(';')).toBe(true);
      expect(statement).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
    }
  });

  it('reads as MERGE statements whose only user text is inside literals, even after \\u decoding', () => {
    // The grammar below leaves no room for user text: labels, keys, names and values are all JSON strings here.
    fixture.nodes.forEach((node, i) => {
      const match = NODE.exec(jsonify(decodeUnicodeEscapes(statements[i]!)));
      expect(match).not.toBeNull();
      expect(labelList(match![1]!)).toEqual(node.attributes.labels);
      expect(JSON.parse(match![2]!)).toBe(node.key);
      expect(JSON.parse(match![3] ?? '{}')).toEqual(storedProperties(node.attributes, ['labels', 'id']));
    });
    fixture.edges.forEach((edge, i) => {
      const match = EDGE.exec(jsonify(decodeUnicodeEscapes(statements[fixture.nodes.length + i]!)));
      expect(match).not.toBeNull();
      const [, sourceLabels, source, targetLabels, target, type, key, props] = match!;
      const labelsOf = (k: string) => fixture.nodes.find((n) => n.key === k)!.attributes.labels;
      expect(labelList(sourceLabels!)).toEqual(labelsOf(edge.source));
      expect(labelList(targetLabels!)).toEqual(labelsOf(edge.target));
      expect([JSON.parse(source!), JSON.parse(target!), JSON.parse(type!), JSON.parse(key!)])
        .toEqual([edge.source, edge.target, edge.attributes.relType, edge.key]);
      expect(JSON.parse(props ?? '{}')).toEqual(storedProperties(edge.attributes, ['relType', 'id']));
    });
  });

  it('is idempotent by construction: MERGE on id for nodes and relationships, SET += for the rest', () => {
    expect(statements.slice(0, fixture.nodes.length).every((s) => s.startsWith('MERGE (n'))).toBe(true);
    expect(statements.slice(fixture.nodes.length).every((s) => / MERGE \(a\)-\[r:`(?:[^`]|``)+` \{id: '[^']+'\}\]->\(b\)/.test(s))).toBe(true);
    expect(statements.join('\n')).not.toMatch(/\bCREATE\b/);
  });

  it('writes stored values: integers, floats, homogeneous lists, no nulls', () => {
    const [first] = statements;
    expect(first).toContain('`population`: 84000000');
    expect(first).toContain('`gdpGrowth`: 5.5');
    expect(first).toContain("`aliases`: ['Türkiye', 'Thổ, Nhĩ Kỳ', 'say \"hi\"']");
    expect(first).toContain("`motto`: ''");
    expect(statements[1]).not.toContain('`note`'); // null
    const self = statements.at(-1)!;
    expect(self).toContain('`flags`: [1.0, 2.5]'); // Neo4j refuses lists mixing integers and floats
    expect(self).toContain('`nested`: \'{"a":[1,"b"]}\'');
  });
});

describe('Cypher escaping', () => {
  it('escapes quotes, backslashes and line ends in strings, and leaves backticks alone there', () => {
    expect(cypherString(TRICKY_NAME)).toBe(String.raw`'O\'Brien "the \\ backslash" ` + '`tick`' + String.raw` ; DETACH DELETE n //'`);
    expect(cypherString('a\nb\r\tc\u0001\u2028')).toBe(String.raw`'a\nb\r\tc\u0001\u2028'`);
    expect(cypherString('\uD800x')).toBe(String.raw`'\uD800x'`);
  });

  it('keeps literal \\u text literal once Neo4j decodes escapes', () => {
    const literal = cypherString(UNICODE_BAIT);
    expect(JSON.parse(jsonify(decodeUnicodeEscapes(literal)))).toBe(UNICODE_BAIT);
  });

  it('doubles backticks in identifiers and defuses backslashes there', () => {
    expect(cypherIdentifier('Odd`Label')).toBe('`Odd``Label`');
    expect(cypherIdentifier('a\nb')).toBe('`ab`');
    const bait = cypherIdentifier(BAIT_PROPERTY);
    expect(bait).toBe(String.raw`${'`'}p\u005Cu0060:Injected:${'``'}x${'`'}`);
    expect(JSON.parse(jsonify(decodeUnicodeEscapes(bait)))).toBe(BAIT_PROPERTY);
  });

  it('formats numbers Cypher can read and leaves out what Neo4j cannot store', () => {
    expect(cypherValue(-2)).toBe('-2');
    expect(cypherValue(1.5e-7)).toBe('1.5e-7');
    expect(cypherValue(1e21)).toBe('1e21');
    expect(cypherValue(2 ** 60)).toBe('1.152921504606847e18');
    expect(cypherValue(Number.NaN)).toBeNull();
    expect(cypherValue(null)).toBeNull();
    expect(cypherValue([1, 'a'])).toBe(String.raw`'[1,"a"]'`);
    expect(cypherValue([true, false])).toBe('[true, false]');
  });

  it('falls back to a relationship type when relType is empty', () => {
    const graph = exportFixture();
    graph.edges[0]!.attributes.relType = '';
    expect(cypherStatements(graph)[graph.nodes.length]).toContain(`[r:\`${FALLBACK_REL_TYPE}\``);
  });
});

describe('writeCypher', () => {
  it('is the statements under a comment header that cannot run code', () => {
    const fixture = exportFixture();
    const script = writeCypher(fixture, { title: 'Thổ \\u000A MATCH (n) DETACH DELETE n\n\u2028x' });
    const lines = script.trimEnd().split('\n');
    const header = lines.filter((l) => l.startsWith('//'));
    expect(header[0]).toBe(String.raw`// newsgraph export: Thổ \\u000A MATCH (n) DETACH DELETE n x`);
    // After Neo4j's \u decoding the header is still comment lines only.
    for (const line of header) expect(decodeUnicodeEscapes(line)).not.toMatch(/[\n\r]/);
    expect(lines.slice(header.length)).toEqual(cypherStatements(fixture));
    // Splitting on ";\n" (as a simple runner does) gives one chunk per statement.
    expect(script.split(';\n').filter((chunk) => chunk.trim() !== '')).toHaveLength(cypherStatements(fixture).length);
  });
});
