// Longest-match phrase trie over folded word tokens. Phrases are stored as token sequences, so a
// match is always on token boundaries and its offsets come straight from the original tokens.
// Dashes between words are transparent ("Nagorno-Karabakh", "Nagorno- Karabakh",
// "Nagorno – Karabakh" are one phrase), line breaks are not.
import type { Token } from './tokens';
import { tokenize } from './tokens';

interface Node<T> {
  next: Map<string, Node<T>>;
  payloads: T[];
}

export interface TrieMatch<T> {
  /** Token index range [start, end) in the token array that was searched. */
  start: number;
  end: number;
  payloads: T[];
}

function newNode<T>(): Node<T> {
  return { next: new Map(), payloads: [] };
}

/** Folded keys of a phrase as the trie stores them (dashes dropped). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.fold !== '-').map((t) => t.fold);
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = newNode();
  private maxLen = 0;

  add(phrase: string, payload: T): void {
    this.addKeys(phraseKeys(phrase), payload);
  }

  addKeys(keys: string[], payload: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) { child = newNode(); node.next.set(k, child); }
      node = child;
    }
    node.payloads.push(payload);
    this.maxLen = Math.max(this.maxLen, keys.length);
  }

  /**
   * Longest phrase starting at tokens[start] (not crossing `limit`) whose payloads survive `accept`.
   * `accept` sees the match range so it can check e.g. capitalisation of the first token.
   */
  longestAt<C>(tokens: Token[], start: number, limit: number, accept?: (p: T, start: number, end: number, c: C) => boolean, acceptCtx?: C): TrieMatch<T> | null {
    // Runs on every token: the candidate ends live in reused scratch arrays, not fresh objects.
    const first = this.root.next.get(tokens[start]!.fold);
    if (!first) return null;
    let count = 0;
    let node = first;
    let i = start + 1;
    for (;;) {
      if (node.payloads.length > 0) { this.endAt[count] = i; this.endNode[count] = node; count++; }
      // Skip dashes glued between words of the phrase.
      while (i < limit && tokens[i]!.fold === '-' && i + 1 < limit && tokens[i + 1]!.kind !== 'punct' && node.next.size > 0) i++;
      if (i >= limit || tokens[i]!.newlineBefore) break;
      const child = node.next.get(tokens[i]!.fold);
      if (!child) break;
      node = child;
      i++;
    }
    for (let k = count - 1; k >= 0; k--) {
      const end = this.endAt[k]!;
      const n = this.endNode[k]!;
      const payloads = accept ? n.payloads.filter((p) => accept(p, start, end, acceptCtx as C)) : n.payloads;
      if (payloads.length > 0) return { start, end, payloads };
    }
    return null;
  }

  private readonly endAt: number[] = [];
  private readonly endNode: Node<T>[] = [];
}
