// The in-memory lexicon: actors (actors.json ∪ world.json), one phrase trie holding every phrase
// the pipeline looks up (actor aliases, triggers, cues, anaphors, list phrases, news sources), an
// office index for "who held this office on that date", and the compiled patterns. Pure: the
// files are read elsewhere (lexicon-load.ts) and handed in already parsed.
import type { Actor } from '../../graph/seed-files';
import { VOCABULARY, type EntityType, type RelationType } from '../../graph/vocabulary';
import { PhraseTrie, phraseKeys } from './alias-trie';
import type { ModalityFile, PatternsFile, TriggersFile, WorldActor } from './lexicon-schema';
import { anchorsOn } from './matcher';
import { compilePattern, type CompiledPattern } from './pattern-compile';

export interface LexActor {
  id: string;
  type: EntityType;
  name: string;
  nameVi: string;
  aliases: string[];
  offices: { role: string; of: string; from?: string; to?: string; roleVi?: string }[];
  metonymFor?: string;
}

export interface TriggerReading {
  type: RelationType;
  cameo: string | null;
  score: number;
  subjectTypes?: EntityType[];
  objectTypes?: EntityType[];
  /** HOLDS_OFFICE titles only. */
  role?: string | null;
  roles?: string[];
  /** Only these pattern ids may anchor on this reading. */
  patterns?: string[];
  /** Filled in by buildLexicon: the relation patterns that may anchor on this reading, in file order. */
  anchors?: { index: number; pattern: CompiledPattern }[];
}

export type CueKind = 'negation' | 'notNegation' | 'future' | 'hypothetical' | 'possibility' | 'deontic' | 'speech' | 'sourcePrefix';

export type Entry =
  | { kind: 'actor'; id: string; firstUpper: boolean; allCaps: boolean; rank: number }
  | { kind: 'trigger'; reading: TriggerReading }
  | { kind: 'cue'; cue: CueKind }
  | { kind: 'anaphor'; types: EntityType[]; count: number }
  | { kind: 'list'; name: string }
  | { kind: 'source'; name: string };

export interface Lexicon {
  actors: Map<string, LexActor>;
  trie: PhraseTrie<Entry>;
  mentionPatterns: CompiledPattern[];
  relationPatterns: CompiledPattern[];
  /** The relation patterns without a {T}: tried at every position. */
  freePatterns: CompiledPattern[];
  windows: { negation: number; future: number; hypothetical: number; possibility: number; deontic: number };
  /** country/organisation id → offices held there. */
  officesByPlace: Map<string, { personId: string; role: string; from?: string; to?: string }[]>;
}

export interface LexiconInput {
  /** seeds/lexicon/actors.json (wins on an id clash). */
  actors: Actor[];
  /** seeds/lexicon/world.json. */
  world: WorldActor[];
  triggers: TriggersFile;
  patterns: PatternsFile;
  modality: ModalityFile;
}

/**
 * actors.json wins on an id clash for everything it states; aliases are unioned because world.json
 * carries the spelling variants (short forms, capitals) the curated file does not need.
 */
export function mergeActors(curated: Actor[], world: WorldActor[]): LexActor[] {
  const byId = new Map<string, LexActor>();
  for (const w of world) byId.set(w.id, { ...w, aliases: [...w.aliases], offices: [...w.offices] });
  for (const c of curated) {
    const w = byId.get(c.id);
    if (!w) { byId.set(c.id, { ...c, aliases: [...c.aliases], offices: [...c.offices] }); continue; }
    const aliases = [...new Set([...c.aliases, ...w.aliases, w.name, w.nameVi])];
    byId.set(c.id, {
      ...c,
      aliases,
      offices: c.offices.length > 0 ? [...c.offices] : w.offices,
      ...(w.metonymFor ? { metonymFor: w.metonymFor } : {}),
    });
  }
  return [...byId.values()];
}

const UPPER_START = /^\p{Lu}/u;

export function buildLexicon(input: LexiconInput): Lexicon {
  const trie = new PhraseTrie<Entry>();
  const actors = new Map<string, LexActor>();
  const merged = mergeActors(input.actors, input.world);
  const curatedIds = new Set(input.actors.map((a) => a.id));
  for (const a of merged) actors.set(a.id, a);

  // Curated actors rank first so that an alias shared by two actors resolves to the curated one.
  const seen = new Set<string>();
  for (const a of merged) {
    const rank = curatedIds.has(a.id) ? 0 : 1;
    for (const alias of [a.nameVi, a.name, ...a.aliases]) {
      const key = `${a.id}\u0000${phraseKeys(alias).join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const letters = alias.replace(/[^\p{L}]/gu, '');
      trie.add(alias, {
        kind: 'actor',
        id: a.id,
        firstUpper: UPPER_START.test(alias),
        allCaps: letters.length >= 2 && letters === letters.toUpperCase(),
        rank,
      });
    }
  }

  const readings: TriggerReading[] = [];
  for (const t of input.triggers.triggers) {
    const spec = VOCABULARY[t.type];
    const reading: TriggerReading = {
      type: t.type,
      cameo: t.cameo !== undefined ? t.cameo : (spec.cameo[0] ?? null),
      score: t.score ?? spec.score,
      ...(t.subjectTypes ? { subjectTypes: t.subjectTypes } : {}),
      ...(t.objectTypes ? { objectTypes: t.objectTypes } : {}),
      ...(t.role !== undefined ? { role: t.role } : {}),
      ...(t.roles ? { roles: t.roles } : {}),
      ...(t.patterns ? { patterns: t.patterns } : {}),
    };
    for (const p of t.phrases) trie.add(p, { kind: 'trigger', reading });
    readings.push(reading);
  }

  const m = input.modality;
  const cues: [CueKind, string[]][] = [
    ['negation', m.negation], ['notNegation', m.notNegation], ['future', m.future],
    ['hypothetical', m.hypothetical], ['possibility', m.possibility], ['deontic', m.deontic], ['speech', m.speech], ['sourcePrefix', m.sourcePrefix],
  ];
  for (const [cue, phrases] of cues) for (const p of phrases) trie.add(p, { kind: 'cue', cue });
  for (const s of m.sources) trie.add(s, { kind: 'source', name: s });

  for (const a of input.patterns.anaphors) {
    for (const p of a.phrases) trie.add(p, { kind: 'anaphor', types: a.types, count: a.count });
  }
  for (const [name, phrases] of Object.entries(input.patterns.lists)) {
    for (const p of phrases) trie.add(p, { kind: 'list', name });
  }

  // A pattern's @name may name a phrase list or a cue class of modality.json (@speech).
  const lists = new Set([...Object.keys(input.patterns.lists), ...cues.map(([c]) => c)]);
  const compiled = input.patterns.patterns.map((p) => compilePattern(p, lists));
  const relationPatterns = compiled.filter((p) => p.phase === 'relation');
  for (const r of readings) {
    r.anchors = relationPatterns.flatMap((pattern, index) => (pattern.anchor >= 0 && anchorsOn(pattern, r) ? [{ index, pattern }] : []));
  }

  const officesByPlace = new Map<string, { personId: string; role: string; from?: string; to?: string }[]>();
  for (const a of merged) {
    for (const o of a.offices) {
      const list = officesByPlace.get(o.of) ?? [];
      list.push({ personId: a.id, role: o.role, ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) });
      officesByPlace.set(o.of, list);
    }
  }

  return {
    actors,
    trie,
    mentionPatterns: compiled.filter((p) => p.phase === 'mention'),
    relationPatterns,
    freePatterns: relationPatterns.filter((p) => p.anchor < 0 && p.emits),
    windows: { negation: m.negationWindow, future: m.futureWindow, hypothetical: m.hypotheticalWindow, possibility: m.possibilityWindow, deontic: m.deonticWindow },
    officesByPlace,
  };
}
