// Search with autocomplete: debounced, diacritic-insensitive on the server, keyboard-driven.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { api, ApiError, type SearchResult } from '../api/client';
import { useExplorer } from '../app/context';
import { entityColor } from '../state/style';

export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const explorer = useExplorer();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    // The empty state's examples type into the box.
    const onSearch = (e: Event) => {
      const text = String((e as CustomEvent).detail ?? '');
      setQ(text);
      setOpen(true);
      inputRef.current?.focus();
    };
    window.addEventListener('newsgraph:search', onSearch);
    return () => window.removeEventListener('newsgraph:search', onSearch);
  }, [inputRef]);

  useEffect(() => {
    const text = q.trim();
    if (!text) { setResults([]); setStatus('idle'); return; }
    setStatus('loading');
    const t = setTimeout(async () => {
      abort.current?.abort();
      const ctrl = new AbortController();
      abort.current = ctrl;
      try {
        const res = await api.search(text, 8, ctrl.signal);
        if (ctrl.signal.aborted) return;
        setResults(res.results);
        setActive(0);
        setStatus('done');
        setError(null);
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
        setStatus('error');
        setError(e instanceof ApiError ? e.message : 'Search failed');
      }
    }, 180);
    return () => clearTimeout(t);
  }, [q]);

  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    setOpen(false);
    setQ('');
    inputRef.current?.blur();
    void explorer.openEntity(r.id, r.name);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(results.length - 1, a + 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
    else if (e.key === 'Enter') { e.preventDefault(); choose(results[active]); }
    else if (e.key === 'Escape') { setOpen(false); inputRef.current?.blur(); }
  };

  const showList = open && q.trim().length > 0;
  return (
    <div className="search" role="combobox" aria-expanded={showList} aria-haspopup="listbox" aria-owns={listId}>
      <input
        ref={inputRef}
        type="search"
        value={q}
        placeholder="Search people, countries, organisations…  ( / )"
        aria-label="Search entities"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        onChange={(e) => { setQ(e.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox">
          {status === 'loading' && results.length === 0 && <li className="search-note">Searching…</li>}
          {status === 'error' && <li className="search-note error">{error}</li>}
          {status === 'done' && results.length === 0 && <li className="search-note">No entity matches “{q.trim()}”. Try another spelling, or the Vietnamese name.</li>}
          {results.map((r, i) => {
            const alias = r.aliases.find((a) => a.toLowerCase().includes(q.trim().toLowerCase()) && a !== r.name && a !== r.nameVi);
            return (
              <li key={r.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
                onMouseDown={(e) => { e.preventDefault(); choose(r); }} onMouseEnter={() => setActive(i)}>
                <span className="dot" style={{ background: entityColor(r.entityType) }} aria-hidden="true" />
                <span className="result-name">{r.name}</span>
                {r.nameVi && r.nameVi !== r.name && <span className="result-vi">{r.nameVi}</span>}
                {alias && <span className="result-alias">“{alias}”</span>}
                <span className="result-type">{r.entityType}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
