// Office lookups against the article date: "Thủ tướng Armenia" in October 2020 is Nikol Pashinyan,
// and "Tổng thống Macron" holds the office of President of France on that date.
import type { Lexicon } from './lexicon';

export interface OfficeHit {
  personId: string;
  placeId: string;
  role: string;
}

function activeOn(o: { from?: string; to?: string }, date: string): boolean {
  return (o.from === undefined || o.from <= date) && (o.to === undefined || date <= o.to);
}

function roleFits(role: string, accepted: string[] | null): boolean {
  if (accepted === null) return true;
  const r = role.toLowerCase();
  return accepted.some((a) => a.toLowerCase() === r);
}

/** Who held one of `roles` (null = any office) of `placeId` on `date`. */
export function holdersOf(lex: Lexicon, placeId: string, roles: string[] | null, date: string): OfficeHit[] {
  const offices = lex.officesByPlace.get(placeId) ?? [];
  const hits = offices.filter((o) => roleFits(o.role, roles) && activeOn(o, date));
  // Order by the title's own role list, so "nhà lãnh đạo" picks the first-listed office that is filled.
  if (roles) hits.sort((a, b) => rank(a.role, roles) - rank(b.role, roles));
  const best = hits[0] ? rank(hits[0].role, roles) : 0;
  return hits.filter((h) => rank(h.role, roles) === best).map((o) => ({ personId: o.personId, placeId, role: o.role }));
}

function rank(role: string, roles: string[] | null): number {
  if (!roles) return 0;
  const i = roles.findIndex((r) => r.toLowerCase() === role.toLowerCase());
  return i < 0 ? roles.length : i;
}

/** The office (of one of `roles`, null = any; at `placeId` when given) that `personId` held on `date`. */
export function officeOf(lex: Lexicon, personId: string, roles: string[] | null, date: string, placeId?: string): OfficeHit | null {
  const person = lex.actors.get(personId);
  if (!person) return null;
  const hits = person.offices
    .filter((o) => (placeId === undefined || o.of === placeId) && roleFits(o.role, roles) && activeOn(o, date))
    .sort((a, b) => rank(a.role, roles) - rank(b.role, roles));
  const o = hits[0];
  return o ? { personId, placeId: o.of, role: o.role } : null;
}
