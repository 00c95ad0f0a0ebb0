// Who says what. Inside a sentence: "X cho biết …" (X's claim follows), "…, X thông báo." and
// "“…” – X nói" (X's claim precedes), "theo X, …" and "… dẫn lời X". Across sentences: a quotation
// belongs to the speaker introduced before its opening mark ("Ông nói: “…") or named after its
// closing mark ("…” – Thủ tướng Armenia tuyên bố").
import { actorOf, unitEnts, type ArticleCtx } from './context';
import type { Groups } from './groups';
import type { Unit } from './units';

export interface Speaker {
  /** Actor id, or null for a named source that is not an actor (a news agency). */
  id: string | null;
  /** Every actor speaking ("hai tổng thống Nga và Pháp nhấn mạnh"); `id` is the first. */
  ids: string[];
  name: string;
  start: number;
  end: number;
}

export interface SpeechAct {
  speaker: Speaker;
  /** Unit range [from, to] of the sentence the claim covers. */
  from: number;
  to: number;
  /** Unit index of the reporting verb (or source word); nearer acts are more specific. */
  cue: number;
}

const TRAILING_FOLLOWERS = new Set(['trong', 'tại', 'hôm', 'ngày', 'với', 'khi', 'trên', 'sau', 'trước', 'vào', '.', '!', '?']);
const PUNCT_STOP = new Set([',', ';', ':', '.', '"', '(', ')']);

/** The speaker named by unit `ui`, with the whole coordination it closes ("Armenia và Azerbaijan thông báo"). */
function speakerOf(ctx: ArticleCtx, units: Unit[], ui: number, sentence: number, groups?: Groups): Speaker | null {
  const u = units[ui];
  if (!u) return null;
  if (u.kind === 'source' && u.source) return { id: null, ids: [], name: u.source, start: u.start, end: u.end };
  if (u.kind !== 'mention' && u.kind !== 'anaphor') return null;
  const first = groups ? groups.first[ui]! : ui;
  const ids: string[] = [];
  for (let i = first; i <= ui; i++) {
    for (const e of unitEnts(ctx, units, i, sentence, new Set())) ids.push(actorOf(ctx, e.id)?.metonymFor ?? e.id);
  }
  const id = ids[0];
  if (!id) return null;
  return { id, ids, name: actorOf(ctx, id)?.name ?? id, start: u.start, end: u.end };
}

function isArgLike(u: Unit | undefined): boolean {
  return !!u && (u.kind === 'mention' || u.kind === 'anaphor' || u.kind === 'source');
}

export function speechActs(ctx: ArticleCtx, units: Unit[], sentence: number, groups: Groups): SpeechAct[] {
  const acts: SpeechAct[] = [];
  const last = units.length - 1;
  for (let c = 0; c < units.length; c++) {
    const u = units[c]!;
    if (u.cues.includes('sourcePrefix')) {
      let s = c + 1;
      while (s < units.length && s <= c + 3 && !isArgLike(units[s])) s++;
      const sp = speakerOf(ctx, units, s, sentence);
      if (sp) {
        // "theo X, …" covers what follows; "… dẫn lời X" covers what precedes.
        if (s < last && units[s + 1]!.keys[0] === ',') acts.push({ speaker: sp, from: s + 1, to: last, cue: c });
        else acts.push({ speaker: sp, from: 0, to: c - 1, cue: c });
      }
      continue;
    }
    if (!u.cues.includes('speech')) continue;
    let s = c - 1;
    while (s >= 0 && s >= c - 4 && !isArgLike(units[s]) && !PUNCT_STOP.has(units[s]!.keys[0]!)) s--;
    const sp = s >= 0 ? speakerOf(ctx, units, s, sentence, groups) : null;
    if (!sp) continue;
    s = groups.first[s]!;
    const before = units[s - 1]?.keys[0];
    const next = units[c + 1]?.keys[0];
    const trailing = (before !== undefined && (before === '"' || before === '-'))
      || (before === ',' && (next === undefined || TRAILING_FOLLOWERS.has(next)));
    if (trailing) acts.push({ speaker: sp, from: 0, to: s - 1, cue: c });
    else acts.push({ speaker: sp, from: c + 1, to: last, cue: c });
  }
  return acts;
}

/** The most specific speech act covering unit `ui` (the nearest reporting verb). */
export function actFor(acts: SpeechAct[], ui: number): SpeechAct | null {
  let best: SpeechAct | null = null;
  for (const a of acts) {
    if (ui < a.from || ui > a.to) continue;
    if (!best || Math.abs(a.cue - ui) < Math.abs(best.cue - ui)) best = a;
  }
  return best;
}

export interface QuoteSpan {
  start: number;
  end: number;
  speaker: Speaker | null;
}

/** Quotation spans (“…”, "…", «…») by character offset; speakers are filled in by `quoteSpeakers`. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) open = i;
    else if ((c === 0x201d || c === 0xbb) && open >= 0) { out.push({ start: open, end: i + 1, speaker: null }); open = -1; }
    else if (c === 34) {
      if (straightOpen < 0) straightOpen = i;
      else { out.push({ start: straightOpen, end: i + 1, speaker: null }); straightOpen = -1; }
    }
    else if (c === 10) { open = -1; straightOpen = -1; }
  }
  return out;
}

export interface SentenceUnits {
  units: Unit[];
  start: number;
  end: number;
}

/** Fill in each quotation's speaker from the sentence that opens it or the one that closes it. */
export function quoteSpeakers(ctx: ArticleCtx, quotes: QuoteSpan[], sentences: SentenceUnits[]): void {
  for (const q of quotes) {
    const si = sentences.findIndex((s) => q.start >= s.start && q.start < s.end);
    const ci = sentences.findIndex((s) => q.end - 1 >= s.start && q.end - 1 < s.end);
    if (si >= 0) {
      const units = sentences[si]!.units;
      const oi = units.findIndex((u) => u.start === q.start);
      // [speaker] [speech verb] [:]? “
      let c = oi - 1;
      if (units[c]?.keys[0] === ':') c--;
      if (c >= 0 && units[c]!.cues.includes('speech')) {
        let s = c - 1;
        while (s >= 0 && s >= c - 4 && !isArgLike(units[s])) s--;
        const sp = s >= 0 ? speakerOf(ctx, units, s, si) : null;
        if (sp) { q.speaker = sp; continue; }
      }
    }
    if (ci >= 0) {
      const units = sentences[ci]!.units;
      const cu = units.findIndex((u) => u.end === q.end);
      if (cu < 0) continue;
      let s = cu + 1;
      if (units[s]?.keys[0] === ',' || units[s]?.keys[0] === '-') s++;
      // Skip a describing noun ("đài phát thanh Rossia 24 dẫn lời ông Putin").
      let k = s;
      while (k < units.length && k <= s + 4 && !isArgLike(units[k])) k++;
      if (!isArgLike(units[k])) continue;
      const after = units[k + 1];
      if (after?.cues.includes('sourcePrefix')) {
        let m = k + 2;
        while (m < units.length && m <= k + 4 && !isArgLike(units[m])) m++;
        const sp = speakerOf(ctx, units, m, ci);
        if (sp) q.speaker = sp;
        continue;
      }
      if (after?.cues.includes('speech') || units[k + 2]?.cues.includes('speech')) {
        const sp = speakerOf(ctx, units, k, ci);
        if (sp) q.speaker = sp;
      }
    }
  }
}

export function quoteAt(quotes: QuoteSpan[], offset: number): QuoteSpan | null {
  for (const q of quotes) if (offset > q.start && offset < q.end) return q;
  return null;
}

/** Who a unit's claim is attributed to: the nearest reporting verb, else the enclosing quotation's speaker. */
export class Speakers {
  private acts: SpeechAct[] | null = null;

  /** `acts` is computed on the first question: most sentences never need it. */
  constructor(private readonly computeActs: () => SpeechAct[], private readonly quotes: QuoteSpan[], private readonly units: Unit[]) {}

  at(ui: number): Speaker | null {
    this.acts ??= this.computeActs();
    return actFor(this.acts, ui)?.speaker ?? quoteAt(this.quotes, this.units[ui]?.start ?? -1)?.speaker ?? null;
  }
}
