// The Alliances tab: blocs (the canvas' own Louvain, or the whole graph's from the server), the
// alliance matrix and structural balance. The server views follow the date slider's window.
import { useState } from 'react';
import { useExplorer, useUiState } from '../app/context';
import { AllianceMatrix, BalanceView, WholeBlocs } from './AllianceViews';

type View = 'blocs' | 'matrix' | 'balance';

export function AlliancesPanel() {
  const [view, setView] = useState<View>('blocs');
  const s = useUiState();
  return (
    <div className="alliances">
      <div className="segmented" role="tablist" aria-label="Alliance views">
        {(['blocs', 'matrix', 'balance'] as const).map((v) => (
          <button key={v} type="button" role="tab" aria-selected={view === v} className={view === v ? 'active' : ''} onClick={() => setView(v)}>
            {v === 'blocs' ? 'Blocs' : v === 'matrix' ? 'Matrix' : 'Balance'}
          </button>
        ))}
      </div>
      <p className="muted small">Window: {s.filters.from ?? 'start'} → {s.filters.to ?? 'end'} (the date slider)</p>
      {view === 'blocs' && <BlocsView />}
      {view === 'matrix' && <AllianceMatrix />}
      {view === 'balance' && <BalanceView />}
    </div>
  );
}

function BlocsView() {
  const explorer = useExplorer();
  const s = useUiState();
  const mode = s.wholeBlocsOn ? 'whole' : s.alliancesOn ? 'canvas' : 'off';
  const choose = (m: 'off' | 'canvas' | 'whole') => {
    if (m === 'whole') explorer.setWholeBlocs(true);
    else { if (s.wholeBlocsOn) explorer.setWholeBlocs(false); explorer.setAlliances(m === 'canvas'); }
  };
  return (
    <div>
      <fieldset className="bloc-mode">
        <legend className="small">Colour the canvas by</legend>
        <label><input type="radio" name="bloc-mode" checked={mode === 'off'} onChange={() => choose('off')} /> Entity type</label>
        <label><input type="radio" name="bloc-mode" checked={mode === 'canvas'} onChange={() => choose('canvas')} /> Blocs (on screen)</label>
        <label><input type="radio" name="bloc-mode" checked={mode === 'whole'} onChange={() => choose('whole')} /> Blocs (whole graph)</label>
      </fieldset>
      {mode === 'whole' && <WholeBlocs />}
      {mode === 'canvas' && <CanvasBlocs />}
    </div>
  );
}

function CanvasBlocs() {
  const explorer = useExplorer();
  const s = useUiState();
  const g = explorer.graph;
  const name = (n: string) => (g.hasNode(n) ? String(g.getNodeAttribute(n, 'name') ?? n) : n);
  const a = s.alliances;

  return (
    <div className="canvas-blocs">
      <p className="muted small">
        Blocs are communities (Louvain) over <strong>cooperative</strong> relations on screen (score &gt; 0), weighted by score. Conflict never pulls two actors into a bloc; conflicts between blocs are drawn in strong red.
      </p>
      {g.order === 0 && <p className="muted">Load some entities first.</p>}
      {s.alliancesOn && a && (
        <>
          {a.blocs.length === 0 && <p className="muted">No cooperative relations among the visible nodes, so no blocs.</p>}
          {a.blocs.map((b) => (
            <section key={b.id} className="bloc">
              <h3><span className="dot big" style={{ background: b.color }} aria-hidden="true" /> Bloc {b.id + 1} <span className="count">{b.members.length}</span></h3>
              <ul className="chips">
                {b.members.map((m) => (
                  <li key={m}><button type="button" className="chip" onClick={() => explorer.select({ kind: 'node', id: m })}>{name(m)}</button></li>
                ))}
              </ul>
            </section>
          ))}
          {a.conflictsBetween.length > 0 && (
            <section className="bloc">
              <h3>Conflicts between blocs <span className="count">{a.conflictsBetween.length}</span></h3>
              <ul className="conflicts">
                {a.conflictsBetween.map((e) => {
                  const [s1, t1] = g.extremities(e);
                  return (
                    <li key={e}>
                      <button type="button" className="rel-row" onClick={() => explorer.select({ kind: 'edge', id: e })}>
                        <span className="other">{name(s1)}</span> <span className="rel-type conflict">{g.getEdgeAttribute(e, 'relType')}</span> <span className="other">{name(t1)}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {a.unaligned.length > 0 && (
            <section className="bloc">
              <h3>Unaligned <span className="count">{a.unaligned.length}</span></h3>
              <p className="small muted">{a.unaligned.map(name).join(', ')}</p>
            </section>
          )}
          {a.modularity !== null && <p className="muted small">Modularity {a.modularity.toFixed(2)} (higher: clearer blocs).</p>}
        </>
      )}
    </div>
  );
}
