// Why we believe a relation: every sentence behind it, with the two mentions and the trigger
// marked. All database text is rendered as React text nodes inside <mark>, never as HTML.
import { useEffect, useState } from 'react';
import { api, ApiError, type EvidenceItem, type EvidenceResponse } from '../api/client';
import { useExplorer } from '../app/context';
import { scoreColor } from '../state/style';
import { segmentSentence } from './highlight';

const safeUrl = (u: string | null): string | null => {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

export function EvidencePanel({ edgeId }: { edgeId: string }) {
  const explorer = useExplorer();
  const g = explorer.graph;
  const [data, setData] = useState<EvidenceResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setData(null);
    setError(null);
    // Links without a relation id (r:<elementId>: article/sentence structure from a Cypher result)
    // have no evidence; asking would only produce a 404.
    if (edgeId.startsWith('r:')) {
      setError('No sentences are recorded for this link (it is structural, not extracted from the news).');
      return () => ctrl.abort();
    }
    api.evidence(edgeId, ctrl.signal).then(setData, (e) => {
      if ((e as Error).name === 'AbortError') return;
      setError(e instanceof ApiError && e.status === 404 ? 'No sentences are recorded for this link (it is structural, not extracted from the news).' : e instanceof ApiError ? e.message : String(e));
    });
    return () => ctrl.abort();
  }, [edgeId]);

  if (!g.hasEdge(edgeId)) return <div className="panel-empty"><p>This relation is no longer on the canvas.</p></div>;
  const a = g.getEdgeAttributes(edgeId);
  const [src, tgt] = g.extremities(edgeId);
  const name = (n: string) => String(g.getNodeAttribute(n, 'name') ?? n);
  const undirected = g.isUndirected(edgeId);
  const score = typeof a.score === 'number' ? a.score : null;

  return (
    <div className="evidence">
      <header className="details-head">
        <div className="relation-line">
          <button type="button" className="linklike strong" onClick={() => explorer.select({ kind: 'node', id: src })}>{name(src)}</button>
          <span className="rel-type" style={{ borderColor: scoreColor(score) }}>{undirected ? '—' : ''} {a.relType} {undirected ? '—' : '→'}</span>
          <button type="button" className="linklike strong" onClick={() => explorer.select({ kind: 'node', id: tgt })}>{name(tgt)}</button>
        </div>
        <dl className="facts">
          <dt>Date</dt><dd>{a.date ?? <span className="muted">not stated{a.knownFrom ? ` (reported ${a.knownFrom})` : ''}</span>}</dd>
          <dt>Score</dt><dd><span className="swatch" style={{ background: scoreColor(score) }} aria-hidden="true" /> {score === null ? '—' : score > 0 ? `+${score} cooperation` : score < 0 ? `${score} conflict` : '0 neutral'}</dd>
          {a.cameo && <><dt>CAMEO</dt><dd>{a.cameo}</dd></>}
          {a.modality && <><dt>Modality</dt><dd className={a.modality !== 'asserted' ? 'warn-text' : ''}>{a.modality}{a.attribution ? ` — according to ${a.attribution}` : ''}</dd></>}
          {a.role && <><dt>Role</dt><dd>{a.role}</dd></>}
          {a.provenance && <><dt>Source</dt><dd>{a.provenance}</dd></>}
        </dl>
      </header>
      <h3 className="section-title">Evidence {data && <span className="count">{data.evidence.length}</span>}</h3>
      {!data && !error && <p className="muted"><span className="spinner" aria-hidden="true" /> Loading the sentences…</p>}
      {error && <p className="muted">{error}</p>}
      {data && data.evidence.length === 0 && <p className="muted">No sentences recorded for this relation.</p>}
      {data && <EvidenceList items={data.evidence} />}
      <p className="legend-line small"><mark className="m-subject">subject</mark> <mark className="m-trigger">trigger</mark> <mark className="m-object">object</mark></p>
    </div>
  );
}

/** The sentences behind one relation, mentions and trigger marked (shared with the alliance views). */
export function EvidenceList({ items }: { items: EvidenceItem[] }) {
  return (
    <ol className="evidence-list">
      {items.map((ev) => {
        const url = safeUrl(ev.article.url);
        return (
          <li key={ev.sentence.id} className="evidence-item">
            <blockquote lang="vi" className="sentence">
              {segmentSentence(ev.sentence.text, { subject: ev.subject, object: ev.object, trigger: ev.trigger }).map((seg, i) =>
                seg.roles.length === 0
                  ? <span key={i}>{seg.text}</span>
                  : <mark key={i} className={seg.roles.map((r) => `m-${r}`).join(' ')} title={seg.roles.join(' + ')}>{seg.text}</mark>)}
            </blockquote>
            <div className="article">
              {url ? <a href={url} target="_blank" rel="noopener noreferrer">{ev.article.title}</a> : <span className="article-title">{ev.article.title}</span>}
              <span className="muted"> · {ev.article.date ?? 'undated'}{ev.article.source ? ` · ${ev.article.source}` : ''}</span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
