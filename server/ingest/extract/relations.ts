// The relation phase: anchor every relation pattern at every trigger (and trigger-less patterns
// at every position), in file order; the first pattern that yields relations for a trigger wins,
// as in TABARI. A bound group distributes ("Nga, Pháp và Mỹ làm đồng chủ tịch" → three
// relations); a {P} group pairs up ("giữa Armenia và Azerbaijan").
import { VOCABULARY, type EntityType } from '../../graph/vocabulary';
import type { Candidate } from './candidate';
import type { ArticleCtx } from './context';
import { findGroups } from './groups';
import type { TriggerReading } from './lexicon';
import { anchorsOn, canStart, matchAt, type Binding, type MatchEnv, type SlotRole } from './matcher';
import { mayMatch, type CompiledPattern } from './pattern-compile';
import { allowedTypes, finalId, fits, slotEntities, slotFits } from './slots';
import type { Speakers } from './speakers';
import type { Token } from './tokens';
import type { Ent, Unit } from './units';

function slotTypes(p: CompiledPattern, role: SlotRole): EntityType[] | null {
  for (const e of p.elements) if (e.k === 'slot' && e.role === role) return e.types;
  return null;
}

function idsOf(ents: Ent[]): Set<string> {
  return new Set(ents.map((e) => e.id));
}

export interface RelationPhaseInput {
  ctx: ArticleCtx;
  units: Unit[];
  tokens: Token[];
  sentence: number;
  gapStopList: string;
  /** Who a unit's claim is attributed to (for patterns whose subject is the speaker). */
  speakers: Speakers;
  /** The sentence's folded words (see sentenceWords). */
  words: Set<string>;
}

export function runRelationPatterns(inp: RelationPhaseInput): Candidate[] {
  const { ctx, units, tokens, sentence } = inp;
  const groups = findGroups(units, tokens);
  const env: MatchEnv = {
    units,
    groups,
    gapStopList: inp.gapStopList,
    slotOk(role, bind, types, reading, current) {
      const other = role === 'S' ? current.O : role === 'O' ? current.S : undefined;
      const exclude = () => (other ? idsOf(slotEntities(ctx, units, other, sentence, new Set())) : new Set<string>());
      return slotFits(ctx, units, bind, sentence, allowedTypes(role, types, reading), exclude, role === 'P' ? 2 : 1);
    },
  };
  const out: Candidate[] = [];
  const { words } = inp;
  // mayMatch per pattern, computed on first use: 0 unknown, 1 yes, 2 no.
  const may = new Uint8Array(ctx.lex.relationPatterns.length);
  const free = ctx.lex.freePatterns;
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui]!;
    if (u.readings.length > 0) {
      // Patterns in file order (for each, the unit's readings it accepts); the first that yields wins.
      const tries = u.readings.length === 1 ? u.readings[0]!.anchors ?? [] : mergeAnchors(u.readings);
      for (const { index, pattern: p } of tries) {
        if (may[index] === 0) may[index] = mayMatch(p, words) ? 1 : 2;
        if (may[index] === 2) continue;
        let found: Candidate[] = [];
        for (const r of u.readings) {
          if (!anchorsOn(p, r)) continue;
          matchAt(p, env, ui, r, (b) => { found = build(inp, p, b, r); return found.length > 0; });
          if (found.length > 0) break;
        }
        if (found.length > 0) { out.push(...found); break; }
      }
    }
    for (const p of free) {
      if (!p.emits || !canStart(p, u) || !mayMatch(p, words)) continue;
      const spec = VOCABULARY[p.emits];
      const r: TriggerReading = { type: p.emits, cameo: spec.cameo[0] ?? null, score: spec.score };
      let found: Candidate[] = [];
      matchAt(p, env, ui, null, (b) => { found = build(inp, p, { ...b, trigger: null }, r); return found.length > 0; });
      out.push(...found);
    }
  }
  return out;
}

/** The anchors of several readings, merged in pattern order without repeats. */
function mergeAnchors(readings: TriggerReading[]): { index: number; pattern: CompiledPattern }[] {
  const seen = new Map<number, { index: number; pattern: CompiledPattern }>();
  for (const r of readings) for (const a of r.anchors ?? []) seen.set(a.index, a);
  return [...seen.values()].sort((a, b) => a.index - b.index);
}

function build(inp: RelationPhaseInput, p: CompiledPattern, b: Binding, r: TriggerReading): Candidate[] {
  const { ctx, units, sentence } = inp;
  const type = r.type;
  const symmetric = VOCABULARY[type].symmetric;
  const pAllowed = b.P ? allowedTypes('P', slotTypes(p, 'P'), r) : null;
  const sAllowed = b.P ? pAllowed : allowedTypes('S', slotTypes(p, 'S'), r);
  const oAllowed = b.P ? pAllowed : allowedTypes('O', slotTypes(p, 'O'), r);
  const trig = b.trigger ? units[b.trigger.u]! : null;
  const triggerSpan = trig ? { start: trig.start, end: trig.end } : { start: units[b.u0]!.start, end: units[b.u1]!.end };
  const pairs: [Ent, Ent][] = [];
  if (b.P) {
    const ents = slotEntities(ctx, units, b.P, sentence, new Set()).filter((e) => fits(ctx, e.id, pAllowed));
    if (!symmetric && !p.reciprocal) return [];
    for (let i = 0; i < ents.length; i++) {
      for (let j = i + 1; j < ents.length; j++) {
        pairs.push([ents[i]!, ents[j]!]);
        if (!symmetric) pairs.push([ents[j]!, ents[i]!]);
      }
    }
  } else {
    let sEnts: Ent[];
    const oFirst = b.O ? slotEntities(ctx, units, b.O, sentence, new Set()) : [];
    if (p.speakerSubject) {
      const sp = inp.speakers.at(b.trigger?.u ?? b.u0);
      if (!sp?.id) return [];
      sEnts = sp.ids.map((id) => ({ id, inferred: false, start: sp.start, end: sp.end }));
    } else {
      sEnts = b.S ? slotEntities(ctx, units, b.S, sentence, idsOf(oFirst)) : [];
    }
    const oEnts = b.O ? slotEntities(ctx, units, b.O, sentence, idsOf(sEnts)) : [];
    for (const s of sEnts) for (const o of oEnts) pairs.push([s, o]);
  }
  const out: Candidate[] = [];
  for (const [s, o] of pairs) {
    const sid = finalId(ctx, s.id, 'S', type, sAllowed);
    const oid = finalId(ctx, o.id, 'O', type, oAllowed);
    if (!sid || !oid || sid === oid) continue;
    const inferred = s.inferred || o.inferred;
    out.push({
      type, cameo: r.cameo, score: r.score, subject: sid, object: oid,
      subjectSpan: { start: s.start, end: s.end }, objectSpan: { start: o.start, end: o.end },
      triggerSpan, sentence, triggerUnit: b.trigger?.u ?? null, u0: b.u0, u1: b.u1,
      patternId: p.id, confidence: Math.round(p.confidence * (inferred ? 0.85 : 1) * 1000) / 1000,
      inferred, role: null, speakerSubject: p.speakerSubject,
    });
  }
  return out;
}
