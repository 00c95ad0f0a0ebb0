// The export registry: one entry per download format, so the route only validates the format
// name, calls `write` and sets the headers.
import { z } from 'zod';
import type { GraphJSON } from '../graph/graph-json';
import { writeCsvZip } from './csv';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';

export const ExportFormat = z.enum(['gexf', 'graphml', 'json', 'csv', 'cypher']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export interface ExportMeta {
  /** Shown inside the file where the format has a place for it (GEXF description, GraphML graph datum, CSV README, Cypher header). */
  title?: string;
}

export interface ExportFormatSpec {
  contentType: string;
  /** File name extension without the leading dot. */
  extension: string;
  write(graph: GraphJSON, meta: ExportMeta): Uint8Array | string;
}

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatSpec> = {
  // Neither XML dialect has a registered media type; the +xml suffix still says "XML" to clients.
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: writeGexf },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: writeGraphml },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', write: writeJson },
  // A ZIP of CSV files; the double extension tells the user what is inside before unpacking.
  csv: { contentType: 'application/zip', extension: 'csv.zip', write: writeCsvZip },
  cypher: { contentType: 'text/plain; charset=utf-8', extension: 'cypher', write: writeCypher },
};

const DEFAULT_BASE_NAME = 'newsgraph';
const MAX_BASE_LENGTH = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

function safeBaseName(baseName: string): string {
  const cleaned = baseName
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ');
  // Cut by code points so an emoji is never split; trim afterwards, as the cut may expose a dot.
  const cut = Array.from(cleaned.trim()).slice(0, MAX_BASE_LENGTH).join('');
  const trimmed = cut.replace(/^[.\s-]+|[.\s]+$/g, '');
  if (trimmed === '') return DEFAULT_BASE_NAME;
  return WINDOWS_RESERVED.test(trimmed) ? `_${trimmed}` : trimmed;
}

/**
 * A download file name: the base name made safe for every common file system (no path separators,
 * no characters Windows reserves, no controls, no leading dots or dashes) plus the format's extension.
 * Letters outside ASCII are kept (NFC): the Content-Disposition encoding is the route's job.
 */
export function fileNameFor(format: ExportFormat, baseName: string): string {
  return `${safeBaseName(baseName)}.${EXPORT_FORMATS[format].extension}`;
}
