import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { decodeNmtoken, encodeNmtoken, escapeXmlAttribute, escapeXmlText, stripXmlForbidden } from './xml';

const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

function roundTrip(text: string, attribute: string): { text: string; attribute: string } {
  const xml = `<r a="${escapeXmlAttribute(attribute)}" b='${escapeXmlAttribute(attribute)}'>${escapeXmlText(text)}</r>`;
  const doc = new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement!;
  expect(root.getAttribute('b')).toBe(root.getAttribute('a'));
  return { text: root.textContent ?? '', attribute: root.getAttribute('a') ?? '' };
}

describe('xml helpers', () => {
  it('strips what XML 1.0 forbids and keeps everything else', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u000Bd\uFFFEe\uD800f\t\n\rThổ 😀')).toBe('abcdef\t\n\rThổ 😀');
  });

  it('escapes text and attributes so any string reads back as itself minus forbidden characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (text, attribute) => {
      const back = roundTrip(text, attribute);
      expect(back.text).toBe(stripXmlForbidden(text));
      expect(back.attribute).toBe(stripXmlForbidden(attribute));
    }), { numRuns: 300 });
    const tricky = ' & < > " \' ]]> \r\n \t \u0085 \u2028 ';
    expect(roundTrip(tricky, tricky)).toEqual({ text: tricky, attribute: tricky });
  });

  it('encodes any string as an NMTOKEN, reversibly and injectively', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
      expect(encodeNmtoken(a)).toMatch(NMTOKEN);
      expect(decodeNmtoken(encodeNmtoken(a))).toBe(a);
      if (a !== b) expect(encodeNmtoken(a)).not.toBe(encodeNmtoken(b));
    }), { numRuns: 500 });
    for (const s of ['', '_', '_x', '_x0020_', 'a b', '_x_', 'Thổ']) expect(decodeNmtoken(encodeNmtoken(s))).toBe(s);
  });

  it('leaves slugs and Neo4j element ids unchanged', () => {
    for (const id of ['tur', 'erdogan-r-t', '4:2f0c1a9e-7b1d-4a8e-9c3f-0d5e6f7a8b9c:17', 'snake_case']) {
      expect(encodeNmtoken(id)).toBe(id);
    }
  });
});
