// A relation found in one sentence, before modality, attribution, date and deduplication.
import type { RelationType } from '../../graph/vocabulary';

export interface Offsets {
  start: number;
  end: number;
}

export interface Candidate {
  type: RelationType;
  cameo: string | null;
  score: number;
  subject: string;
  object: string;
  subjectSpan: Offsets;
  objectSpan: Offsets;
  triggerSpan: Offsets;
  sentence: number;
  /** Unit index of the trigger in its sentence (null for trigger-less patterns). */
  triggerUnit: number | null;
  /** Unit range the match covered (for a HOLDS_OFFICE from the mention phase: the merged mention). */
  u0: number;
  u1: number;
  patternId: string;
  confidence: number;
  inferred: boolean;
  role: string | null;
  /** The subject is the sentence's speaker (pattern "subject": "speaker"). */
  speakerSubject: boolean;
}
