// Converts Neo4j driver values into plain JSON: integers to numbers (or strings beyond 2^53),
// temporal values to ISO strings, points to {srid,x,y,z}. Graph values are handled by graph-from-records.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, type Integer } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

export function intToPlain(v: Integer): number | string {
  return neo4j.integer.inSafeRange(v) ? v.toNumber() : v.toString();
}

export function toNumber(v: unknown): number {
  if (isInt(v)) return (v as Integer).toNumber();
  return typeof v === 'number' ? v : Number(v);
}

export function isGraphValue(v: object): boolean {
  const o = v as Record<string, unknown>;
  return ('identity' in o && ('labels' in o || 'type' in o)) || ('segments' in o && 'start' in o && 'end' in o);
}

export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v.toString();
  if (isInt(v)) return intToPlain(v as Integer);
  if (isDate(v as object) || isDateTime(v as object) || isLocalDateTime(v as object) || isTime(v as object) || isLocalTime(v as object) || isDuration(v as object)) {
    return (v as { toString(): string }).toString();
  }
  if (isPoint(v as object)) {
    const p = v as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z !== undefined ? { z: p.z } : {}) };
  }
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'object') {
    if (isGraphValue(v)) return graphValueSummary(v as Record<string, unknown>);
    const out: Record<string, Plain> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x);
    return out;
  }
  return String(v);
}

/** A node/relationship/path in a table cell: its element id(s) and properties. */
function graphValueSummary(v: Record<string, unknown>): Plain {
  if ('segments' in v) {
    const segs = v.segments as { relationship: Record<string, unknown> }[];
    return { path: segs.map((s) => String(s.relationship.elementId)) };
  }
  const props = toPlain(v.properties) as Record<string, Plain>;
  if ('labels' in v) return { elementId: String(v.elementId), labels: v.labels as string[], properties: props };
  return { elementId: String(v.elementId), type: String(v.type), properties: props };
}

/** JSON numbers that are whole become Neo4j integers (JavaScript would send floats, which LIMIT and
 *  range() refuse); everything else passes through. Applied to every parameter map we send. */
export function toNeo4jParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toNeo4jParams);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jParams(x)]));
  }
  return v;
}
