// Plain-text table for the terminal (pure). Cells are JSON for non-strings, cut at a width.
export function cellText(v: unknown, max = 60): string {
  const s = typeof v === 'string' ? v : v === null || v === undefined ? 'null' : JSON.stringify(v);
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatTable(columns: string[], rows: unknown[][], max = 60): string {
  const cells = rows.map((r) => r.map((v) => cellText(v, max)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (xs: string[]) => `| ${xs.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  const sep = `+-${widths.map((w) => '-'.repeat(w)).join('-+-')}-+`;
  return [sep, line(columns), sep, ...cells.map(line), sep].join('\n');
}
