// What the colours, sizes and arrows mean (follows the alliance mode).
import { useUiState } from '../app/context';
import { ENTITY_COLORS, scoreColor } from '../state/style';

export function Legend() {
  const s = useUiState();
  const gradient = `linear-gradient(to right, ${[-10, -6, -2, 0, 2, 6, 10].map((x) => scoreColor(x)).join(', ')})`;
  return (
    <div className="legend" aria-label="Legend">
      {s.wholeBlocsOn && s.wholeBlocs ? (
        <ul>
          {s.wholeBlocs.coloring.legend.slice(0, 8).map((b) => <li key={b.id}><span className="dot" style={{ background: b.color }} /> {b.label}</li>)}
          <li><span className="dot" style={{ background: '#b9bec5' }} /> no bloc</li>
          <li><span className="line" style={{ background: '#c0182a' }} /> conflict between blocs</li>
          {s.wholeBlocs.res.quality !== null && <li className="small muted">quality {s.wholeBlocs.res.quality.toFixed(2)}</li>}
        </ul>
      ) : s.alliancesOn && s.alliances ? (
        <ul>
          {s.alliances.blocs.slice(0, 8).map((b) => <li key={b.id}><span className="dot" style={{ background: b.color }} /> Bloc {b.id + 1}</li>)}
          <li><span className="dot" style={{ background: '#b9bec5' }} /> unaligned</li>
          <li><span className="line" style={{ background: '#c0182a' }} /> conflict between blocs</li>
        </ul>
      ) : (
        <ul>
          {Object.entries(ENTITY_COLORS).map(([t, c]) => <li key={t}><span className="dot" style={{ background: c }} /> {t}</li>)}
        </ul>
      )}
      <div className="score-scale">
        <span>conflict</span><span className="bar" style={{ background: gradient }} /><span>cooperation</span>
      </div>
      <div className="small muted">→ directed · — mutual · size: {s.sizeBy === 'degree' ? 'degree' : 'PageRank'}</div>
    </div>
  );
}
