import type { Plain } from '../neo4j/values';
import { jsonBytes, jsonBytesBound } from './json-size';

const samples: [string, Plain][] = [
  ['null', null],
  ['booleans', [true, false]],
  ['numbers', [0, -1, 1.5, -1.2345678901234567e-308, Number.MAX_SAFE_INTEGER, 1e21]],
  ['ASCII', 'Putin called Aliyev'],
  ['Vietnamese', 'Thổ Nhĩ Kỳ ủng hộ Azerbaijan'],
  ['control characters', '\u0000\u0001\u001f\n\t"\\'],
  ['emoji and RTL', '🇦🇲 🇦🇿 مرحبا'],
  ['lone surrogate', '\ud800x'],
  ['empty containers', [[], {}, '']],
  ['a node cell', { elementId: '4:abc:1', labels: ['Entity', 'Country'], properties: { id: 'turkey', name: 'Turkey', nameVi: 'Thổ Nhĩ Kỳ', aliases: ['Türkiye', 'Thổ'], degree: 42 } }],
  ['keys needing escapes', { 'a"b': 1, 'ế\n': [null, { x: 'y' }] }],
];

describe('jsonBytesBound', () => {
  it.each(samples)('is never below the exact size: %s', (_name, v) => {
    expect(jsonBytesBound(v)).toBeGreaterThanOrEqual(jsonBytes(v));
  });

  it('is within a small factor for ordinary rows (it only decides when to count exactly)', () => {
    const row: Plain = samples.find(([n]) => n === 'a node cell')![1];
    expect(jsonBytesBound(row)).toBeLessThan(jsonBytes(row) * 8);
  });
});

describe('jsonBytes', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(jsonBytes('ế')).toBe(5); // two quotes and three bytes
    expect(jsonBytes(['🇦🇲'])).toBe(12);
  });
});
