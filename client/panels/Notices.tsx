// Toasts for errors and information, and the banner when the database is down.
import { useExplorer, useUiState } from '../app/context';

export function Notices() {
  const explorer = useExplorer();
  const s = useUiState();
  return (
    <div className="notices" aria-live="polite">
      {s.notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" className="icon" aria-label="Dismiss" onClick={() => explorer.dismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}

export function StatusBanner() {
  const explorer = useExplorer();
  const s = useUiState();
  if (!s.health || s.health.ok) return null;
  return (
    <div className="banner error" role="alert">
      <strong>The graph database is not reachable.</strong> Searching and expanding will fail until it is back; what is on the canvas stays.
      {s.health.message && <span className="muted small"> (server: {s.health.message})</span>}
      <button type="button" onClick={() => void explorer.checkHealth()}>Retry</button>
    </div>
  );
}
