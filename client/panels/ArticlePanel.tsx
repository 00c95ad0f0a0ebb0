// "Add article": paste a Vietnamese article, preview the relations the extractor finds (each with
// its sentence highlighted), accept or reject each one, then commit the accepted ones with the
// server's write token. All text is rendered as React text; highlights are <mark> elements.
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, type ArticleCommit, type ArticlePreview, type PreviewRelation } from '../api/client';
import { useExplorer } from '../app/context';
import { acceptedIds, acceptedSubjects, articleBody, commitBody, commitErrorMessage, EMPTY_FORM, formProblems, initialReview, sentenceSpans, setAccepted, setAll, type ArticleForm, type Review } from '../state/article-review';
import { scoreColor } from '../state/style';
import { segmentSentence } from './highlight';

const TOKEN_KEY = 'newsgraph.writeToken';

const readToken = (): string => { try { return sessionStorage.getItem(TOKEN_KEY) ?? ''; } catch { return ''; } };
const writeToken = (t: string): void => {
  try { if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY); } catch { /* storage blocked: keep it in memory only */ }
};

function commitError(e: unknown): string {
  if (e instanceof ApiError) return commitErrorMessage(e.status, e.message);
  return String((e as Error)?.message ?? e);
}

function RelationCard({ r, accepted, onChange }: { r: PreviewRelation; accepted: boolean; onChange: (accepted: boolean) => void }) {
  const spans = sentenceSpans(r);
  return (
    <li className={accepted ? 'evidence-item review-card' : 'evidence-item review-card rejected'} data-relation-id={r.id}>
      <div className="relation-line">
        <strong>{r.subject.name}</strong>
        <span className="rel-type" style={{ borderColor: scoreColor(r.score) }}>{r.type} →</span>
        <strong>{r.object.name}</strong>
      </div>
      <dl className="facts">
        <dt>Date</dt><dd>{r.date ?? <span className="muted">not stated</span>}</dd>
        <dt>Modality</dt><dd className={r.modality !== 'asserted' ? 'warn-text' : ''}>{r.modality}{r.attribution ? ` — according to ${r.attribution}` : ''}</dd>
        <dt>Confidence</dt><dd>{Math.round(r.confidence * 100)}%{r.inferred ? <span className="muted"> · inferred argument</span> : null}</dd>
        {r.role && <><dt>Role</dt><dd>{r.role}</dd></>}
      </dl>
      <blockquote lang="vi" className="sentence">
        {segmentSentence(r.sentence.text, spans).map((seg, i) =>
          seg.roles.length === 0
            ? <span key={i}>{seg.text}</span>
            : <mark key={i} className={seg.roles.map((x) => `m-${x}`).join(' ')} title={seg.roles.join(' + ')}>{seg.text}</mark>)}
      </blockquote>
      <div className="segmented review-toggle" role="radiogroup" aria-label="Keep this relation?">
        <button type="button" role="radio" aria-checked={accepted} className={accepted ? 'active' : ''} onClick={() => onChange(true)}>Accept</button>
        <button type="button" role="radio" aria-checked={!accepted} className={!accepted ? 'active danger' : ''} onClick={() => onChange(false)}>Reject</button>
      </div>
    </li>
  );
}

export function ArticlePanel() {
  const explorer = useExplorer();
  const [form, setForm] = useState<ArticleForm>(EMPTY_FORM);
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  /** The form as it was extracted: the commit must send exactly that text. */
  const [previewed, setPreviewed] = useState<ArticleForm | null>(null);
  const [review, setReview] = useState<Review>({});
  const [extracting, setExtracting] = useState(false);
  const [extractError, setExtractError] = useState<string | null>(null);
  const [token, setToken] = useState(readToken);
  const [committing, setCommitting] = useState(false);
  const [commitErr, setCommitErr] = useState<string | null>(null);
  const [result, setResult] = useState<{ res: ArticleCommit; subjects: string[] } | null>(null);
  const ctrl = useRef<AbortController | null>(null);

  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => () => ctrl.current?.abort(), []);
  useEffect(() => { if (result) resultRef.current?.scrollIntoView({ block: 'nearest' }); }, [result]);

  const problems = formProblems(form);
  const order = preview?.relations.map((r) => r.id) ?? [];
  const accepted = acceptedIds(review, order);
  const stale = !!previewed && (previewed.text !== form.text || previewed.title !== form.title || previewed.date !== form.date || previewed.source !== form.source || previewed.url !== form.url);

  const field = (k: keyof ArticleForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const extract = async () => {
    if (problems.length > 0) return;
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setExtracting(true);
    setExtractError(null);
    setPreview(null);
    setResult(null);
    setCommitErr(null);
    const snapshot = form;
    try {
      const res = await api.previewArticle(articleBody(snapshot), c.signal);
      setPreview(res);
      setPreviewed(snapshot);
      setReview(initialReview(res.relations.map((r) => r.id)));
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      setExtractError(e instanceof ApiError ? e.message : String(e));
    } finally {
      if (ctrl.current === c) setExtracting(false);
    }
  };

  const commit = async () => {
    if (!preview || !previewed) return;
    setCommitting(true);
    setCommitErr(null);
    try {
      const res = await api.commitArticle(commitBody(previewed, review, order), token.trim());
      setResult({ res, subjects: acceptedSubjects(preview.relations, review) });
    } catch (e) {
      setCommitErr(commitError(e));
    } finally {
      setCommitting(false);
    }
  };

  const reset = () => {
    setForm(EMPTY_FORM);
    setPreview(null);
    setPreviewed(null);
    setReview({});
    setResult(null);
    setCommitErr(null);
    setExtractError(null);
  };

  return (
    <div className="article-panel">
      <form className="article-form" onSubmit={(e) => { e.preventDefault(); void extract(); }}>
        <label>Title <input type="text" value={form.title} onChange={field('title')} maxLength={300} required /></label>
        <div className="article-row">
          <label>Date <input type="date" value={form.date} onChange={field('date')} required /></label>
          <label>Source <input type="text" value={form.source} onChange={field('source')} maxLength={200} placeholder="e.g. VnExpress" required /></label>
        </div>
        <label>URL <span className="muted">(optional)</span> <input type="url" value={form.url} onChange={field('url')} placeholder="https://…" /></label>
        <label>Article text (Vietnamese)
          <textarea lang="vi" value={form.text} onChange={field('text')} rows={7} placeholder="Dán nội dung bài báo vào đây…" />
        </label>
        <div className="article-actions">
          <button type="submit" className="primary" disabled={problems.length > 0 || extracting}>{extracting ? 'Extracting…' : 'Extract'}</button>
          {(preview || result) && <button type="button" onClick={reset}>New article</button>}
          {problems.length > 0 && (form.text || form.title) && <span className="muted small">Still needed: {problems.join(', ')}.</span>}
        </div>
      </form>

      {extracting && <p className="muted" role="status"><span className="spinner" aria-hidden="true" /> Extracting relations…</p>}
      {extractError && <p className="warn-text" role="alert">{extractError}</p>}

      {preview && (
        <section className="article-review" aria-label="Extracted relations">
          {stale && <p className="warn-text small">The form changed since extraction; the commit sends the extracted version. Extract again to review the new text.</p>}
          {preview.alreadyIngested && (
            <p className="notice-inline" role="status">This article is already in the database. You can still commit; the server will report it as already ingested and write nothing new.</p>
          )}
          {preview.relations.length === 0 ? (
            <p className="muted" role="status">No relations found in this text. The extractor only recognises known actors and trigger phrases.</p>
          ) : (
            <>
              <h3 className="section-title">
                Extracted relations <span className="count">{preview.relations.length}</span>
                <span className="spacer" />
                <button type="button" className="linklike" onClick={() => setReview((r) => setAll(r, true))}>accept all</button>
                <button type="button" className="linklike" onClick={() => setReview((r) => setAll(r, false))}>reject all</button>
              </h3>
              <ol className="evidence-list">
                {preview.relations.map((r) => (
                  <RelationCard key={r.id} r={r} accepted={review[r.id] === true} onChange={(a) => setReview((rv) => setAccepted(rv, r.id, a))} />
                ))}
              </ol>
              <p className="legend-line small"><mark className="m-subject">subject</mark> <mark className="m-trigger">trigger</mark> <mark className="m-object">object</mark></p>
            </>
          )}

          <div className="commit-box">
            <label>Write token
              <input type="password" autoComplete="off" value={token} onChange={(e) => { setToken(e.target.value); writeToken(e.target.value); }}
                placeholder="NEWSGRAPH_WRITE_TOKEN" />
            </label>
            <p className="muted small">Kept for this browser tab only (session storage).</p>
            <button type="button" className="primary" disabled={committing || !token.trim() || !!result}
              onClick={() => void commit()}>{committing ? 'Committing…' : `Commit ${accepted.length} relation${accepted.length === 1 ? '' : 's'}`}</button>
            {commitErr && <p className="warn-text" role="alert">{commitErr}</p>}
          </div>

          {result && (
            <div className="commit-result" role="status" ref={resultRef}>
              {result.res.alreadyIngested
                ? <p>This article was already ingested: nothing new was written.</p>
                : <p className="success-text">Committed: article saved with {result.res.relations} relation{result.res.relations === 1 ? '' : 's'}.</p>}
              {result.subjects.length > 0 && (
                <button type="button" onClick={() => void explorer.openEntities(result.subjects)}>Show in graph</button>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
