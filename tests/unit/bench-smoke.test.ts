// The benchmark generator at a tiny size (no Neo4j): deterministic, heavy-tailed, realistic type
// mix, valid provenance offsets. The benchmarks themselves run with `npm run bench`, not here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checksum, generate, materialize } from '../../bench/gen/generate';
import { RELATION_MIX } from '../../bench/gen/mix';
import { readNdjson, writeNdjson } from '../../bench/gen/ndjson';
import { statsOf } from '../../bench/gen/stats';
import { RELATION_TYPES, VOCABULARY } from '../../server/graph/vocabulary';

const N = 3000;

describe('bench generator', () => {
  test('same seed gives the same rows; another seed does not', () => {
    const a = checksum(generate({ relations: N, seed: 7 }));
    expect(checksum(generate({ relations: N, seed: 7 }))).toBe(a);
    expect(checksum(generate({ relations: N, seed: 8 }))).not.toBe(a);
  });

  test('exactly the asked number of relations, unique ids, entities all known', () => {
    const rows = materialize(generate({ relations: N, seed: 1 }));
    const rels = rows.articles.flatMap((a) => a.relations);
    expect(rels).toHaveLength(N);
    expect(new Set(rels.map((r) => r.id)).size).toBe(N);
    const ids = new Set(rows.entities.map((e) => e.id));
    for (const r of rels) {
      expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
      expect(r.subject).not.toBe(r.object);
    }
  });

  test('heavy tail: the hub has far more relations than the median entity', () => {
    const s = statsOf(generate({ relations: N, seed: 1 }).articles());
    expect(s.maxDegree).toBeGreaterThan(20 * s.medianDegree);
    expect(s.hub).toBe('g0');
  });

  test('relation types in the configured proportions, scores on the vocabulary side', () => {
    const g = generate({ relations: N, seed: 3 });
    const s = statsOf(g.articles());
    const total = Object.values(RELATION_MIX).reduce((x, y) => x + y, 0);
    for (const t of RELATION_TYPES) {
      const want = RELATION_MIX[t] / total;
      // Binomial spread at N=3000 is under 1 point for these shares; 2.5 points is a safe band.
      expect(Math.abs((s.typeShares[t] ?? 0) - want)).toBeLessThan(0.025);
    }
    for (const a of g.articles()) {
      for (const r of a.relations) {
        const base = VOCABULARY[r.type as keyof typeof VOCABULARY].score;
        expect(Math.sign(r.props.score as number)).toBe(Math.sign(base));
      }
    }
  });

  test('every sentence and mention offset gives back its text', () => {
    const s = statsOf(generate({ relations: N, seed: 5 }).articles());
    expect(s.badOffsets).toBe(0);
    expect(s.sentences).toBe(N);
  });

  test('the NDJSON file reads back to the same rows', async () => {
    const g = generate({ relations: 200, seed: 2 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gen-')), 'g.ndjson');
    await writeNdjson(g, file);
    const back = { entities: [] as unknown[], articles: [] as unknown[] };
    for await (const l of readNdjson(file)) (l.kind === 'entity' ? back.entities : back.articles).push(l.row);
    expect(back).toEqual(JSON.parse(JSON.stringify(materialize(g))));
  });
});
