// Generates the UN member states of seeds/lexicon/world.json from i18n-iso-countries (English and
// Vietnamese names), and merges them into the existing file so hand edits survive a re-run:
// rows the generator does not produce (IGOs, people, capitals) are kept as they are, and for a
// generated country that already exists only missing aliases are added.
//   npx tsx server/cli/gen-world-lexicon.ts [--out seeds/lexicon/world.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { WorldFile, type WorldActor } from '../ingest/extract/lexicon-schema';

/** ISO 3166-1 alpha-2 codes of the 193 UN member states. */
const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW
GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR
MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM
ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU
VE VN YE ZM ZW`.split(/\s+/).filter(Boolean);

/** English short names where the ISO list's shortest name is not the one news uses. */
const EN_OVERRIDE: Record<string, string> = {
  GB: 'United Kingdom', SY: 'Syria', LA: 'Laos', BN: 'Brunei', MD: 'Moldova', FM: 'Micronesia',
  CD: 'DR Congo', CG: 'Republic of the Congo', VN: 'Vietnam', KR: 'South Korea', KP: 'North Korea',
};

/** Vietnamese names where the locale gives a long official form or an English spelling only. */
const VI_OVERRIDE: Record<string, string> = {
  SY: 'Syria', IR: 'Iran', LA: 'Lào', MD: 'Moldova', TZ: 'Tanzania', GB: 'Anh', US: 'Mỹ', RU: 'Nga',
  AE: 'UAE', BN: 'Brunei', FM: 'Micronesia', CZ: 'Séc', AT: 'Áo', VN: 'Việt Nam',
};

function slug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function names(code: string, lang: 'en' | 'vi'): string[] {
  const all = countries.getNames(lang, { select: 'all' }) as Record<string, string[] | undefined>;
  return all[code] ?? [];
}

function englishShort(code: string): string {
  const override = EN_OVERRIDE[code];
  if (override) return override;
  // The shortest ordinary name: no abbreviations (USA, U.S.) and no inverted forms ("Korea, Republic of").
  const plain = names(code, 'en').filter((n) => !/[,.]/.test(n) && n !== n.toUpperCase());
  return plain.sort((a, b) => a.length - b.length)[0] ?? names(code, 'en')[0] ?? code;
}

export function generateCountries(): WorldActor[] {
  return UN_MEMBERS.map((code) => {
    const name = englishShort(code);
    const vi = names(code, 'vi');
    const nameVi = VI_OVERRIDE[code] ?? [...vi].sort((a, b) => a.length - b.length)[0] ?? name;
    const aliases = [...new Set([...vi, ...names(code, 'en'), name, nameVi])].filter((a) => a !== nameVi);
    return { id: slug(name), type: 'Country' as const, name, nameVi, aliases, offices: [] };
  });
}

export function mergeWorld(existing: WorldActor[], generated: WorldActor[]): WorldActor[] {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const out = [...existing];
  for (const g of generated) {
    const cur = byId.get(g.id);
    if (!cur) { out.push(g); byId.set(g.id, g); continue; }
    for (const a of g.aliases) if (!cur.aliases.includes(a) && a !== cur.nameVi) cur.aliases.push(a);
  }
  return out;
}

function main(): void {
  const i = process.argv.indexOf('--out');
  const out = i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : join(process.cwd(), 'seeds', 'lexicon', 'world.json');
  const existing = existsSync(out) ? WorldFile.parse(JSON.parse(readFileSync(out, 'utf8'))) : [];
  const merged = mergeWorld(existing, generateCountries());
  const ids = new Set<string>();
  for (const a of merged) {
    if (ids.has(a.id)) throw new Error(`duplicate id ${a.id}`);
    ids.add(a.id);
  }
  writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`${out}: ${merged.length} actors (${generateCountries().length} UN member states)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
