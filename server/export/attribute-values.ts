// How attribute values are typed and flattened for the column-oriented formats (GraphML keys,
// GEXF attribute models, CSV columns). Those formats have one type per column and no lists we can
// trust, so arrays (labels, aliases, sentenceIds) and any nested object become JSON text: one
// `JSON.parse` restores them exactly, whatever commas, quotes or pipes the strings hold.

export type ValueKind = 'boolean' | 'number' | 'string' | 'json';
/** The type of a whole column: JSON text and mixed columns are plain strings. */
export type ColumnType = 'boolean' | 'number' | 'string';

/** The kind of one value; `null` for null/undefined, which every flat format writes as "absent". */
export function kindOf(value: unknown): ValueKind | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'object') return 'json';
  return 'string';
}

/** One type per column: a column whose present values do not all share a scalar kind is a string column. */
export function columnTypeOf(values: Iterable<unknown>): ColumnType {
  let type: ColumnType | null = null;
  for (const value of values) {
    const kind = kindOf(value);
    if (kind === null) continue;
    if (kind === 'json') return 'string';
    if (type === null) type = kind;
    else if (type !== kind) return 'string';
  }
  return type ?? 'string';
}

/** A value as text: JSON for arrays/objects, `String()` for scalars; `null` when absent. */
export function valueToText(value: unknown): string | null {
  const kind = kindOf(value);
  if (kind === null) return null;
  if (kind === 'json') return JSON.stringify(value);
  return String(value);
}

/** Attribute names in first-seen order across elements, the given leading names first when present. */
export function attributeNames(
  elements: Iterable<{ attributes: Record<string, unknown> }>,
  leading: readonly string[] = [],
): string[] {
  const seen = new Set<string>();
  for (const element of elements) for (const name of Object.keys(element.attributes)) seen.add(name);
  const first = leading.filter((name) => seen.has(name));
  return [...first, ...[...seen].filter((name) => !first.includes(name))];
}
