// How many bytes a value takes as UTF-8 JSON: a cheap upper bound, and the exact figure.
// The Cypher console counts every row against RESPONSE_MAX_BYTES while rows stream; serialising
// each row only to count it was a fifth of a short query's time in the API. The bound walks the
// value without building a string, and the exact count is needed only once the bound reaches the cap.
import type { Plain } from '../neo4j/values';

// The longest a JavaScript number prints: "-1.2345678901234567e-308".
const NUMBER_MAX = 24;

/** Never less than Buffer.byteLength(JSON.stringify(v)). A UTF-16 unit is at most 6 bytes of JSON
 *  ("\u001f"); a surrogate pair, 2 units, is 4 bytes of UTF-8. */
export function jsonBytesBound(v: Plain): number {
  if (v === null) return 4;
  switch (typeof v) {
    case 'boolean': return 5;
    case 'number': return NUMBER_MAX;
    case 'string': return 2 + 6 * v.length;
    default: break;
  }
  if (Array.isArray(v)) {
    let n = 2 + Math.max(0, v.length - 1);
    for (const x of v) n += jsonBytesBound(x);
    return n;
  }
  let n = 2;
  let first = true;
  for (const k in v) {
    n += (first ? 0 : 1) + 2 + 6 * k.length + 1 + jsonBytesBound(v[k]!);
    first = false;
  }
  return n;
}

export function jsonBytes(v: Plain): number {
  return Buffer.byteLength(JSON.stringify(v));
}
