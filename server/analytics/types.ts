// Plain data shared by the alliance analytics: what the Cypher reads return, and the actor-level
// relations everything else is computed from. No driver types here, so every module is testable
// on hand-made rows.

/** An entity as the analytics need it. */
export interface EntityRef { id: string; name: string; entityType: string }

/** One typed relationship between two entities, as read from the graph (cypher/alliance-relations). */
export interface RelationRow {
  id: string;
  relType: string;
  source: EntityRef;
  target: EntityRef;
  /** Goldstein-style score, −10 (conflict) … +10 (cooperation); null falls back to the vocabulary default. */
  score: number | null;
  /** YYYY-MM-DD or null. The relation's time is `date ?? knownFrom`. */
  date: string | null;
  knownFrom: string | null;
  modality?: string | null;
}

/** A person holding an office for a state or organisation (cypher/alliance-offices). */
export interface OfficeRow { person: EntityRef; office: EntityRef; role: string | null }

export type TieKind = 'static' | 'event';

/** Compares ids (and dates) by code unit, the same on every machine (localeCompare is not). */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rounds away floating-point dust (3.4 + 3.4 + 1 …) so sums read and compare cleanly; never −0. */
export const round = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;
