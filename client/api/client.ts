// Typed fetch client for the newsgraph API. Response types are inferred from the server's zod
// schemas through `import type`: the browser bundle gets the types, never the server code.
import type { z } from 'zod';
import type {
  CypherResponse as CypherResponseSchema,
  EntityResponse as EntityResponseSchema,
  EvidenceResponse as EvidenceResponseSchema,
  HealthResponse as HealthResponseSchema,
  PathsResponse as PathsResponseSchema,
  SearchResponse as SearchResponseSchema,
  SubgraphResponse as SubgraphResponseSchema,
  TimelineResponse as TimelineResponseSchema,
  VocabularyResponse as VocabularyResponseSchema,
} from '../../server/api/schemas';
import type {
  BalanceResponse as BalanceResponseSchema,
  BlocsResponse as BlocsResponseSchema,
  DyadsResponse as DyadsResponseSchema,
  TimelineResponse as DyadTimelineResponseSchema,
} from '../../server/api/alliance-schemas';
import type { CommitResponse as CommitResponseSchema, PreviewResponse as PreviewResponseSchema } from '../../server/api/article-schemas';
import type { GraphJSON } from '../../server/graph/graph-json';
import type { ArticleInputBody, CommitBodyShape } from '../state/article-review';
import type { Polarity } from '../state/types';

export type HealthResponse = z.infer<typeof HealthResponseSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
export type SearchResult = SearchResponse['results'][number];
export type EntityResponse = z.infer<typeof EntityResponseSchema>;
export type SubgraphResponse = z.infer<typeof SubgraphResponseSchema>;
export type PathsResponse = z.infer<typeof PathsResponseSchema>;
export type EvidenceResponse = z.infer<typeof EvidenceResponseSchema>;
export type EvidenceItem = EvidenceResponse['evidence'][number];
export type CypherResponse = z.infer<typeof CypherResponseSchema>;
export type VocabularyResponse = z.infer<typeof VocabularyResponseSchema>;
export type RelationTypeInfo = VocabularyResponse['relationTypes'][number];
export type DateRangeResponse = z.infer<typeof TimelineResponseSchema>;
export type ArticlePreview = z.infer<typeof PreviewResponseSchema>;
export type PreviewRelation = ArticlePreview['relations'][number];
export type ArticleCommit = z.infer<typeof CommitResponseSchema>;
export type DyadsResponse = z.infer<typeof DyadsResponseSchema>;
export type Dyad = DyadsResponse['dyads'][number];
export type BlocsResponse = z.infer<typeof BlocsResponseSchema>;
export type BalanceResponse = z.infer<typeof BalanceResponseSchema>;
export type UnbalancedTriad = BalanceResponse['unbalancedTriads'][number];
export type DyadTimelineResponse = z.infer<typeof DyadTimelineResponseSchema>;
export type DyadTimelinePoint = DyadTimelineResponse['points'][number];
/** The time window (and options) every /api/alliances/* call takes. */
export interface AllianceWindow { from?: string | null; to?: string | null; types?: string[] | null; modalities?: string[] | null; rollup?: boolean }
export type { GraphJSON };
export type ExportFormat = 'gexf' | 'graphml' | 'json' | 'csv' | 'cypher';

/** The API's error shape, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(path: string, init: RequestInit & { signal?: AbortSignal } = {}): Promise<T> {
  const res = await send(path, init);
  return (await res.json()) as T;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Is newsgraph still running?');
  }
  if (!res.ok) {
    let code = `HTTP_${res.status}`;
    let message = res.statusText || `Request failed (${res.status})`;
    let details: unknown;
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown } };
      if (body.error) {
        code = body.error.code ?? code;
        message = body.error.message ?? message;
        details = body.error.details;
      }
    } catch {
      // Not JSON (a proxy's error page): keep the status text.
    }
    throw new ApiError(res.status, code, message, details);
  }
  return res;
}

const qs = (params: Record<string, string | number | undefined | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export interface SubgraphParams {
  seeds: string[];
  depth?: number;
  limit?: number;
  types?: string[] | null;
  entityTypes?: string[] | null;
  from?: string | null;
  to?: string | null;
  polarity?: Polarity;
}

export interface DownloadedFile { blob: Blob; fileName: string }

function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) {
    try { return decodeURIComponent(star[1]!); } catch { /* fall through */ }
  }
  const plain = /filename="([^"]+)"/i.exec(cd);
  return plain ? plain[1]! : fallback;
}

const windowQs = (w: AllianceWindow) => ({
  from: w.from, to: w.to, types: w.types?.join(','), modalities: w.modalities?.join(','),
  rollup: w.rollup === undefined ? undefined : String(w.rollup),
});

export const api = {
  health: (signal?: AbortSignal) => request<HealthResponse>('/api/health', { signal }),
  vocabulary: () => request<VocabularyResponse>('/api/vocabulary'),
  dateRange: () => request<DateRangeResponse>('/api/date-range'),
  search: (q: string, limit = 10, signal?: AbortSignal) => request<SearchResponse>(`/api/search${qs({ q, limit })}`, { signal }),
  entity: (id: string) => request<EntityResponse>(`/api/entities/${encodeURIComponent(id)}`),
  subgraph: (p: SubgraphParams) => request<SubgraphResponse>(`/api/subgraph${qs({
    seeds: p.seeds.join(','), depth: p.depth, limit: p.limit,
    types: p.types?.join(','), entityTypes: p.entityTypes?.join(','), from: p.from, to: p.to, polarity: p.polarity,
  })}`),
  paths: (from: string, to: string, maxLength = 4) => request<PathsResponse>(`/api/paths${qs({ from, to, maxLength })}`),
  evidence: (relationId: string, signal?: AbortSignal) => request<EvidenceResponse>(`/api/relations/${encodeURIComponent(relationId)}/evidence`, { signal }),
  cypher: (query: string, params: Record<string, unknown> = {}, maxRows?: number) =>
    request<CypherResponse>('/api/cypher', { method: 'POST', body: JSON.stringify({ query, params, ...(maxRows ? { maxRows } : {}) }) }),
  /** The given entities and every relation among them, as a graph (the JSON export is the wire shape). */
  induced: (nodeIds: string[]) => request<GraphJSON>('/api/export', { method: 'POST', body: JSON.stringify({ format: 'json', nodeIds }) }),
  /** Extract the relations of an article, with their evidence; writes nothing. */
  previewArticle: (body: ArticleInputBody, signal?: AbortSignal) =>
    request<ArticlePreview>('/api/articles', { method: 'POST', body: JSON.stringify(body), signal }),
  /** Write the article with the accepted relations (needs the server's write token). */
  commitArticle: (body: CommitBodyShape, token: string) =>
    request<ArticleCommit>('/api/articles/commit', { method: 'POST', body: JSON.stringify(body), headers: { Authorization: `Bearer ${token}` } }),
  dyads: (w: AllianceWindow, actors?: string[], signal?: AbortSignal) =>
    request<DyadsResponse>(`/api/alliances/dyads${qs({ ...windowQs(w), actors: actors?.join(',') })}`, { signal }),
  blocs: (w: AllianceWindow, signal?: AbortSignal) => request<BlocsResponse>(`/api/alliances/blocs${qs(windowQs(w))}`, { signal }),
  balance: (w: AllianceWindow, signal?: AbortSignal) => request<BalanceResponse>(`/api/alliances/balance${qs(windowQs(w))}`, { signal }),
  dyadTimeline: (w: AllianceWindow, a: string, b: string, bucket: 'day' | 'week' | 'month', signal?: AbortSignal) =>
    request<DyadTimelineResponse>(`/api/alliances/timeline${qs({ ...windowQs(w), a, b, bucket })}`, { signal }),
  /** relationIds: the relations the view shows, so a file holds what the filters left on screen. */
  exportNodes: async (format: ExportFormat, nodeIds: string[], name: string, relationIds?: string[]): Promise<DownloadedFile> => {
    const res = await send('/api/export', { method: 'POST', body: JSON.stringify({ format, nodeIds, relationIds, name }), headers: { Accept: '*/*' } });
    return { blob: await res.blob(), fileName: fileNameOf(res, `${name}.${format}`) };
  },
};

export type Api = typeof api;
