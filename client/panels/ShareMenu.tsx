// Share: the URL always holds the view; copy it, or save it by name in this browser.
import { useRef, useState } from 'react';
import { useExplorer, useUiState } from '../app/context';
import { deleteView, listViews, saveView, type SavedView } from '../state/storage';
import { useOutsideClose } from './ExportMenu';

export function ShareMenu() {
  const explorer = useExplorer();
  const s = useUiState();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [copied, setCopied] = useState(false);
  const storage = explorer.localStorage;
  const [views, setViews] = useState<SavedView[]>(() => (storage ? listViews(storage) : []));
  const ref = useRef<HTMLDivElement>(null);
  useOutsideClose(ref, open, () => setOpen(false));

  const link = () => {
    const frag = explorer.shareFragment();
    return `${location.origin}${location.pathname}${frag ? `#${frag}` : ''}`;
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link());
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      explorer.notify('info', 'Copy the address from the address bar: it holds the view.');
    }
  };
  const save = () => {
    if (!storage || !name.trim()) return;
    setViews(saveView(storage, { name: name.trim(), fragment: explorer.shareFragment(), savedAt: new Date().toISOString(), nodes: explorer.graph.order }));
    setName('');
    explorer.notify('info', 'View saved in this browser.');
  };

  return (
    <div className="menu" ref={ref}>
      <button type="button" aria-haspopup="dialog" aria-expanded={open} onClick={() => { if (storage) setViews(listViews(storage)); setOpen(!open); }}>Share ▾</button>
      {open && (
        <div className="menu-list share" role="dialog" aria-label="Share and saved views">
          <div className="share-row">
            <input type="text" readOnly value={link()} aria-label="Link to this view" onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => void copy()} disabled={explorer.graph.order === 0}>{copied ? 'Copied' : 'Copy link'}</button>
          </div>
          <p className="muted small">The link reopens this view exactly: nodes, positions, filters, dates and camera.</p>
          <form className="share-row" onSubmit={(e) => { e.preventDefault(); save(); }}>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="Name this view" aria-label="View name" maxLength={80} />
            <button type="submit" disabled={!name.trim() || !storage || s.graphVersion < 0 || explorer.graph.order === 0}>Save</button>
          </form>
          <h4>Saved views</h4>
          {views.length === 0 && <p className="muted small">None yet.</p>}
          <ul className="saved-views">
            {views.map((v) => (
              <li key={v.name}>
                <button type="button" className="linklike" onClick={() => { setOpen(false); void explorer.openFragment(v.fragment); }}>{v.name}</button>
                <span className="muted small"> {v.nodes} nodes · {v.savedAt.slice(0, 10)}</span>
                <button type="button" className="icon" aria-label={`Delete ${v.name}`} onClick={() => storage && setViews(deleteView(storage, v.name))}>×</button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
