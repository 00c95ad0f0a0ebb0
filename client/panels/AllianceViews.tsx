// The server-side alliance views (/api/alliances/*) over the date slider's window: the matrix of
// dyads, one dyad's relations and timeline, structural balance. HTML and SVG only (no sigma); all
// database strings are React text.
import { useEffect, useMemo, useState } from 'react';
import { api, ApiError, type BalanceResponse, type BlocsResponse, type Dyad, type DyadTimelineResponse, type EvidenceResponse } from '../api/client';
import { useExplorer, useUiState } from '../app/context';
import { bucketFor, buildMatrix, cellColor, pairKey, scaleChart, signed } from '../state/alliance-views';
import { scoreColor } from '../state/style';
import { EvidenceList } from './EvidencePanel';

type Loadable<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; data: T };

const message = (e: unknown) => (e instanceof ApiError ? e.message : String((e as Error)?.message ?? e));

/** Fetches whenever `key` changes (the date window, a pair …), aborting the previous request. */
function useFetch<T>(key: string, fetcher: (signal: AbortSignal) => Promise<T>): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    // Let the slider settle before asking (it fires once per day while dragged).
    const t = setTimeout(() => {
      fetcher(ctrl.signal).then((data) => { if (!ctrl.signal.aborted) setState({ status: 'ok', data }); }, (e) => {
        if ((e as Error).name === 'AbortError' || ctrl.signal.aborted) return;
        setState({ status: 'error', message: message(e) });
      });
    }, 150);
    return () => { clearTimeout(t); ctrl.abort(); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

function useWindow() {
  const s = useUiState();
  const w = { from: s.filters.from, to: s.filters.to };
  return { w, key: `${w.from ?? ''}|${w.to ?? ''}` };
}

function Status({ state, what }: { state: Loadable<unknown>; what: string }) {
  if (state.status === 'loading') return <p className="muted"><span className="spinner" aria-hidden="true" /> Loading {what}…</p>;
  if (state.status === 'error') return <p className="query-error" role="alert">Could not load {what}: {state.message}</p>;
  return null;
}

// ---- relations with their evidence ----

function RelationEvidence({ relationId }: { relationId: string }) {
  const state = useFetch<EvidenceResponse>(`ev|${relationId}`, (signal) => api.evidence(relationId, signal));
  if (state.status !== 'ok') {
    if (state.status === 'error') return <li className="dyad-relation"><p className="muted small">{relationId}: no sentences ({state.message})</p></li>;
    return <li className="dyad-relation"><p className="muted small"><span className="spinner" aria-hidden="true" /> {relationId}</p></li>;
  }
  const r = state.data.relation;
  return (
    <li className="dyad-relation" data-relation={r.id}>
      <div className="relation-line small">
        <strong>{r.source.name}</strong>{' '}
        <span className="rel-type" style={{ borderColor: scoreColor(r.score) }}>{r.type}</span>{' '}
        <strong>{r.target.name}</strong>
        <span className="muted"> · {r.date ?? 'undated'} · {r.score === null ? '—' : signed(r.score)}{r.modality && r.modality !== 'asserted' ? ` · ${r.modality}` : ''}</span>
      </div>
      {state.data.evidence.length === 0 ? <p className="muted small">No sentences recorded for this relation.</p> : <EvidenceList items={state.data.evidence} />}
    </li>
  );
}

const PAGE = 12;

export function RelationsEvidence({ relationIds }: { relationIds: readonly string[] }) {
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [relationIds]);
  if (relationIds.length === 0) return <p className="muted small">No relations.</p>;
  return (
    <>
      <ol className="dyad-relations">
        {relationIds.slice(0, shown).map((id) => <RelationEvidence key={id} relationId={id} />)}
      </ol>
      {relationIds.length > shown && (
        <button type="button" className="linklike small" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, relationIds.length - shown)} more of {relationIds.length - shown}</button>
      )}
    </>
  );
}

// ---- the matrix ----

export function AllianceMatrix() {
  const { w, key } = useWindow();
  const state = useFetch<{ dyads: Dyad[]; blocs: BlocsResponse }>(`matrix|${key}`, async (signal) => {
    const [d, b] = await Promise.all([api.dyads(w, undefined, signal), api.blocs(w, signal)]);
    return { dyads: d.dyads, blocs: b };
  });
  const [chosen, setChosen] = useState<{ a: string; b: string } | null>(null);
  const matrix = useMemo(() => (state.status === 'ok' ? buildMatrix(state.data.dyads, state.data.blocs) : null), [state]);

  if (!matrix) return <Status state={state} what="the dyads" />;
  if (matrix.actors.length === 0) return <p className="muted">No relations between actors in this window.</p>;
  const dyad = chosen ? matrix.cells.get(pairKey(chosen.a, chosen.b)) ?? null : null;
  return (
    <div className="matrix-view">
      <p className="muted small">Sum of the relation scores per pair of actors (Goldstein: red conflict … green cooperation), rows and columns grouped by bloc. Click a cell for its relations.</p>
      <div className="matrix-scroll">
        <table className="alliance-matrix">
          <thead>
            <tr>
              <th />
              {matrix.actors.map((c) => (
                <th key={c.id} scope="col" className="col-head" title={c.name}>
                  <span className="bloc-bar" style={{ background: c.color }} aria-hidden="true" />
                  <span className="vert">{c.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.actors.map((r) => (
              <tr key={r.id}>
                <th scope="row" className="row-head" title={r.name}><span className="dot" style={{ background: r.color }} aria-hidden="true" /> {r.name}</th>
                {matrix.actors.map((c) => {
                  if (r.id === c.id) return <td key={c.id} className="diag" />;
                  const d = matrix.cells.get(pairKey(r.id, c.id));
                  if (!d) return <td key={c.id} className="empty" />;
                  const on = chosen && pairKey(chosen.a, chosen.b) === pairKey(r.id, c.id);
                  return (
                    <td key={c.id}>
                      <button type="button" className={on ? 'matrix-cell on' : 'matrix-cell'} data-a={r.id} data-b={c.id}
                        style={{ background: cellColor(d.sum, matrix.maxAbs) ?? undefined }}
                        title={`${r.name} × ${c.name}: ${signed(d.sum)} (${d.count} relation${d.count === 1 ? '' : 's'})`}
                        aria-label={`${r.name} and ${c.name}: ${signed(d.sum)}`}
                        onClick={() => setChosen({ a: r.id, b: c.id })} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.omitted > 0 && <p className="muted small">{matrix.omitted} actors with the weakest ties are left out.</p>}
      {chosen && dyad && <DyadDetail key={pairKey(chosen.a, chosen.b)} dyad={dyad} />}
      {chosen && !dyad && <p className="muted">That pair has no relations in this window.</p>}
    </div>
  );
}

function DyadDetail({ dyad }: { dyad: Dyad }) {
  const [timeline, setTimeline] = useState(false);
  const types = Object.entries(dyad.byType).sort((x, y) => Math.abs(y[1].sum) - Math.abs(x[1].sum));
  return (
    <section className="dyad-detail" aria-label="Dyad">
      <h3 className="section-title">
        {dyad.a.name} × {dyad.b.name}{' '}
        <span className="swatch" style={{ background: scoreColor(dyad.sum) }} aria-hidden="true" /> {signed(dyad.sum)}
        <span className="count">{dyad.count}</span>
      </h3>
      <p className="small muted">
        cooperation {signed(dyad.cooperation)} · conflict {signed(-dyad.conflict)} · mean {signed(dyad.mean, 2)}
      </p>
      <ul className="chips small">
        {types.map(([t, v]) => <li key={t} className="chip static">{t} {v.count}× {signed(v.sum)}</li>)}
      </ul>
      <button type="button" onClick={() => setTimeline(!timeline)}>{timeline ? 'Hide timeline' : 'Show timeline'}</button>
      {timeline && <DyadTimeline a={dyad.a.id} b={dyad.b.id} />}
      <h4 className="section-title">Relations and evidence</h4>
      <RelationsEvidence relationIds={dyad.relationIds} />
    </section>
  );
}

// ---- one dyad over time ----

const CHART_W = 320;
const CHART_H = 150;

export function DyadTimeline({ a, b }: { a: string; b: string }) {
  const { w, key } = useWindow();
  const bucket = bucketFor(w.from, w.to, 'week');
  const state = useFetch<DyadTimelineResponse>(`tl|${a}|${b}|${key}|${bucket}`, (signal) => api.dyadTimeline(w, a, b, bucket, signal));
  if (state.status !== 'ok') return <Status state={state} what="the timeline" />;
  const t = state.data;
  const chart = scaleChart(t.points, CHART_W, CHART_H, 26);
  return (
    <figure className="dyad-timeline">
      {t.points.length === 0 ? <p className="muted small">No dated events between {t.a.name} and {t.b.name} in this window.</p> : (
        <svg viewBox={`0 0 ${CHART_W} ${CHART_H}`} width="100%" role="img" aria-label={`${t.a.name} and ${t.b.name} per ${t.bucket}`}>
          {chart.ticks.map((tk) => (
            <g key={tk.value}>
              <line x1={26} x2={CHART_W - 26} y1={tk.y} y2={tk.y} className={tk.value === 0 ? 'axis zero' : 'axis'} />
              <text x={22} y={tk.y + 3} textAnchor="end" className="tick-label">{signed(tk.value)}</text>
            </g>
          ))}
          {chart.bars.map((bar) => (
            <rect key={bar.start} x={bar.x} y={bar.y} width={bar.width} height={Math.max(0.5, bar.height)} fill={scoreColor(bar.value)}>
              <title>{`${bar.start}: ${signed(bar.value)}`}</title>
            </rect>
          ))}
          <path d={chart.line} className="cumulative" fill="none" />
          <text x={26} y={CHART_H - 8} className="tick-label">{t.points[0]!.start}</text>
          <text x={CHART_W - 26} y={CHART_H - 8} textAnchor="end" className="tick-label">{t.points.at(-1)!.end}</text>
        </svg>
      )}
      <figcaption className="small muted">
        Bars: sum of event scores per {t.bucket}; line: running total.
        {t.standing.length > 0 && <> Standing ties: {t.standing.map((s) => `${s.type} ${signed(s.score)}${s.since ? ` since ${s.since}` : ''}`).join(', ')}.</>}
        {t.undated.count > 0 && <> {t.undated.count} undated event{t.undated.count === 1 ? '' : 's'} ({signed(t.undated.sum)}).</>}
      </figcaption>
    </figure>
  );
}

// ---- structural balance ----

export function BalanceView() {
  const { w, key } = useWindow();
  const state = useFetch<BalanceResponse>(`balance|${key}`, (signal) => api.balance(w, signal));
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => setOpen(null), [key]);
  if (state.status !== 'ok') return <Status state={state} what="the balance" />;
  const b = state.data;
  if (b.triangles === 0) return <p className="muted">No triangle of three actors with signed ties in this window.</p>;
  return (
    <div className="balance-view">
      <p className="balance-share">
        <strong>{b.share === null ? '—' : `${Math.round(b.share * 100)}%`}</strong> of {b.triangles} triangles are balanced
        <span className="muted small"> ({b.balanced} balanced, {b.unbalanced} unbalanced)</span>
      </p>
      <p className="muted small">Balanced: the friend of a friend is a friend, the enemy of an enemy a friend. An unbalanced triad is a tension: someone friendly with two sides at odds.</p>
      {b.unbalancedTriads.length > 0 && <h3 className="section-title">Unbalanced triads <span className="count">{b.unbalanced}</span></h3>}
      <ul className="triads">
        {b.unbalancedTriads.map((t, i) => (
          <li key={t.actors.map((x) => x.id).join('|')} className="triad">
            <button type="button" className="rel-row" aria-expanded={open === i} onClick={() => setOpen(open === i ? null : i)}>
              <span className={t.kind === 'all-against-all' ? 'rel-type conflict' : 'rel-type'}>{t.kind}</span> <span className="triad-sentence">{t.sentence}</span>
            </button>
            {open === i && (
              <div className="triad-detail">
                <p className="small muted">{t.ties.map((tie) => `${nameIn(t.actors, tie.a)} – ${nameIn(t.actors, tie.b)} ${signed(tie.sum)}`).join(' · ')}</p>
                <RelationsEvidence relationIds={t.relationIds} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {b.truncated && <p className="muted small">Only the strongest {b.unbalancedTriads.length} are listed.</p>}
    </div>
  );
}

const nameIn = (actors: { id: string; name: string }[], id: string) => actors.find((a) => a.id === id)?.name ?? id;

// ---- whole-graph blocs (the canvas colouring lives in the Explorer) ----

export function WholeBlocs() {
  const explorer = useExplorer();
  const s = useUiState();
  const wb = s.wholeBlocs;
  return (
    <div className="whole-blocs">
      {s.wholeBlocsStatus === 'loading' && <p className="muted"><span className="spinner" aria-hidden="true" /> Loading the blocs…</p>}
      {s.wholeBlocsStatus === 'error' && <p className="query-error" role="alert">Could not load the blocs: {s.wholeBlocsError}</p>}
      {wb && wb.res.blocs.length === 0 && <p className="muted">No ties between actors in this window, so no blocs.</p>}
      {wb && wb.res.blocs.length > 0 && (
        <>
          <p className="small">
            Quality <strong>{wb.res.quality === null ? '—' : wb.res.quality.toFixed(2)}</strong>
            <span className="muted"> (1 = all cooperation inside blocs, all conflict between) · {wb.res.method}</span>
          </p>
          <ul className="bloc-legend">
            {wb.coloring.legend.map((l, i) => {
              const bloc = wb.res.blocs[i]!;
              return (
                <li key={l.id} className="bloc" data-bloc={l.id}>
                  <h3><span className="dot big" style={{ background: l.color }} aria-hidden="true" /> {l.label} <span className="count">{l.size}</span></h3>
                  <p className="small muted">{bloc.members.map((m) => m.name).join(', ')}</p>
                </li>
              );
            })}
          </ul>
          {wb.res.between.some((x) => x.conflict > 0) && (
            <>
              <h3 className="section-title">Conflict between blocs</h3>
              <ul className="small">
                {wb.res.between.filter((x) => x.conflict > 0).map((x) => (
                  <li key={`${x.a}|${x.b}`}>{labelOf(wb.res, x.a)} × {labelOf(wb.res, x.b)}: conflict {signed(-x.conflict)}, cooperation {signed(x.cooperation)}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" onClick={() => { void explorer.showBlocActors(); }} disabled={s.busy !== null}>Show the bloc actors on the canvas</button>
        </>
      )}
    </div>
  );
}

const labelOf = (res: BlocsResponse, id: string) => res.blocs.find((b) => b.id === id)?.label ?? id;
