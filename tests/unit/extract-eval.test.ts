// The extractor against the curated gold, and every pattern's inline examples.
import { join } from 'node:path';
import { evaluateSeeds } from '../../server/ingest/eval/seeds';
import { extractRelations } from '../../server/ingest/extract/extract';
import { loadLexicon, readLexiconFiles } from '../../server/ingest/extract/lexicon-load';

const root = process.cwd();
const lexicon = loadLexicon(join(root, 'seeds', 'lexicon'));
const F1_FLOOR = 0.95;

describe('extractor on the seed articles', () => {
  const evaluation = evaluateSeeds(root, lexicon);

  it(`reaches exact F1 ≥ ${F1_FLOOR}`, () => {
    expect(evaluation.score.exact.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });

  it('emits no negated relation (Azerbaijan is not in the CSTO)', () => {
    const all = evaluation.runs.flatMap((r) => r.relations);
    expect(all.some((r) => r.subject.id === 'azerbaijan' && r.type === 'MEMBER_OF' && r.object.id === 'csto')).toBe(false);
    expect(all.some((r) => r.subject.id === 'nagorno-karabakh' && r.type === 'MEMBER_OF')).toBe(false);
  });
});

describe('pattern examples', () => {
  const { patterns } = readLexiconFiles(join(root, 'seeds', 'lexicon'));
  const key = (t: readonly string[]) => t.join(' ');
  const cases = patterns.patterns.flatMap((p) => [
    ...p.examples.positive.map((e) => ({ id: p.id, phase: p.phase, kind: 'positive' as const, text: e.text, date: e.date, triples: e.expect })),
    ...p.examples.negative.map((e) => ({ id: p.id, phase: p.phase, kind: 'negative' as const, text: e.text, date: e.date, triples: e.absent })),
  ]);

  it('every pattern has a positive example', () => {
    for (const p of patterns.patterns) expect([p.id, p.examples.positive.length > 0]).toEqual([p.id, true]);
  });

  it.each(cases.map((c) => [c.id, c.kind, c.text, c] as const))('%s %s: %s', (_id, _kind, _text, c) => {
    const rels = extractRelations(c.text, { articleDate: c.date, lexicon });
    const got = rels.map((r) => key([r.subject.id, r.type, r.object.id]));
    if (c.kind === 'positive') {
      for (const t of c.triples) expect(got).toContain(key(t));
      // A relation pattern must itself code something in its own example (a mention pattern only
      // shapes the mentions other patterns code over).
      if (c.phase === 'relation') expect(rels.filter((r) => r.patternId === c.id).length).toBeGreaterThan(0);
    } else if (c.triples.length > 0) {
      for (const t of c.triples) expect(got).not.toContain(key(t));
    } else {
      expect(rels.filter((r) => r.patternId === c.id)).toEqual([]);
    }
  });
});
