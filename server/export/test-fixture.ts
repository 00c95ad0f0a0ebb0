// A small graph with everything the writers must survive, shared by the export tests:
// Vietnamese diacritics, markup and script in names, quotes/backslashes/backticks, line breaks,
// a control character, an empty string, an undirected edge, parallel edges, a self-loop, arrays
// (one with a comma inside an item, one empty), null, numbers (negative, fractional), booleans,
// text that a spreadsheet would run as a formula, and literal `\uXXXX` text aimed at Neo4j.
import type { GraphJSON } from '../graph/graph-json';

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const TRICKY_NAME = 'O\'Brien "the \\ backslash" `tick` ; DETACH DELETE n //';
export const MULTILINE = 'line 1\nline 2\r\n\tindented & <b>bold</b>';
export const FORMULA = '=cmd|\' /C calc\'!A0';
/** Neo4j decodes \uXXXX before parsing Cypher: literal escapes in user text must stay literal. */
export const UNICODE_BAIT = '\\u0027) DETACH DELETE n // \\u000A \\\\u0060';
/** A property name that would forge a backtick if `\u0060` were decoded inside backticks. */
export const BAIT_PROPERTY = 'p\\u0060:Injected:`x';

export function exportFixture(): GraphJSON {
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    attributes: { query: 'MATCH (n) RETURN n' },
    nodes: [
      {
        key: 'tur',
        attributes: {
          labels: ['Entity', 'Country'], entityType: 'Country', name: 'Turkey', nameVi: 'Thổ Nhĩ Kỳ',
          aliases: ['Türkiye', 'Thổ, Nhĩ Kỳ', 'say "hi"'], population: 84_000_000, gdpGrowth: 5.5, nato: true, motto: '',
        },
      },
      {
        key: '4:c0ffee:17',
        attributes: {
          labels: ['Entity', 'Person'], entityType: 'Person', name: XSS_NAME, nameVi: TRICKY_NAME,
          aliases: [], note: null, nato: false, bio: MULTILINE,
        },
      },
      {
        key: 'cmd',
        attributes: {
          labels: ['Entity', 'Organization'], entityType: 'Organization', name: FORMULA, nameVi: '@SUM(A1)',
          aliases: ['+1', '-1'], note: 'control\u0001char', bait: UNICODE_BAIT, [BAIT_PROPERTY]: 'bait',
        },
      },
      {
        key: 'key with spaces & <odd>_x',
        attributes: { labels: ['Odd`Label'], entityType: 'Odd`Label', name: 'Odd key', 'odd prop`name': 'v' },
      },
    ],
    edges: [
      {
        key: 'e-called', source: 'tur', target: '4:c0ffee:17', undirected: true,
        attributes: {
          relType: 'CALLED', cameo: '041', score: 1, date: '2020-10-21', modality: 'asserted',
          attribution: null, role: null, symmetric: true, sentenceIds: ['s1', 's2'],
        },
      },
      {
        key: 'e-met-1', source: 'tur', target: 'cmd',
        attributes: { relType: 'MET', cameo: '043', score: 2.8, date: '2020-10-08', modality: 'asserted', symmetric: true, sentenceIds: ['s3'] },
      },
      {
        key: 'e-met-2', source: 'tur', target: 'cmd',
        attributes: { relType: 'MET', cameo: '044', score: 2.8, date: '2020-10-09', modality: 'planned', symmetric: true, sentenceIds: [] },
      },
      {
        key: 'e-accuses', source: 'cmd', target: 'tur',
        attributes: { relType: 'ACCUSES', cameo: '112', score: -2, date: null, attribution: TRICKY_NAME, role: FORMULA, symmetric: false },
      },
      {
        key: 'e-self', source: 'key with spaces & <odd>_x', target: 'key with spaces & <odd>_x',
        attributes: { relType: 'WEIRD`TYPE', weight: 0.25, flags: [1, 2.5], nested: { a: [1, 'b'] } },
      },
    ],
  };
}
