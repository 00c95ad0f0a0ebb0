// Export what is on screen (after filters): graph files through the API, images from the canvas.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useExplorer, useUiState } from '../app/context';
import type { ExportFormat } from '../api/client';

const ITEMS: { format: ExportFormat | 'png' | 'svg'; label: string; hint: string }[] = [
  { format: 'gexf', label: 'GEXF', hint: 'Gephi, Gephi Lite' },
  { format: 'graphml', label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  { format: 'json', label: 'JSON', hint: 'graphology serialization' },
  { format: 'csv', label: 'CSV (zip)', hint: 'nodes.csv + edges.csv for spreadsheets' },
  { format: 'cypher', label: 'Cypher script', hint: 'recreate in another Neo4j' },
  { format: 'png', label: 'PNG image', hint: 'the canvas as shown' },
  { format: 'svg', label: 'SVG image', hint: 'vector, editable' },
];

export function ExportMenu() {
  const explorer = useExplorer();
  const s = useUiState();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useOutsideClose(ref, open, () => setOpen(false));
  return (
    <div className="menu" ref={ref}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} disabled={s.visible.nodes === 0}>Export ▾</button>
      {open && (
        <ul className="menu-list" role="menu">
          <li className="menu-note">The {s.visible.nodes} visible nodes</li>
          {ITEMS.map((it) => (
            <li key={it.format} role="none">
              <button type="button" role="menuitem" data-format={it.format} onClick={() => { setOpen(false); void explorer.exportAs(it.format); }}>
                <span>{it.label}</span><span className="hint">{it.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function useOutsideClose(ref: RefObject<HTMLElement | null>, open: boolean, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => { if (ref.current && !ref.current.contains(e.target as Node)) close(); };
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(); };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => { document.removeEventListener('mousedown', onDown); document.removeEventListener('keydown', onKey); };
  }, [ref, open, close]);
}
