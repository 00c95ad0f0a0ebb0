import { PhraseTrie } from './alias-trie';
import { tokenize } from './tokens';

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('Nga', 'russia');
  trie.add('LB Nga', 'russia-long');
  trie.add('Nagorno-Karabakh', 'nk');
  trie.add('Hội đồng Bảo an', 'unsc');
  trie.add('Hội đồng Bảo an Liên hợp quốc', 'unsc-long');

  it('takes the longest phrase', () => {
    const toks = tokenize('Hội đồng Bảo an Liên hợp quốc họp');
    const m = trie.longestAt(toks, 0, toks.length);
    expect(m?.payloads).toEqual(['unsc-long']);
    expect(m?.end).toBe(7);
  });

  it('treats dashes between words as transparent and keeps original offsets', () => {
    for (const text of ['ở Nagorno-Karabakh', 'ở Nagorno – Karabakh', 'ở Nagorno- Karabakh']) {
      const toks = tokenize(text);
      const m = trie.longestAt(toks, 1, toks.length)!;
      expect(m.payloads).toEqual(['nk']);
      expect(text.slice(toks[m.start]!.start, toks[m.end - 1]!.end)).toBe(text.slice(2));
    }
  });

  it('matches folded text (case, tone placement) and lets `accept` fall back to a shorter phrase', () => {
    const toks = tokenize('hội đồng bảo an liên hợp quốc');
    expect(trie.longestAt(toks, 0, toks.length)?.payloads).toEqual(['unsc-long']);
    const m = trie.longestAt(toks, 0, toks.length, (p) => p !== 'unsc-long');
    expect(m?.payloads).toEqual(['unsc']);
  });

  it('does not cross a line break', () => {
    const toks = tokenize('LB\nNga');
    expect(trie.longestAt(toks, 0, toks.length)).toBeNull();
  });
});
