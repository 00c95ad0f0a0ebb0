// Reviewing an article before it is written: which extracted relations the reviewer accepts, the
// commit body built from the form and that choice, and the sentence-relative highlight spans.
// Pure: no DOM, no fetch.

export interface ArticleForm { title: string; date: string; source: string; url: string; text: string }
export const EMPTY_FORM: ArticleForm = { title: '', date: '', source: '', url: '', text: '' };

/** The request body of POST /api/articles (url only when given). */
export interface ArticleInputBody { text: string; title: string; date: string; source: string; url?: string }
export interface CommitBodyShape extends ArticleInputBody { accept: string[] }

/** relation id → accepted? Every relation of a preview has an entry. */
export type Review = Readonly<Record<string, boolean>>;

/** A fresh preview: everything accepted. */
export function initialReview(ids: readonly string[]): Review {
  return Object.fromEntries(ids.map((id) => [id, true]));
}

export function setAccepted(review: Review, id: string, accepted: boolean): Review {
  if (!(id in review) || review[id] === accepted) return review;
  return { ...review, [id]: accepted };
}

export function setAll(review: Review, accepted: boolean): Review {
  return Object.fromEntries(Object.keys(review).map((id) => [id, accepted]));
}

/** Accepted ids, in the preview's order. */
export function acceptedIds(review: Review, order: readonly string[]): string[] {
  return order.filter((id) => review[id] === true);
}

/** Problems with the form, in plain words (empty when it can be sent). Mirrors the server's schema. */
export function formProblems(f: ArticleForm): string[] {
  const out: string[] = [];
  if (!f.title.trim()) out.push('a title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date) || Number.isNaN(Date.parse(f.date))) out.push('a date (YYYY-MM-DD)');
  if (!f.source.trim()) out.push('a source');
  if (f.url.trim()) {
    let ok = false;
    try { ok = /^https?:$/.test(new URL(f.url.trim()).protocol); } catch { ok = false; }
    if (!ok) out.push('a valid http(s) URL (or none)');
  }
  if (!f.text.trim()) out.push('the article text');
  return out;
}

/** The preview body: trimmed fields; the text exactly as typed (offsets refer to it). */
export function articleBody(f: ArticleForm): ArticleInputBody {
  const url = f.url.trim();
  return { text: f.text, title: f.title.trim(), date: f.date, source: f.source.trim(), ...(url ? { url } : {}) };
}

/** The commit body: the same article as the preview plus the accepted ids. */
export function commitBody(f: ArticleForm, review: Review, order: readonly string[]): CommitBodyShape {
  return { ...articleBody(f), accept: acceptedIds(review, order) };
}

interface Offsets { start: number; end: number }
interface Highlightable { sentence: Offsets; subjectMention: Offsets; objectMention: Offsets; trigger: Offsets }

/** Article offsets → offsets inside the relation's sentence (for segmentSentence). */
export function sentenceSpans(r: Highlightable): { subject: Offsets; object: Offsets; trigger: Offsets } {
  const rel = (s: Offsets) => ({ start: s.start - r.sentence.start, end: s.end - r.sentence.start });
  return { subject: rel(r.subjectMention), object: rel(r.objectMention), trigger: rel(r.trigger) };
}

/** Distinct subject ids of the accepted relations, in order: the seeds for "Show in graph". */
export function acceptedSubjects(relations: readonly { id: string; subject: { id: string } }[], review: Review): string[] {
  return [...new Set(relations.filter((r) => review[r.id] === true).map((r) => r.subject.id))];
}

/** A failed commit in plain words (status 0 = the server cannot be reached). */
export function commitErrorMessage(status: number, message: string): string {
  if (status === 401) return 'The write token was not accepted. Check it and try again.';
  if (status === 403) return 'This server has writes disabled — set NEWSGRAPH_WRITE_TOKEN.';
  if (status === 400) return `The server refused the article: ${message}`;
  return message;
}
