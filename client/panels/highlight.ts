// Splits an evidence sentence at the mention and trigger offsets so React can wrap each part in a
// <mark> — text nodes only, never HTML. Spans may overlap (a trigger inside a mention).
export type Role = 'subject' | 'object' | 'trigger';
export interface Span { start: number; end: number }
export interface Segment { text: string; roles: Role[] }

export function segmentSentence(text: string, spans: Partial<Record<Role, Span | null | undefined>>): Segment[] {
  const valid = (Object.entries(spans) as [Role, Span | null | undefined][])
    .filter((e): e is [Role, Span] => !!e[1] && Number.isInteger(e[1].start) && Number.isInteger(e[1].end) && e[1].start < e[1].end)
    .map(([role, s]) => [role, { start: Math.max(0, s.start), end: Math.min(text.length, s.end) }] as const)
    .filter(([, s]) => s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const [, s] of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    const roles = valid.filter(([, s]) => s.start <= a && s.end >= b).map(([r]) => r);
    const prev = out[out.length - 1];
    if (prev && prev.roles.join() === roles.join()) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), roles });
  }
  return out;
}
