// CSV: nodes.csv + edges.csv + README.txt in one ZIP (fflate). The files are meant for
// spreadsheets and pandas, so:
// - RFC 4180: comma separator, CRLF line ends, a field is quoted when it holds `"`, `,`, CR or LF,
//   and quotes inside are doubled;
// - UTF-8 with a byte-order mark, without which Excel reads "Thổ Nhĩ Kỳ" as Windows-1252;
// - arrays (labels, aliases, sentenceIds) and objects are JSON text;
// - formula injection guard: a text cell starting with = + - @ (or tab/CR, which some spreadsheets
//   skip before looking for a formula) gets a leading apostrophe, so a name like `=HYPERLINK(…)`
//   from a news article is shown, never evaluated. Cells from numeric values are not touched
//   (`-2` stays a number); the apostrophe is part of the text for non-spreadsheet readers, which
//   README.txt says.
// The ZIP entries carry a fixed timestamp so the same graph always gives the same bytes.
import { strToU8, zipSync } from 'fflate';
import type { GraphJSON } from '../graph/graph-json';
import { attributeNames, columnTypeOf, kindOf, type ColumnType } from './attribute-values';

const NODE_LEADING = ['labels', 'entityType', 'name', 'nameVi', 'aliases'] as const;
const EDGE_LEADING = ['relType', 'cameo', 'score', 'date', 'modality', 'attribution', 'role', 'symmetric', 'sentenceIds'] as const;
const ZIP_MTIME = new Date(2000, 0, 1); // local-time fields, as DOS timestamps are

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell with the formula guard applied. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The cell text for one value: empty for null/absent, numbers and booleans as is, text guarded. */
export function cellText(value: unknown): string {
  const kind = kindOf(value);
  if (kind === null) return '';
  if (kind === 'number' || kind === 'boolean') return String(value);
  return guardFormula(kind === 'json' ? JSON.stringify(value) : String(value));
}

/** RFC 4180 field quoting. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(rows: string[][]): string {
  return `\uFEFF${rows.map((row) => row.map(quoteField).join(',')).join('\r\n')}\r\n`;
}

interface Column { header: string; attribute?: string; type: ColumnType | 'key' }

/** Attribute columns after the fixed ones; an attribute named like a fixed column gets an `attr_` prefix. */
function attributeColumns(
  elements: { attributes: Record<string, unknown> }[],
  leading: readonly string[],
  fixed: readonly string[],
): Column[] {
  const taken = new Set(fixed);
  return attributeNames(elements, leading).map((name) => {
    let header = name;
    while (taken.has(header)) header = `attr_${header}`;
    taken.add(header);
    return { header, attribute: name, type: columnTypeOf(elements.map((element) => element.attributes[name])) };
  });
}

interface Table { name: string; columns: Column[]; rows: string[][] }

function nodesTable(graph: GraphJSON): Table {
  const columns: Column[] = [{ header: 'id', type: 'key' }, ...attributeColumns(graph.nodes, NODE_LEADING, ['id'])];
  const rows = graph.nodes.map((node) => [
    guardFormula(node.key),
    ...columns.slice(1).map((column) => cellText(node.attributes[column.attribute!])),
  ]);
  return { name: 'nodes.csv', columns, rows };
}

function edgesTable(graph: GraphJSON): Table {
  const fixed = ['id', 'source', 'target', 'type'];
  const columns: Column[] = [
    ...fixed.map((header): Column => ({ header, type: 'key' })),
    ...attributeColumns(graph.edges, EDGE_LEADING, fixed),
  ];
  const rows = graph.edges.map((edge) => [
    guardFormula(edge.key),
    guardFormula(edge.source),
    guardFormula(edge.target),
    edge.undirected ? 'undirected' : 'directed',
    ...columns.slice(fixed.length).map((column) => cellText(edge.attributes[column.attribute!])),
  ]);
  return { name: 'edges.csv', columns, rows };
}

const FIXED_COLUMN_DOC: Record<string, string> = {
  'nodes.csv:id': 'node key (the id used in edges.csv source/target)',
  'edges.csv:id': 'edge key',
  'edges.csv:source': 'id of the source node',
  'edges.csv:target': 'id of the target node',
  'edges.csv:type': '"directed" (source -> target) or "undirected" (symmetric relation; source/target order is arbitrary)',
};

const TYPE_DOC: Record<ColumnType, string> = {
  boolean: 'true/false',
  number: 'number',
  string: 'text',
};

function columnDoc(table: Table, column: Column): string {
  const fixed = FIXED_COLUMN_DOC[`${table.name}:${column.header}`];
  if (fixed) return fixed;
  const renamed = column.attribute !== column.header ? ` (attribute "${column.attribute}")` : '';
  return `${TYPE_DOC[column.type as ColumnType]}${renamed}`;
}

function readme(tables: Table[], title: string | undefined): string {
  // The title is free text; keeping it on one line keeps the file's layout ours.
  const heading = title ? `Graph export: ${title.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')}` : 'Graph export';
  const lines = [
    heading,
    '',
    'Files: nodes.csv (one row per node) and edges.csv (one row per relation).',
    '',
    'Format',
    '- UTF-8 with a byte-order mark, comma-separated, CRLF line ends, RFC 4180 quoting',
    '  (fields holding a comma, a double quote or a line break are double-quoted, inner quotes doubled).',
    '- An empty cell means the value is absent (null), or an empty text.',
    '- Lists (labels, aliases, sentenceIds ...) are JSON arrays, e.g. ["Entity","Country"];',
    '  any other structured value is JSON too.',
    '- Formula-injection guard: a text cell that would start with = + - @ (or a tab / carriage',
    '  return) is written with a leading apostrophe (\'), so spreadsheets show it as text instead of',
    '  running it as a formula. Remove that one leading apostrophe to get the original text when',
    '  reading the files with a program. Numeric cells (e.g. a score of -2) are never prefixed.',
    '- Dates are ISO 8601 text as stored (YYYY-MM-DD).',
    '',
  ];
  for (const table of tables) {
    lines.push(`Columns of ${table.name}`);
    for (const column of table.columns) lines.push(`- ${column.header}: ${columnDoc(table, column)}`);
    lines.push('');
  }
  return lines.join('\r\n');
}

/** Serialises the graph as a ZIP holding nodes.csv, edges.csv and README.txt. */
export function writeCsvZip(graph: GraphJSON, meta: { title?: string } = {}): Uint8Array {
  const tables = [nodesTable(graph), edgesTable(graph)];
  const files: Record<string, Uint8Array> = {};
  for (const table of tables) files[table.name] = strToU8(csvText([table.columns.map((c) => guardFormula(c.header)), ...table.rows]));
  files['README.txt'] = strToU8(readme(tables, meta.title));
  return zipSync(files, { mtime: ZIP_MTIME });
}
