// Plain-text rendering of a Score (pure; the CLI prints it).
import type { PRF, Score } from './score';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);

function row(label: string, s: PRF): string {
  return `${label.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${num(s.precision)}  ${num(s.recall)}  ${num(s.f1)}`;
}

export function formatScore(s: Score): string {
  const lines: string[] = [];
  lines.push(`${''.padEnd(24)}   TP   FP   FN  prec.  recall  F1`);
  lines.push(row('exact (s, type, o)', s.exact));
  lines.push(row('pair only (s, o)', s.pairOnly));
  lines.push('');
  lines.push('per type');
  for (const [t, v] of Object.entries(s.perType)) if (v) lines.push(row(`  ${t}`, v));
  lines.push('');
  lines.push(`gold ${s.gold.total}: correct ${pct(s.gold.correct)}, miscoded ${pct(s.gold.miscoded)}, uncoded ${pct(s.gold.uncoded)}`);
  lines.push(`extracted ${s.predicted.total}: correct ${pct(s.predicted.correct)}, miscoded ${pct(s.predicted.miscoded)}, extra ${pct(s.predicted.extra)}`);
  if (s.misses.length > 0) {
    lines.push('');
    lines.push('misses (in the gold, not extracted)');
    for (const m of s.misses) lines.push(`  [${m.article}] ${m.subject} ${m.type} ${m.object}  (${m.kind})`);
  }
  if (s.extras.length > 0) {
    lines.push('');
    lines.push('extras (extracted, not in the gold)');
    for (const e of s.extras) lines.push(`  [${e.article}] ${e.subject} ${e.type} ${e.object}  (${e.kind})`);
  }
  return lines.join('\n');
}
