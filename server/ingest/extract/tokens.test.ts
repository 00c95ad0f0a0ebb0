import fc from 'fast-check';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'Nga và Mỹ, “hòa” – 7/10.\n'.split('')) }), (s) => {
      for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.raw);
    }));
  });

  it('folds words and canonicalises dashes and quotes', () => {
    const toks = tokenize('Nagorno – Karabakh “Hoà”');
    expect(toks.map((t) => t.fold)).toEqual(['nagorno', '-', 'karabakh', '"', 'hòa', '"']);
    expect(toks[0]!.upper).toBe(true);
  });
});

describe('splitSentences', () => {
  const split = (s: string) => splitSentences(s, tokenize(s)).map((x) => x.text);

  it('splits at terminal punctuation before a capital', () => {
    expect(split('Nga điện đàm với Mỹ. Pháp hoan nghênh.')).toEqual(['Nga điện đàm với Mỹ.', 'Pháp hoan nghênh.']);
  });

  it('knows abbreviations, initials and dates', () => {
    expect(split('Ông đến TP. Hồ Chí Minh hôm 7/10. Sau đó ông về.')).toEqual(['Ông đến TP. Hồ Chí Minh hôm 7/10.', 'Sau đó ông về.']);
    expect(split('Ông J. Biden nói vậy.')).toEqual(['Ông J. Biden nói vậy.']);
    expect(split('Khoảng 30.000 người thiệt mạng.')).toEqual(['Khoảng 30.000 người thiệt mạng.']);
  });

  it('keeps a closing quote with its sentence and an attribution after a quote', () => {
    expect(split('Ông nói: “Chúng tôi sẵn sàng.” Sau đó ông rời đi.')).toEqual(['Ông nói: “Chúng tôi sẵn sàng.”', 'Sau đó ông rời đi.']);
    expect(split('“Chúng tôi sẵn sàng.” – ông Putin nói.')).toEqual(['“Chúng tôi sẵn sàng.” – ông Putin nói.']);
  });

  it('always splits at line breaks', () => {
    expect(split('Tiêu đề\nNội dung bài')).toEqual(['Tiêu đề', 'Nội dung bài']);
  });

  it('returns ordered, non-overlapping slices of the text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'Ab. c? “D.” e\n7/10 TP. '.split('')) }), (s) => {
      const sents = splitSentences(s, tokenize(s));
      let prev = -1;
      for (const x of sents) {
        expect(x.start).toBeGreaterThan(prev);
        expect(s.slice(x.start, x.end)).toBe(x.text);
        prev = x.end - 1;
      }
    }));
  });
});
