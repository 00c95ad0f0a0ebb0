// Mounts the renderer and shows the canvas's empty, loading and no-WebGL states.
import { useEffect, useRef, useState } from 'react';
import { createGraphView } from '../render/sigma-view';
import { useExplorer, useUiState } from '../app/context';
import { CURVED_EDGE_BUDGET, HIDE_WHILE_MOVING_ABOVE_EDGES, hidesWhileMoving } from '../state/style';

const STARTERS = ['Putin', 'Aliyev', 'Thổ Nhĩ Kỳ', 'CSTO', 'Nagorno-Karabakh'];

export function CanvasHost() {
  const explorer = useExplorer();
  const s = useUiState();
  const ref = useRef<HTMLDivElement>(null);
  const [broken, setBroken] = useState(false);

  useEffect(() => {
    if (!ref.current) return;
    const view = createGraphView(explorer.graph, ref.current, explorer.styler);
    setBroken(!view.ok);
    explorer.attachView(view);
    return () => {
      explorer.detach();
      view.kill();
    };
  }, [explorer]);

  const empty = s.ready && s.graphVersion >= 0 && explorer.graph.order === 0;
  const allFiltered = explorer.graph.order > 0 && s.visible.nodes === 0;
  return (
    <div className="canvas-wrap">
      <div ref={ref} className="canvas-host" data-testid="canvas" />
      {broken && (
        <div className="overlay center">
          <div className="empty-card">
            <h2>The graph canvas could not start</h2>
            <p>This browser did not give us WebGL. Try another browser, or enable hardware acceleration. The panels on the right still work.</p>
          </div>
        </div>
      )}
      {!broken && empty && !s.busy && (
        <div className="overlay center">
          <div className="empty-card">
            <h2>Who sides with whom?</h2>
            <p>Search a person, country or organisation — in Vietnamese or English — to see its relations, each backed by the sentences that state it.</p>
            <p className="muted">Press <kbd>/</kbd> to search. Try:{' '}
              {STARTERS.map((q, i) => (
                <span key={q}>{i > 0 && ', '}<button type="button" className="linklike" onClick={() => window.dispatchEvent(new CustomEvent('newsgraph:search', { detail: q }))}>{q}</button></span>
              ))}
            </p>
            <p className="muted small">Click selects · double-click expands · drag moves · hover highlights neighbours · Ctrl+Z undoes</p>
          </div>
        </div>
      )}
      {!broken && allFiltered && !s.busy && (
        <div className="overlay top"><div className="pill">Every node is hidden by the filters. <button type="button" className="linklike" onClick={() => explorer.resetFilters()}>Reset filters</button></div></div>
      )}
      {s.busy && <div className="overlay top" role="status" aria-live="polite"><div className="pill busy"><span className="spinner" aria-hidden="true" />{s.busy}</div></div>}
      <div className="canvas-controls">
        <button type="button" onClick={() => explorer.getView()?.zoom(1.5)} aria-label="Zoom in" title="Zoom in">+</button>
        <button type="button" onClick={() => explorer.getView()?.zoom(1 / 1.5)} aria-label="Zoom out" title="Zoom out">−</button>
        <button type="button" onClick={explorer.fit} aria-label="Fit" title="Fit to screen">⤢</button>
      </div>
      <div className="canvas-stats" aria-live="polite">{s.visible.nodes} node{s.visible.nodes === 1 ? "" : "s"} · {s.visible.edges} relation{s.visible.edges === 1 ? "" : "s"}{explorer.graph.order !== s.visible.nodes ? ` (of ${explorer.graph.order} nodes loaded)` : ''}
        {hidesWhileMoving(s.visible.edges) && <span className="hide-while-moving" title={`More than ${HIDE_WHILE_MOVING_ABOVE_EDGES.toLocaleString('en-US')} relations are visible: they and the labels are left out while you pan or zoom, and come back when you stop.`}> · relations hidden while moving</span>}
        {s.straightened > 0 && <span className="straightened" title={`${s.straightened.toLocaleString('en-US')} parallel relations would be curved; past ${CURVED_EDGE_BUDGET.toLocaleString('en-US')} the canvas slows down, so all are drawn straight. Filter or hide nodes to see them fanned out again.`}> · parallel relations drawn straight</span>}</div>
    </div>
  );
}
