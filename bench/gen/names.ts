// Synthetic, unique, pronounceable entity names. A name is the entity's index written in a base of
// syllables, so it is unique without a lookup table and the same for the same index every time.
import type { EntityType } from '../../server/graph/vocabulary';

const SYL = [
  'ka', 'lo', 'mi', 'ra', 'ven', 'dor', 'sa', 'ti', 'bel', 'nor', 'ga', 'mu', 'zen', 'pa', 'qui', 'ro',
  'sel', 'ta', 'vi', 'lan', 'mor', 'den', 'fa', 'hi', 'jo', 'kel', 'lu', 'mar', 'ne', 'os', 'pe', 'ran',
  'su', 'tor', 'ul', 'var', 'wen', 'ya', 'zo', 'bra', 'cri', 'dra', 'fen', 'gor', 'hal', 'iv', 'jun', 'kra',
  'lis', 'mon', 'nal', 'or', 'pri', 'quo', 'res', 'sten', 'tru', 'ur', 'vol', 'wal', 'xa', 'yor', 'zul', 'an',
];
const FIRST = ['Ana', 'Boris', 'Chen', 'Dara', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jana', 'Karim', 'Lena', 'Milo', 'Nadia', 'Omar', 'Petra'];

function word(i: number): string {
  let n = i;
  let s = '';
  do { s += SYL[n % SYL.length]; n = Math.floor(n / SYL.length); } while (n > 0);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface EntityName { name: string; nameVi: string; aliases: string[] }

export function entityName(i: number, type: EntityType): EntityName {
  const w = word(i);
  switch (type) {
    case 'Country': return { name: `${w}ia`, nameVi: `${w}ia`, aliases: [`${w}ia`, `Cộng hòa ${w}ia`] };
    case 'Person': { const f = FIRST[i % FIRST.length]!; return { name: `${f} ${w}`, nameVi: `${f} ${w}`, aliases: [`${f} ${w}`, `ông ${w}`] }; }
    case 'Organization': return { name: `${w} Council`, nameVi: `Hội đồng ${w}`, aliases: [`${w} Council`, `Hội đồng ${w}`] };
    case 'Place': return { name: `${w} Province`, nameVi: `tỉnh ${w}`, aliases: [`${w} Province`, `tỉnh ${w}`] };
  }
}
