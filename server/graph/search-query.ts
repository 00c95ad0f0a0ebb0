// Builds the Lucene query for the full-text index from what a user typed. User text only ever
// reaches Lucene escaped, as a parameter: "tho nhi ky" → ("tho nhi ky")^4 OR (tho* AND nhi* AND ky*).
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneEscape(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

const MAX_TERMS = 12;

/** Folds like the index's analyzer does (case, diacritics, đ), because Lucene does not analyze prefix terms. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function toLuceneQuery(input: string): string | null {
  const terms = fold(input)
    .split(/[\s,.;:!?"'()[\]{}<>/\\|]+/u)
    .map((t) => t.replace(SPECIAL, ''))
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  const phrase = `"${terms.map(luceneEscape).join(' ')}"^4`;
  const prefixes = terms.map((t) => `${luceneEscape(t)}*`).join(' AND ');
  const fuzzy = terms.filter((t) => t.length >= 5).map((t) => `${luceneEscape(t)}~1`);
  return [phrase, `(${prefixes})`, ...(fuzzy.length === terms.length ? [`(${fuzzy.join(' AND ')})^0.5`] : [])].join(' OR ');
}
