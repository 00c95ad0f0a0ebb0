// The mention phase: turn raw units into the mentions relations are coded over.
//   1. "Tổ chức Hiệp ước An ninh tập thể (CSTO)" — a name restated in brackets is one mention;
//   2. an unknown capitalised name after a title or "ông/bà" becomes an ad-hoc Person;
//   3. mention patterns (patterns.json, phase "mention"): titles with country and/or name
//      ("Tổng thống Nga Vladimir Putin" → Putin, and HOLDS_OFFICE), unnamed office holders
//      ("Thủ tướng Armenia" → whoever held it on the article date), honorifics ("ông Putin"),
//      institutions standing for their state ("Bộ Ngoại giao Armenia" → Armenia).
import type { Candidate } from './candidate';
import { actorOf, itemsOf, typeOf, type ArticleCtx } from './context';
import { findGroups } from './groups';
import type { TriggerReading } from './lexicon';
import { anchorsOn, canStart, matchAt, type Binding, type MatchEnv } from './matcher';
import { holdersOf, officeOf } from './offices';
import { mayMatch, type CompiledPattern } from './pattern-compile';
import { allowedTypes, slotAllFit, slotEntities } from './slots';
import type { Token } from './tokens';
import type { Ent, Unit } from './units';

function merge(units: Unit[], u0: number, u1: number, ents: Ent[], parts: Ent[]): Unit {
  const keys: string[] = [];
  for (let i = u0; i <= u1; i++) keys.push(...units[i]!.keys);
  const a = units[u0]!;
  const b = units[u1]!;
  return {
    kind: 'mention', t0: a.t0, t1: b.t1, start: a.start, end: b.end, keys, upper: a.upper,
    ents, parts, readings: [], cues: [], anaphor: null, lists: [], source: null,
  };
}

/** "X (X')" where both name the same actor → one mention. */
export function mergeRestatements(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const open = units[i + 1];
    const inner = units[i + 2];
    const close = units[i + 3];
    if (u.kind === 'mention' && open?.keys[0] === '(' && inner?.kind === 'mention' && close?.keys[0] === ')'
      && u.ents.length === 1 && inner.ents.length === 1 && u.ents[0]!.id === inner.ents[0]!.id) {
      out.push(merge(units, i, i + 3, u.ents, []));
      i += 3;
      continue;
    }
    out.push(u);
  }
  return out;
}

function slugify(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function isTitle(u: Unit | undefined): boolean {
  return !!u && u.readings.some((r) => r.type === 'HOLDS_OFFICE');
}

/**
 * Unknown names right after a title ("Ngoại trưởng Nga X Y"), a title and a country, or an
 * honorific become ad-hoc Person mentions; anywhere else a capitalised run is left alone.
 */
export function markUnknownNames(ctx: ArticleCtx, units: Unit[], tokens: Token[], honorificList: string): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    out.push(u);
    // A title, an honorific, or a country / institution right after a title
    // ("Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova").
    const introduces = isTitle(u) || u.lists.includes(honorificList)
      || (u.kind === 'mention' && typeOf(ctx, u.ents[0]!.id) !== 'Person' && (isTitle(out[out.length - 2]) || (out[out.length - 2]?.kind === 'list' && isTitle(out[out.length - 3]))));
    if (!introduces) continue;
    let j = i + 1;
    let count = 0;
    while (j < units.length && count < 4) {
      const n = units[j]!;
      const t = tokens[n.t0]!;
      if (n.kind !== 'token' || t.newlineBefore) break;
      // "Jean-Yves": a hyphen glued between two capitalised words stays inside the name.
      const after = tokens[n.t0 + 1];
      if (t.fold === '-' && count > 0 && !t.spaceBefore && after?.upper && !after.spaceBefore) { j++; continue; }
      if (t.kind !== 'word' || !t.upper) break;
      count++;
      j++;
    }
    // One capitalised word after a title is too weak (sentence-initial words, places); two to four is a name.
    if (count < 2 && !(count === 1 && u.lists.includes(honorificList))) continue;
    const first = units[i + 1]!;
    const last = units[j - 1]!;
    const raw = tokens[first.t0]!.start;
    const text = tokens.slice(first.t0, last.t1).map((t) => t.raw);
    const name = text.join(' ');
    const id = slugify(name);
    if (!id) continue;
    if (!actorOf(ctx, id)) ctx.adhoc.set(id, { id, type: 'Person', name, nameVi: name, aliases: [], offices: [] });
    const merged = merge(units, i + 1, j - 1, [{ id, inferred: false, start: raw, end: last.end }], []);
    out.push(merged);
    i = j - 1;
  }
  return out;
}

export interface MentionPhaseResult {
  units: Unit[];
  offices: Candidate[];
}

function sentenceMentions(ctx: ArticleCtx, units: Unit[]): Set<string> {
  const ids = new Set<string>();
  for (const u of units) for (const it of itemsOf(ctx, u, 0)) ids.add(it.id);
  return ids;
}

/** Apply every mention pattern, in file order, left to right, merging what each one matches. */
/** Every folded word of a sentence (merging units never changes the set). */
export function sentenceWords(units: Unit[]): Set<string> {
  const words = new Set<string>();
  for (const u of units) for (const k of u.keys) words.add(k);
  return words;
}

export function runMentionPatterns(ctx: ArticleCtx, input: Unit[], tokens: Token[], sentence: number, gapStopList: string, words: Set<string>): MentionPhaseResult {
  let units = input;
  const offices: Candidate[] = [];
  // The match environment is built on the first plausible start only: most sentences have no
  // title and no listed word, and then nothing is allocated here.
  let env: MatchEnv | null = null;
  for (const p of ctx.lex.mentionPatterns) {
    if (!mayMatch(p, words)) continue;
    let i = 0;
    while (i < units.length) {
      const u = units[i]!;
      if (p.anchor < 0 ? !canStart(p, u) : u.readings.length === 0) { i++; continue; }
      env ??= makeEnv(ctx, units, tokens, sentence, gapStopList);
      const hit = tryAt(p, env, units, i);
      if (!hit) { i++; continue; }
      const { b, reading } = hit;
      const applied = apply(ctx, p, units, b, reading, sentence);
      if (!applied) { i++; continue; }
      offices.push(...applied.offices);
      units = [...units.slice(0, b.u0), applied.unit, ...units.slice(b.u1 + 1)];
      env = makeEnv(ctx, units, tokens, sentence, gapStopList);
      i = b.u0 + 1;
    }
  }
  return { units, offices };
}

function tryAt(p: CompiledPattern, env: MatchEnv, units: Unit[], i: number): { b: Binding; reading: TriggerReading | null } | null {
  if (p.anchor < 0) {
    const b = matchAt(p, env, i, null);
    return b ? { b, reading: null } : null;
  }
  for (const r of units[i]!.readings) {
    if (!anchorsOn(p, r)) continue;
    const b = matchAt(p, env, i, r);
    if (b) return { b, reading: r };
  }
  return null;
}

function makeEnv(ctx: ArticleCtx, units: Unit[], tokens: Token[], sentence: number, gapStopList: string): MatchEnv {
  const groups = findGroups(units, tokens);
  return {
    units,
    groups,
    gapStopList,
    slotOk(role, bind, types, reading) {
      // In the mention phase a named person is one unit: "Putin và ông Aliyev" are two mentions.
      if (role === 'S' && bind.u0 !== bind.u1) return false;
      return slotAllFit(ctx, units, bind, sentence, allowedTypes(role, types, reading));
    },
  };
}

function apply(ctx: ArticleCtx, p: CompiledPattern, units: Unit[], b: Binding, reading: TriggerReading | null, sentence: number): { unit: Unit; offices: Candidate[] } | null {
  const none = new Set<string>();
  const sEnts = b.S ? slotEntities(ctx, units, b.S, sentence, none) : [];
  const oEnts = b.O ? slotEntities(ctx, units, b.O, sentence, none) : [];
  const offices: Candidate[] = [];
  let ents: Ent[];
  const titleUnit = b.trigger ? units[b.trigger.u]! : null;
  if (p.yields === 'O') {
    ents = oEnts;
  } else if (sEnts.length > 0) {
    ents = sEnts;
    if (reading?.type === 'HOLDS_OFFICE' && titleUnit) {
      const inSentence = sentenceMentions(ctx, units);
      for (const person of sEnts) {
        const roles = reading.roles ?? null;
        if (oEnts.length === 1) {
          const place = oEnts[0]!;
          const hit = officeOf(ctx.lex, person.id, roles, ctx.date, place.id) ?? officeOf(ctx.lex, person.id, null, ctx.date, place.id);
          offices.push(officeCandidate(p, person, place.id, place, titleUnit, b, sentence, hit?.role ?? reading.role ?? null));
        } else if (oEnts.length === 0) {
          // No country next to the title: code it only when the sentence names the office's country
          // ("Chính phủ Azerbaijan cho biết Ngoại trưởng Jeyhun Bayramov …").
          const hit = officeOf(ctx.lex, person.id, roles, ctx.date);
          if (!hit || !inSentence.has(hit.placeId)) continue;
          const placeSpan = findMention(ctx, units, hit.placeId);
          if (!placeSpan) continue;
          offices.push(officeCandidate(p, person, hit.placeId, placeSpan, titleUnit, b, sentence, hit.role));
        }
      }
    }
  } else if (reading?.type === 'HOLDS_OFFICE' && oEnts.length > 0) {
    // An unnamed office holder: whoever held the office on the article date.
    ents = [];
    for (const place of oEnts) {
      for (const h of holdersOf(ctx.lex, place.id, reading.roles ?? null, ctx.date)) {
        ents.push({ id: h.personId, inferred: true, start: units[b.u0]!.start, end: units[b.u1]!.end, role: h.role });
      }
    }
    if (ents.length === 0) return null;
  } else {
    return null;
  }
  if (ents.length === 0) return null;
  const unit = merge(units, b.u0, b.u1, ents, p.yields === 'O' ? [] : oEnts);
  return { unit, offices };
}

function findMention(ctx: ArticleCtx, units: Unit[], id: string): { start: number; end: number } | null {
  for (const u of units) {
    for (const e of [...u.ents, ...u.parts]) {
      if (e.id === id || actorOf(ctx, e.id)?.metonymFor === id) return { start: e.start, end: e.end };
    }
  }
  return null;
}

function officeCandidate(p: CompiledPattern, person: Ent, placeId: string, placeSpan: { start: number; end: number }, title: Unit, b: Binding, sentence: number, role: string | null): Candidate {
  return {
    type: 'HOLDS_OFFICE', cameo: null, score: 0,
    subject: person.id, object: placeId,
    subjectSpan: { start: person.start, end: person.end },
    objectSpan: { start: placeSpan.start, end: placeSpan.end },
    triggerSpan: { start: title.start, end: title.end },
    // The merged mention takes the place of units b.u0..b.u1, so it sits at index b.u0 afterwards.
    sentence, triggerUnit: null, u0: b.u0, u1: b.u0,
    patternId: p.id, confidence: p.confidence, inferred: false, role, speakerSubject: false,
  };
}
