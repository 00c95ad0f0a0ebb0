// Entry point: Vietnamese article text → relations with provenance. Pure and deterministic; the
// lexicon is passed in (see lexicon-load.ts), nothing is fetched or loaded at run time.
//
//   tokens → sentences → units (longest-match trie) → mention phase (titles, honorifics,
//   institutions, unknown names, HOLDS_OFFICE) → speakers and quotations → relation patterns →
//   negation / modality / attribution / date → deduplication.
import { VOCABULARY } from '../../graph/vocabulary';
import type { Candidate } from './candidate';
import { actorOf, itemsOf, newCtx, unitEnts, type ArticleCtx } from './context';
import { findDates, nearestDate, type DateMention } from './dates';
import { findGroups } from './groups';
import { dedupe } from './dedupe';
import type { Lexicon } from './lexicon';
import { markUnknownNames, mergeRestatements, runMentionPatterns, sentenceWords } from './mentions';
import { decideModality, isDeontic, isFuture, isHypothetical, isNegated } from './modality';
import { runRelationPatterns } from './relations';
import { splitSentences, type Sentence } from './sentences';
import { findQuotes, quoteSpeakers, Speakers, speechActs } from './speakers';
import { tokenize } from './tokens';
import type { ActorRef, ExtractedRelation } from './types';
import { buildUnits, type Unit } from './units';

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD: relative dates and office holders are resolved against it. */
  articleDate: string;
  lexicon: Lexicon;
}

/** Names of the pattern lists the pipeline itself relies on (defined in patterns.json). */
export const HONORIFIC_LIST = 'honorific';
export const GAP_STOP_LIST = 'gapStop';

/** How far (in characters) a date may stand from the matched words to date the relation. */
const DATE_REACH = 40;

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

interface SentenceState {
  s: Sentence;
  units: Unit[];
  offices: Candidate[];
  words: Set<string>;
}

export function extractRelations(text: string, opts: ExtractOptions): ExtractedRelation[] {
  if (!isIsoDate(opts.articleDate)) throw new Error(`articleDate must be a real YYYY-MM-DD date, got "${opts.articleDate}"`);
  const ctx = newCtx(opts.lexicon, opts.articleDate);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);

  // Pass 1: mentions, sentence by sentence, so anaphora sees everything said before it.
  const states: SentenceState[] = [];
  for (const s of sentences) {
    let units = buildUnits(tokens, s.tokenStart, s.tokenEnd, ctx.lex);
    units = mergeRestatements(units);
    units = markUnknownNames(ctx, units, tokens, HONORIFIC_LIST);
    const words = sentenceWords(units);
    const mp = runMentionPatterns(ctx, units, tokens, s.index, GAP_STOP_LIST, words);
    ctx.history[s.index] = historyOf(ctx, mp.units, s.index);
    states.push({ s, units: mp.units, offices: mp.offices, words });
  }

  const quotes = findQuotes(text);
  quoteSpeakers(ctx, quotes, states.map((st) => ({ units: st.units, start: st.s.start, end: st.s.end })));

  // Pass 2: relations.
  const out: ExtractedRelation[] = [];
  for (const st of states) {
    const speakers = new Speakers(() => speechActs(ctx, st.units, st.s.index, findGroups(st.units, tokens)), quotes, st.units);
    const found = [...st.offices, ...runRelationPatterns({ ctx, units: st.units, tokens, sentence: st.s.index, gapStopList: GAP_STOP_LIST, speakers, words: st.words })];
    if (found.length === 0) continue;
    const dates = findDates(st.s.text, opts.articleDate);
    for (const c of found) {
      const r = finish(ctx, text, st, c, dates, speakers);
      if (r) out.push(r);
    }
  }
  return dedupe(out);
}

function historyOf(ctx: ArticleCtx, units: Unit[], sentence: number) {
  const items = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'anaphor') {
      for (const e of unitEnts(ctx, units, i, sentence, new Set())) items.push({ id: e.id, type: actorOf(ctx, e.id)?.type ?? 'Person', sentence, at: u.start });
    } else items.push(...itemsOf(ctx, u, sentence));
  }
  return items.sort((a, b) => a.at - b.at);
}

function ref(ctx: ArticleCtx, id: string): ActorRef {
  const a = actorOf(ctx, id);
  return { id, name: a?.name ?? id, nameVi: a?.nameVi ?? id, type: a?.type ?? 'Person' };
}

function spanOf(text: string, o: { start: number; end: number }) {
  return { start: o.start, end: o.end, text: text.slice(o.start, o.end) };
}

function finish(ctx: ArticleCtx, text: string, st: SentenceState, c: Candidate, dates: DateMention[], speakers: Speakers): ExtractedRelation | null {
  const { units } = st;
  const w = ctx.lex.windows;
  const t = c.triggerUnit;
  if (t !== null && (isNegated(units, t, w.negation) || isDeontic(units, t, w.deontic))) return null;
  const isEvent = VOCABULARY[c.type].kind === 'event';
  let date: string | null = null;
  if (isEvent) {
    const from = Math.min(units[c.u0]!.start, c.subjectSpan.start, c.objectSpan.start) - st.s.start;
    const to = Math.max(units[c.u1]!.end, c.subjectSpan.end, c.objectSpan.end) - st.s.start;
    const d = nearestDate(dates, from, to);
    if (d && (d.end >= from - DATE_REACH && d.start <= to + DATE_REACH)) date = d.iso;
  }
  const future = t !== null && (isFuture(units, t, w.future) || (date !== null && date > ctx.date));
  const hypothetical = t !== null && isHypothetical(units, t, w.hypothetical, w.possibility);
  const speaker = c.speakerSubject ? null : speakers.at(t ?? c.u0);
  const { modality, attribution } = decideModality(ctx, { isStatic: !isEvent, future, hypothetical, speaker, participants: [c.subject, c.object] });
  return {
    type: c.type,
    cameo: c.cameo,
    score: c.score,
    subject: ref(ctx, c.subject),
    object: ref(ctx, c.object),
    sentence: { index: st.s.index, text: st.s.text, start: st.s.start, end: st.s.end },
    subjectMention: spanOf(text, c.subjectSpan),
    objectMention: spanOf(text, c.objectSpan),
    trigger: spanOf(text, c.triggerSpan),
    modality,
    attribution,
    date,
    patternId: c.patternId,
    confidence: c.confidence,
    inferred: c.inferred,
    role: c.type === 'HOLDS_OFFICE' ? c.role : null,
  };
}
