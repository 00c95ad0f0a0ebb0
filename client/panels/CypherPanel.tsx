// The Cypher console: read-only queries against the graph; the result as a table and on the
// canvas (replacing or merged in), errors inline, local history, examples that work on the seeds.
import { useMemo, useState } from 'react';
import { ApiError, type CypherResponse } from '../api/client';
import { useExplorer, useUiState } from '../app/context';
import { pushHistory, readHistory } from '../state/storage';
import { CypherEditor } from './CypherEditor';
import { CellValue } from './CypherTable';

export const EXAMPLES: { title: string; query: string }[] = [
  { title: 'Who is in CSTO?', query: "MATCH (c)-[r:MEMBER_OF]->(o:Organization {id:'csto'}) RETURN c, r, o" },
  { title: 'Who supports Azerbaijan?', query: "MATCH (a:Entity)-[r:SUPPORTS|PROVIDES_MILITARY_AID|ALLIED_WITH|PRAISES]->(b:Entity {id:'azerbaijan'}) RETURN a, r, b" },
  { title: 'Shortest path from Turkey to Russia', query: "MATCH p = shortestPath((a:Entity {id:'turkey'})-[*..6]-(b:Entity {id:'russia'})) RETURN p" },
  { title: 'All phone calls in October', query: "MATCH (a)-[r:CALLED]-(b) WHERE r.date >= date('2020-10-01') AND r.date <= date('2020-10-31') RETURN a, r, b" },
  { title: 'Hostile acts, worst first', query: 'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.score < 0 RETURN a.name AS actor, type(r) AS act, b.name AS target, r.score AS score, r.date AS date ORDER BY r.score, r.date' },
  { title: 'Most connected actors', query: 'MATCH (e:Entity)-[r]-(:Entity) RETURN e.name AS name, e.entityType AS type, count(r) AS relations ORDER BY relations DESC LIMIT 10' },
];

const NODE_LABELS = ['Entity', 'Person', 'Country', 'Organization', 'Place', 'Article', 'Sentence', 'Evidence'];
const PROPERTY_KEYS = ['id', 'name', 'nameVi', 'aliases', 'entityType', 'date', 'knownFrom', 'score', 'cameo', 'modality', 'attribution', 'role', 'symmetric', 'sentenceIds', 'provenance', 'confidence', 'title', 'text', 'source', 'url'];
const FUNCTIONS = ['count', 'collect', 'date', 'datetime', 'duration', 'coalesce', 'type', 'labels', 'nodes', 'relationships', 'size', 'length', 'toLower', 'toUpper', 'abs', 'min', 'max', 'avg', 'sum', 'shortestPath', 'allShortestPaths', 'exists', 'startNode', 'endNode', 'properties', 'keys', 'head', 'last', 'any', 'all', 'none', 'round'];

type Mode = 'replace' | 'merge';

export function CypherPanel() {
  const explorer = useExplorer();
  const s = useUiState();
  const storage = explorer.localStorage;
  const [query, setQuery] = useState(EXAMPLES[0]!.query);
  const [mode, setMode] = useState<Mode>('replace');
  const [result, setResult] = useState<CypherResponse | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [running, setRunning] = useState(false);
  const [history, setHistory] = useState<string[]>(() => (storage ? readHistory(storage) : []));
  const [view, setView] = useState<'table' | 'history'>('table');

  const schema = useMemo(() => ({
    labels: NODE_LABELS.map((l) => `:${l}`),
    relationshipTypes: [...(s.vocabulary?.relationTypes.map((t) => t.type) ?? []), 'IN_ARTICLE', 'IN_SENTENCE'].map((t) => `:${t}`),
    propertyKeys: PROPERTY_KEYS,
    functions: FUNCTIONS.map((name) => ({ name, signature: '' })),
    parameters: [],
  }), [s.vocabulary]);

  const run = async () => {
    const q = query.trim();
    if (!q || running) return;
    setRunning(true);
    setError(null);
    try {
      const res = await explorer.runCypher(q, mode);
      setResult(res);
      setView('table');
      if (storage) setHistory(pushHistory(storage, q));
    } catch (e) {
      setResult(null);
      if (e instanceof ApiError) setError({ code: e.code, message: e.message });
      else setError({ code: 'ERROR', message: String((e as Error).message ?? e) });
      if (storage) setHistory(pushHistory(storage, q));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="cypher">
      <div className="cypher-top">
        <select aria-label="Example queries" value="" onChange={(e) => { const ex = EXAMPLES[Number(e.target.value)]; if (ex) setQuery(ex.query); }}>
          <option value="" disabled>Examples…</option>
          {EXAMPLES.map((ex, i) => <option key={ex.title} value={i}>{ex.title}</option>)}
        </select>
        <div className="segmented small" role="radiogroup" aria-label="Result on the canvas">
          {(['replace', 'merge'] as Mode[]).map((m) => (
            <label key={m} className={mode === m ? 'on' : ''} title={m === 'replace' ? 'The result replaces the canvas (undoable)' : 'The result is added to the canvas'}>
              <input type="radio" name="cypher-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {m === 'replace' ? 'Replace' : 'Merge'}
            </label>
          ))}
        </div>
      </div>
      <CypherEditor value={query} onChange={setQuery} onRun={() => void run()} schema={schema} />
      <div className="cypher-run">
        <button type="button" className="primary" onClick={() => void run()} disabled={running || !query.trim()}>{running ? 'Running…' : 'Run'}</button>
        <span className="muted small"><kbd>Ctrl</kbd>+<kbd>Enter</kbd> · read-only queries</span>
        <span className="spacer" />
        <button type="button" className={view === 'history' ? 'linklike on' : 'linklike'} onClick={() => setView(view === 'history' ? 'table' : 'history')}>History ({history.length})</button>
      </div>
      {error && (
        <div className="query-error" role="alert">
          <strong>{error.code === 'QUERY_REFUSED' ? 'Query refused' : error.code === 'HTTP_408' || error.code === 'TIMEOUT' ? 'Query timed out' : 'Query failed'}</strong>
          <p>{error.message}</p>
        </div>
      )}
      {view === 'history' && (
        <ul className="history">
          {history.length === 0 && <li className="muted">Queries you run appear here (kept in this browser).</li>}
          {history.map((h) => <li key={h}><button type="button" className="history-item" onClick={() => { setQuery(h); setView('table'); }}>{h}</button></li>)}
        </ul>
      )}
      {view === 'table' && result && (
        <div className="result">
          <p className="muted small">
            {result.rows.length} row{result.rows.length === 1 ? '' : 's'}{result.truncated ? ' (truncated)' : ''} · {result.graph.nodes.length} nodes, {result.graph.edges.length} relations {result.graph.nodes.length > 0 ? (mode === 'replace' ? 'on the canvas' : 'merged into the canvas') : ''} · {Math.round(result.elapsedMs)} ms
          </p>
          {result.rows.length === 0 ? <p className="muted">No rows.</p> : (
            <div className="table-wrap">
              <table className="result-table">
                <thead><tr>{result.columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
                <tbody>
                  {result.rows.slice(0, 500).map((row, i) => (
                    <tr key={i}>{row.map((v, j) => <td key={j}><CellValue value={v} onNode={(id) => explorer.graph.hasNode(id) && explorer.select({ kind: 'node', id })} /></td>)}</tr>
                  ))}
                </tbody>
              </table>
              {result.rows.length > 500 && <p className="muted small">First 500 rows shown.</p>}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
