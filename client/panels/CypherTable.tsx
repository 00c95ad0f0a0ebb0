// One table cell of a Cypher result: nodes and relationships compactly, scalars as text.
interface NodeLike { elementId: string; labels: string[]; properties: Record<string, unknown> }
interface RelLike { elementId: string; type: string; properties: Record<string, unknown> }

const isNode = (v: unknown): v is NodeLike => typeof v === 'object' && v !== null && Array.isArray((v as NodeLike).labels) && typeof (v as NodeLike).properties === 'object';
const isRel = (v: unknown): v is RelLike => typeof v === 'object' && v !== null && typeof (v as RelLike).type === 'string' && typeof (v as RelLike).properties === 'object';
const isPath = (v: unknown): v is { path: unknown[] } => typeof v === 'object' && v !== null && Array.isArray((v as { path: unknown[] }).path);

export function CellValue({ value, onNode }: { value: unknown; onNode(id: string): void }) {
  if (value === null || value === undefined) return <span className="muted">null</span>;
  if (isNode(value)) {
    const p = value.properties;
    const label = String(p.name ?? p.title ?? p.id ?? value.elementId);
    const id = typeof p.id === 'string' && value.labels.includes('Entity') ? p.id : null;
    return (
      <span className="cell-node">
        <span className="cell-label">:{value.labels.filter((l) => l !== 'Entity').join(':') || value.labels.join(':')}</span>{' '}
        {id ? <button type="button" className="linklike" onClick={() => onNode(id)}>{label}</button> : label}
      </span>
    );
  }
  if (isRel(value)) {
    const p = value.properties;
    return <span className="cell-rel">[:{value.type}{typeof p.date === 'string' ? ` ${p.date}` : ''}{typeof p.score === 'number' ? ` ${p.score > 0 ? '+' : ''}${p.score}` : ''}]</span>;
  }
  if (isPath(value)) return <span className="cell-rel">path of {value.path.length} relation{value.path.length === 1 ? '' : 's'}</span>;
  if (Array.isArray(value)) return <span>[{value.map((v, i) => <span key={i}>{i > 0 && ', '}<CellValue value={v} onNode={onNode} /></span>)}]</span>;
  if (typeof value === 'object') return <code>{JSON.stringify(value)}</code>;
  return <span>{String(value)}</span>;
}
