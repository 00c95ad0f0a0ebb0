import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActorsFile } from '../../graph/seed-files';
import { mergeActors } from './lexicon';
import { readLexiconFiles } from './lexicon-load';
import { WorldFile } from './lexicon-schema';

const dir = join(process.cwd(), 'seeds', 'lexicon');

describe('lexicon files', () => {
  const files = readLexiconFiles(dir);

  it('parse, and world.json has unique ids and all 193 UN member states', () => {
    const world = WorldFile.parse(JSON.parse(readFileSync(join(dir, 'world.json'), 'utf8')));
    expect(new Set(world.map((a) => a.id)).size).toBe(world.length);
    expect(world.filter((a) => a.type === 'Country').length).toBeGreaterThanOrEqual(193);
    for (const id of ['russia', 'united-states', 'turkey', 'france', 'armenia', 'azerbaijan', 'csto', 'osce', 'osce-minsk-group', 'vladimir-putin']) {
      expect(world.some((a) => a.id === id)).toBe(true);
    }
  });

  it('world.json uses the curated ids for the curated actors', () => {
    const curated = ActorsFile.parse(JSON.parse(readFileSync(join(dir, 'actors.json'), 'utf8')));
    for (const c of curated) {
      const clash = files.world.find((w) => w.id !== c.id && (w.name === c.name || (w.type === c.type && w.nameVi === c.nameVi)));
      expect(clash?.id ?? null).toBeNull();
    }
  });

  it('metonyms point at existing actors and offices at existing places', () => {
    const all = mergeActors(files.actors, files.world);
    const ids = new Set(all.map((a) => a.id));
    for (const a of all) {
      if ('metonymFor' in a && a.metonymFor) expect(ids.has(a.metonymFor)).toBe(true);
      for (const o of a.offices) expect(ids.has(o.of)).toBe(true);
    }
  });
});

describe('mergeActors', () => {
  it('lets actors.json win on an id clash and unions the aliases', () => {
    const merged = mergeActors(
      [{ id: 'moscow', type: 'Place', name: 'Moscow', nameVi: 'Moscow', aliases: ['Matxcơva'], offices: [] }],
      [{ id: 'moscow', type: 'Place', name: 'Moskva', nameVi: 'Mát-xcơ-va', aliases: ['Moskva'], offices: [], metonymFor: 'russia' }],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ name: 'Moscow', nameVi: 'Moscow', metonymFor: 'russia' });
    expect(merged[0]!.aliases).toEqual(expect.arrayContaining(['Matxcơva', 'Moskva', 'Mát-xcơ-va']));
  });
});
