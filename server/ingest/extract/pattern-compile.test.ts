import { compilePattern } from './pattern-compile';
import { PatternEntry } from './lexicon-schema';

const entry = (pattern: string, extra: Record<string, unknown> = {}) => PatternEntry.parse({ id: 'p', description: 'd', pattern, ...extra });

describe('compilePattern', () => {
  it('reads slots, literals, lists, gaps and optional elements', () => {
    const p = compilePattern(entry('{S:Person|Country} ~6 {T} ~3* đối_với|với cuộc? @gov {O}'), new Set(['gov']));
    expect(p.elements.map((e) => e.k)).toEqual(['slot', 'gap', 'trigger', 'gap', 'lit', 'lit', 'list', 'slot']);
    expect(p.anchor).toBe(2);
    expect(p.left.map((e) => e.k)).toEqual(['gap', 'slot']);
    expect(p.elements[4]).toEqual({ k: 'lit', alts: [['đối', 'với'], ['với']], optional: false });
    expect(p.elements[5]).toMatchObject({ k: 'lit', optional: true });
    expect(p.elements[3]).toEqual({ k: 'gap', max: 3, crossMentions: true, crossTriggers: true });
    expect(compilePattern(entry('{S} ~4- {T} {O}'), new Set()).elements[1]).toEqual({ k: 'gap', max: 4, crossMentions: false, crossTriggers: false });
    expect(p.required).toEqual([new Set(['đối', 'với'])]);
  });

  it('rejects malformed patterns with the pattern id in the message', () => {
    expect(() => compilePattern(entry('{S} {T} {T} {O}'), new Set())).toThrow(/pattern p: at most one/);
    expect(() => compilePattern(entry('{S} {T}'), new Set())).toThrow(/needs \{S\} and \{O\}/);
    expect(() => compilePattern(entry('{S} {T:NOPE} {O}'), new Set())).toThrow(/unknown relation type/);
    expect(() => compilePattern(entry('{S} @nolist {T} {O}'), new Set())).toThrow(/unknown list/);
    expect(() => compilePattern(entry('{S} ( {O} )'), new Set())).toThrow(/must say what it emits/);
    expect(() => compilePattern(entry('{S} {T}', { phase: 'mention' }), new Set())).toThrow(/must say which slot/);
  });
});
