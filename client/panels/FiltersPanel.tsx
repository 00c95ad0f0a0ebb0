// Filters: relation types with counts, cooperation/conflict, entity types, date window. They hide
// in the renderer; the store keeps everything.
import { useExplorer, useUiState } from '../app/context';
import { isDefaultFilters, relationTypeCounts } from '../state/filters';
import { ENTITY_COLORS, scoreColor } from '../state/style';
import type { Polarity } from '../state/types';

export function FiltersPanel() {
  const explorer = useExplorer();
  const s = useUiState();
  const f = s.filters;
  const counts = relationTypeCounts(explorer.graph, f, explorer.staticRelationTypes);
  const vocab = s.vocabulary?.relationTypes ?? [];
  const scoreOf = new Map(vocab.map((v) => [v.type, v.score]));
  // Types on the canvas first, then the rest of the vocabulary, cooperation to conflict.
  const types = [...new Set([...counts.keys(), ...vocab.map((v) => v.type)])]
    .sort((a, b) => (counts.has(b) ? 1 : 0) - (counts.has(a) ? 1 : 0) || (scoreOf.get(b) ?? 0) - (scoreOf.get(a) ?? 0) || a.localeCompare(b));
  const entityTypes = s.vocabulary?.entityTypes ?? Object.keys(ENTITY_COLORS);
  const typeOn = (t: string) => !f.relTypes || f.relTypes.includes(t);
  const toggleType = (t: string) => {
    const current = f.relTypes ?? types;
    const next = current.includes(t) ? current.filter((x) => x !== t) : [...current, t];
    explorer.setFilters({ relTypes: next.length === types.length ? null : next });
  };
  const entityOn = (t: string) => !f.entityTypes || f.entityTypes.includes(t);
  const toggleEntity = (t: string) => {
    const current = f.entityTypes ?? entityTypes;
    const next = current.includes(t) ? current.filter((x) => x !== t) : [...current, t];
    explorer.setFilters({ entityTypes: next.length === entityTypes.length ? null : next });
  };

  return (
    <div className="filters">
      <div className="filters-head">
        <span className="muted small">{s.visible.nodes} nodes · {s.visible.edges} relations visible</span>
        <button type="button" onClick={() => explorer.resetFilters()} disabled={isDefaultFilters(f)}>Reset</button>
      </div>

      <fieldset>
        <legend>Stance</legend>
        <div className="segmented" role="radiogroup">
          {(['all', 'cooperation', 'conflict'] as Polarity[]).map((p) => (
            <label key={p} className={f.polarity === p ? 'on' : ''}>
              <input type="radio" name="polarity" value={p} checked={f.polarity === p} onChange={() => explorer.setFilters({ polarity: p })} />
              {p === 'all' ? 'All' : p === 'cooperation' ? 'Cooperation' : 'Conflict'}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Entity types</legend>
        {entityTypes.map((t) => (
          <label key={t} className="check">
            <input type="checkbox" checked={entityOn(t)} onChange={() => toggleEntity(t)} />
            <span className="dot" style={{ background: ENTITY_COLORS[t] ?? '#999' }} aria-hidden="true" /> {t}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>
          Relation types
          <span className="legend-actions">
            <button type="button" className="linklike" onClick={() => explorer.setFilters({ relTypes: null })}>all</button>
            <button type="button" className="linklike" onClick={() => explorer.setFilters({ relTypes: [] })}>none</button>
          </span>
        </legend>
        <ul className="type-list">
          {types.map((t) => {
            const c = counts.get(t);
            return (
              <li key={t} className={c ? '' : 'absent'}>
                <label className="check" title={vocab.find((v) => v.type === t)?.description}>
                  <input type="checkbox" checked={typeOn(t)} onChange={() => toggleType(t)} />
                  <span className="swatch" style={{ background: scoreColor(scoreOf.get(t)) }} aria-hidden="true" />
                  <span className="type-name">{t}</span>
                  <span className="count" title="visible / on canvas">{c ? (c.visible === c.total ? c.total : `${c.visible}/${c.total}`) : 0}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset>
        <legend>Dates</legend>
        <div className="date-inputs">
          <label>From <input type="date" value={f.from ?? ''} onChange={(e) => explorer.setFilters({ from: e.target.value || null })} /></label>
          <label>To <input type="date" value={f.to ?? ''} onChange={(e) => explorer.setFilters({ to: e.target.value || null })} /></label>
        </div>
        <p className="muted small">A relation counts at its date (or, undated, when first reported). Undated standing ties — membership, office — hold from when they were first reported.</p>
      </fieldset>
    </div>
  );
}
