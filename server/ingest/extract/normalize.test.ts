import fc from 'fast-check';
import { foldWord } from './fold';
import { normalizeSyllable, normalizeVietnamese, toneCarrierIndex } from './normalize';

describe('tone-mark normalisation', () => {
  it.each([
    ['hoà', 'hòa'], ['hòa', 'hòa'], ['thuỷ', 'thủy'], ['khoẻ', 'khỏe'], ['Hoà', 'Hòa'],
    ['toán', 'toán'], ['quý', 'quý'], ['giữa', 'giữa'], ['người', 'người'], ['quốc', 'quốc'], ['gìn', 'gìn'],
    ['ngoài', 'ngoài'], ['khuỷu', 'khuỷu'], ['Nga', 'Nga'], ['Kocharyan', 'Kocharyan'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSyllable(input)).toBe(expected);
  });

  it('composes decomposed (NFD) input', () => {
    expect(normalizeSyllable('hòa'.normalize('NFD'))).toBe('hòa');
    expect(normalizeVietnamese('Hoà giải ở Thuỵ Sĩ'.normalize('NFD'))).toBe('Hòa giải ở Thụy Sĩ');
  });

  it('folds both conventions and both normal forms to one key', () => {
    expect(foldWord('hoà')).toBe(foldWord('hòa'));
    expect(foldWord('Thuỵ')).toBe(foldWord('thụy'));
    expect(foldWord('hòa'.normalize('NFD'))).toBe(foldWord('hòa'));
  });

  it('leaves syllables without a vowel or with two vowel runs alone', () => {
    expect(toneCarrierIndex('nghĩ'.normalize('NFD').replace(/\u0303/, ''))).toBeGreaterThanOrEqual(0);
    expect(toneCarrierIndex('brrr')).toBe(-1);
    expect(toneCarrierIndex('baku')).toBe(-1);
  });

  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưy hoàqgđ\u0300\u0301\u0303\u0309\u0323'.split('')) }), (s) => {
      const once = normalizeVietnamese(s);
      expect(normalizeVietnamese(once)).toBe(once);
    }));
  });
});
