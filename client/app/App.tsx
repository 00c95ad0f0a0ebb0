// The page: top bar, canvas with legend and overlays, right-hand panel with tabs, date slider.
import { useEffect, useRef } from 'react';
import { AlliancesPanel } from '../panels/AlliancesPanel';
import { ArticlePanel } from '../panels/ArticlePanel';
import { CanvasHost } from '../panels/CanvasHost';
import { CypherPanel } from '../panels/CypherPanel';
import { DateSlider } from '../panels/DateSlider';
import { DetailsPanel } from '../panels/DetailsPanel';
import { ExportMenu } from '../panels/ExportMenu';
import { FiltersPanel } from '../panels/FiltersPanel';
import { Legend } from '../panels/Legend';
import { Notices, StatusBanner } from '../panels/Notices';
import { SearchBox } from '../panels/SearchBox';
import { ShareMenu } from '../panels/ShareMenu';
import { useExplorer, useUiState } from './context';
import type { Tab } from './explorer';

const TABS: { id: Tab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'filters', label: 'Filters' },
  { id: 'cypher', label: 'Cypher' },
  { id: 'alliances', label: 'Alliances' },
  { id: 'article', label: 'Add article' },
];

const isTyping = (t: EventTarget | null) => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable || !!el.closest?.('.cm-editor'));
};

export function App() {
  const explorer = useExplorer();
  const s = useUiState();
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === '/' && !mod && !isTyping(e.target)) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (mod && !isTyping(e.target) && (e.key === 'z' || e.key === 'Z')) {
        e.preventDefault();
        if (e.shiftKey) explorer.redo();
        else explorer.undo();
      } else if (mod && !isTyping(e.target) && e.key === 'y') {
        e.preventDefault();
        explorer.redo();
      } else if (e.key === 'Escape' && !isTyping(e.target)) {
        explorer.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [explorer]);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand" title="newsgraph: Vietnamese news → who sides with whom, and why we believe it">
          <span className="brand-mark" aria-hidden="true">◉</span> newsgraph
        </div>
        <SearchBox inputRef={searchRef} />
        <div className="toolbar" role="toolbar" aria-label="Graph tools">
          <div className="group">
            <button type="button" onClick={explorer.undo} disabled={!s.canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">↶</button>
            <button type="button" onClick={explorer.redo} disabled={!s.canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">↷</button>
          </div>
          <div className="group" aria-label="Layout">
            <button type="button" className={s.layoutRunning ? 'active' : ''} onClick={explorer.toggleLayout} disabled={explorer.graph.order === 0 && !s.layoutRunning}
              title="ForceAtlas2 layout in the background (stops by itself)">{s.layoutRunning ? '■ Stop layout' : '▶ Layout'}</button>
            <button type="button" onClick={explorer.noverlap} disabled={explorer.graph.order === 0} title="Push overlapping nodes apart">Spread</button>
            <button type="button" onClick={explorer.circular} disabled={explorer.graph.order === 0} title="Arrange on a circle by type">Circle</button>
            <button type="button" onClick={explorer.fit} disabled={explorer.graph.order === 0} title="Fit the graph to the screen">Fit</button>
          </div>
          <div className="group" aria-label="Node size">
            <label className="inline" title="What node size shows">
              Size
              <select value={s.sizeBy} onChange={(e) => explorer.setSizeBy(e.target.value as 'degree' | 'pagerank')}>
                <option value="degree">by degree</option>
                <option value="pagerank">by PageRank</option>
              </select>
            </label>
          </div>
          <div className="group">
            <ExportMenu />
            <ShareMenu />
            <button type="button" onClick={explorer.clear} disabled={explorer.graph.order === 0} title="Remove everything from the canvas (undoable)">Clear</button>
          </div>
        </div>
      </header>
      <StatusBanner />
      <main className="workspace">
        <section className="stage" aria-label="Graph">
          <CanvasHost />
          <Legend />
          <DateSlider />
        </section>
        <aside className="sidebar" aria-label="Panels">
          <nav className="tabs" role="tablist">
            {TABS.map((t) => (
              <button key={t.id} type="button" role="tab" aria-selected={s.tab === t.id} className={s.tab === t.id ? 'tab active' : 'tab'}
                onClick={() => explorer.setTab(t.id)}>{t.label}</button>
            ))}
          </nav>
          <div className="tab-body">
            {s.tab === 'details' && <DetailsPanel />}
            {s.tab === 'filters' && <FiltersPanel />}
            {/* The console stays mounted so its editor, results and history survive tab switches. */}
            <div hidden={s.tab !== 'cypher'} className="fill"><CypherPanel /></div>
            {s.tab === 'alliances' && <AlliancesPanel />}
            {/* Stays mounted too: a half-reviewed article must survive a look at the graph. */}
            <div hidden={s.tab !== 'article'} className="fill"><ArticlePanel /></div>
          </div>
        </aside>
      </main>
      <Notices />
    </div>
  );
}
