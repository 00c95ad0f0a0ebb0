// Details of the selection: a node (its relations on screen grouped by type, database counts,
// expand/collapse) or an edge (the evidence behind it).
import { useEffect, useState } from 'react';
import { api, ApiError, type EntityResponse } from '../api/client';
import { useExplorer, useUiState } from '../app/context';
import { entityColor, scoreColor } from '../state/style';
import { EvidencePanel } from './EvidencePanel';

export function DetailsPanel() {
  const s = useUiState();
  if (!s.selection) return <NothingSelected />;
  if (s.selection.kind === 'edge') return <EvidencePanel key={s.selection.id} edgeId={s.selection.id} />;
  return <NodeDetails key={s.selection.id} id={s.selection.id} />;
}

function NothingSelected() {
  const explorer = useExplorer();
  const s = useUiState();
  return (
    <div className="panel-empty">
      <h3>Nothing selected</h3>
      <p>Click a node to see its relations; click a relation to read the sentences behind it.</p>
      {explorer.graph.order > 0 && (
        <p className="muted">{s.visible.nodes} nodes and {s.visible.edges} relations on screen.</p>
      )}
      <dl className="shortcuts">
        <dt><kbd>/</kbd></dt><dd>search</dd>
        <dt>double-click</dt><dd>expand a node</dd>
        <dt><kbd>Ctrl</kbd>+<kbd>Z</kbd></dt><dd>undo (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd> redo)</dd>
        <dt><kbd>Esc</kbd></dt><dd>clear the selection</dd>
        <dt><kbd>Ctrl</kbd>+<kbd>Enter</kbd></dt><dd>run a Cypher query</dd>
      </dl>
    </div>
  );
}

interface RelationRow { edge: string; other: string; otherName: string; dir: 'out' | 'in' | 'both'; date: string | null; score: number | null; visible: boolean }

function NodeDetails({ id }: { id: string }) {
  const explorer = useExplorer();
  const s = useUiState();
  const g = explorer.graph;
  const [entity, setEntity] = useState<EntityResponse | null>(null);
  const [entityError, setEntityError] = useState<string | null>(null);

  const attrs = g.hasNode(id) ? g.getNodeAttributes(id) : null;
  const isEntity = !!attrs?.labels?.includes('Entity');

  useEffect(() => {
    if (!isEntity) return;
    let live = true;
    api.entity(id).then((r) => { if (live) setEntity(r); }, (e) => { if (live) setEntityError(e instanceof ApiError ? e.message : String(e)); });
    return () => { live = false; };
  }, [id, isEntity, s.graphVersion]);

  if (!attrs) return <NothingSelected />;

  // Relations on the canvas, grouped by type; the strongest first inside a group.
  const groups = new Map<string, RelationRow[]>();
  g.forEachEdge(id, (edge, a, source, target, sa, ta, undirected) => {
    const otherIsTarget = source === id;
    const other = otherIsTarget ? target : source;
    const oa = otherIsTarget ? ta : sa;
    const row: RelationRow = {
      edge, other, otherName: String(oa.name ?? other), dir: undirected ? 'both' : otherIsTarget ? 'out' : 'in',
      date: (a.date as string | null | undefined) ?? null, score: typeof a.score === 'number' ? a.score : null, visible: explorer.isVisibleEdge(edge),
    };
    const list = groups.get(a.relType) ?? [];
    list.push(row);
    groups.set(a.relType, list);
  });
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const onCanvas = g.degree(id);
  const more = s.hidden[id] ?? 0;
  const expanded = s.expanded.includes(id) || s.seeds.includes(id);
  const aliases = (attrs.aliases ?? []).filter((x) => x !== attrs.name && x !== attrs.nameVi);

  return (
    <div className="details">
      <header className="details-head">
        <span className="type-chip" style={{ background: entityColor(attrs.entityType) }}>{attrs.entityType}</span>
        <h2>{String(attrs.name)}</h2>
        {attrs.nameVi && attrs.nameVi !== attrs.name && <div className="name-vi" lang="vi">{attrs.nameVi}</div>}
        {aliases.length > 0 && <div className="aliases">Also: {aliases.join(' · ')}</div>}
      </header>
      <div className="actions">
        {isEntity && <button type="button" onClick={() => void explorer.expand(id)} title="Load this node's relations (double-click does the same)">{expanded ? (more > 0 ? `Show ${Math.min(more, 25)} more` : 'Expand again') : 'Expand'}</button>}
        {expanded && <button type="button" onClick={() => explorer.collapse(id)} title="Remove the nodes this expansion brought in">Collapse</button>}
        <button type="button" onClick={() => explorer.getView()?.fit([id, ...g.neighbors(id)])}>Zoom to</button>
        <button type="button" className="danger" onClick={() => explorer.remove(id)}>Remove</button>
      </div>
      {isEntity && <PathFinder from={id} />}
      <p className="muted small">
        {onCanvas} relation{onCanvas === 1 ? '' : 's'} on the canvas
        {entity && <> · {entity.degree} in the database</>}
        {more > 0 && <> · <strong>{more} more</strong> not loaded</>}
        {entityError && <> · <span className="error-text">{entityError}</span></>}
      </p>
      {sorted.length === 0 && <p className="muted">No relations on the canvas yet. Expand to load them.</p>}
      {sorted.map(([type, rows]) => (
        <section key={type} className="rel-group">
          <h3>{type} <span className="count">{rows.length}</span></h3>
          <ul>
            {rows.sort((a, b) => Math.abs(b.score ?? 0) - Math.abs(a.score ?? 0) || (b.date ?? '').localeCompare(a.date ?? '')).map((r) => (
              <li key={r.edge} className={r.visible ? '' : 'filtered'} title={r.visible ? undefined : 'Hidden by the filters'}>
                <button type="button" className="rel-row" onClick={() => explorer.select({ kind: 'edge', id: r.edge })}>
                  <span className="swatch" style={{ background: scoreColor(r.score) }} aria-hidden="true" />
                  <span className="dir" aria-label={r.dir === 'out' ? 'to' : r.dir === 'in' ? 'from' : 'with'}>{r.dir === 'out' ? '→' : r.dir === 'in' ? '←' : '—'}</span>
                  <span className="other">{r.otherName}</span>
                  {r.date && <span className="date">{r.date}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {entity && (
        <section className="rel-group db-counts">
          <h3>In the database</h3>
          <ul className="compact">
            {entity.relations.map((r) => <li key={`${r.type}-${r.direction}`}>{r.type} <span className="muted">{r.direction === 'out' ? 'outgoing' : 'incoming'}</span> <span className="count">{r.count}</span></li>)}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Shortest paths from the selected entity to another one on the canvas (through nodes that may not be). */
function PathFinder({ from }: { from: string }) {
  const explorer = useExplorer();
  useUiState();
  const g = explorer.graph;
  const [to, setTo] = useState('');
  const others = g.filterNodes((n, a) => n !== from && !!a.labels?.includes('Entity'))
    .map((n) => ({ id: n, name: String(g.getNodeAttribute(n, 'name') ?? n) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (others.length === 0) return null;
  return (
    <form className="path-finder" onSubmit={(e) => { e.preventDefault(); if (to) void explorer.findPath(from, to); }}>
      <label className="inline">Path to
        <select value={to} onChange={(e) => setTo(e.target.value)} aria-label="Path target">
          <option value="">choose…</option>
          {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </label>
      <button type="submit" disabled={!to}>Find</button>
    </form>
  );
}
