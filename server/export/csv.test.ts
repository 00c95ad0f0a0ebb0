import { unzipSync } from 'fflate';
import { cellText, guardFormula, quoteField, writeCsvZip } from './csv';
import { exportFixture, FORMULA, MULTILINE, TRICKY_NAME, XSS_NAME } from './test-fixture';

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else {
        quoted = false;
        expect(text[i + 1] ?? ',').toMatch(/[,\r]/); // a closing quote ends the field
      }
    } else if (c === '"') {
      expect(field).toBe(''); // quotes only open a field
      quoted = true;
    } else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else {
      expect(c).not.toMatch(/[\r\n]/); // a bare CR or LF outside quotes is not RFC 4180
      field += c;
    }
  }
  expect(quoted).toBe(false);
  expect([field, row]).toEqual(['', []]); // the last record ends with CRLF
  return rows;
}

// ignoreBOM keeps the byte-order mark in the text (TextDecoder drops it by default); fatal checks UTF-8.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

function unpack(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, utf8.decode(bytes)]));
}

function table(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

describe('writeCsvZip', () => {
  const fixture = exportFixture();
  const files = unpack(writeCsvZip(fixture, { title: 'Thổ Nhĩ Kỳ\nfake line' }));
  const nodes = table(files['nodes.csv']!);
  const edges = table(files['edges.csv']!);

  it('holds nodes.csv, edges.csv and README.txt', () => {
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edges.csv', 'nodes.csv']);
  });

  it('writes one row per node with fixed columns first and arrays as JSON', () => {
    expect(Object.keys(nodes[0]!).slice(0, 6)).toEqual(['id', 'labels', 'entityType', 'name', 'nameVi', 'aliases']);
    expect(nodes.map((n) => n.id)).toEqual(fixture.nodes.map((n) => n.key));
    const tur = nodes[0]!;
    expect(tur).toMatchObject({ name: 'Turkey', nameVi: 'Thổ Nhĩ Kỳ', population: '84000000', gdpGrowth: '5.5', nato: 'true', motto: '', note: '' });
    expect(JSON.parse(tur.labels!)).toEqual(['Entity', 'Country']);
    expect(JSON.parse(tur.aliases!)).toEqual(['Türkiye', 'Thổ, Nhĩ Kỳ', 'say "hi"']);
    const person = nodes[1]!;
    expect(person).toMatchObject({ name: XSS_NAME, nameVi: TRICKY_NAME, bio: MULTILINE, aliases: '[]', note: '' });
  });

  it('writes one row per edge with direction and provenance', () => {
    expect(Object.keys(edges[0]!).slice(0, 5)).toEqual(['id', 'source', 'target', 'type', 'relType']);
    expect(edges.map((e) => e.id)).toEqual(fixture.edges.map((e) => e.key));
    expect(edges[0]).toMatchObject({ source: 'tur', target: '4:c0ffee:17', type: 'undirected', relType: 'CALLED', score: '1', attribution: '' });
    expect(JSON.parse(edges[0]!.sentenceIds!)).toEqual(['s1', 's2']);
    expect(edges.filter((e) => e.source === 'tur' && e.target === 'cmd').map((e) => e.id)).toEqual(['e-met-1', 'e-met-2']);
    expect(edges[3]).toMatchObject({ type: 'directed', score: '-2', attribution: TRICKY_NAME });
    expect(edges[4]!.nested).toBe('{"a":[1,"b"]}');
  });

  it('guards text cells against formula injection but leaves numbers alone', () => {
    const cmd = nodes[2]!;
    expect(cmd.name).toBe(`'${FORMULA}`);
    expect(cmd.nameVi).toBe("'@SUM(A1)");
    expect(edges[3]!.role).toBe(`'${FORMULA}`);
    expect(edges[3]!.score).toBe('-2');
    expect(guardFormula('+1')).toBe("'+1");
    expect(guardFormula('-1')).toBe("'-1");
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('a=b')).toBe('a=b');
    expect(cellText(-2)).toBe('-2');
    expect(cellText('-2')).toBe("'-2");
    expect(cellText(['=x'])).toBe('["=x"]');
    // Every cell of both files: nothing a spreadsheet would evaluate.
    for (const row of [...nodes, ...edges]) {
      for (const [column, value] of Object.entries(row)) {
        if (/^[=+\-@]/.test(value)) expect([column, value]).toEqual([column, expect.stringMatching(/^-\d/)]);
      }
    }
  });

  it('quotes per RFC 4180', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('documents the columns, the JSON arrays and the apostrophe guard in README.txt', () => {
    const readme = files['README.txt']!;
    expect(readme.split('\r\n')[0]).toBe('Graph export: Thổ Nhĩ Kỳ fake line');
    expect(readme).toContain('apostrophe');
    expect(readme).toContain('JSON');
    expect(readme).toContain('- sentenceIds: text');
    expect(readme).toContain('- score: number');
    expect(readme).toContain('- type: "directed"');
  });

  it('gives the same bytes for the same graph', () => {
    expect(writeCsvZip(fixture)).toEqual(writeCsvZip(exportFixture()));
  });

  it('renames an attribute column that clashes with a fixed one', () => {
    const graph = exportFixture();
    graph.edges[0]!.attributes.source = 'Reuters';
    const row = table(unpack(writeCsvZip(graph))['edges.csv']!)[0]!;
    expect(row).toMatchObject({ source: 'tur', attr_source: 'Reuters' });
  });
});
