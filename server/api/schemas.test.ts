import { CypherBody, jsonDepth } from './schemas';

describe('jsonDepth', () => {
  it('counts nesting without recursion', () => {
    expect(jsonDepth(1, 10)).toBe(0);
    expect(jsonDepth({ a: [1, { b: 2 }] }, 10)).toBe(3);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(jsonDepth(deep, 32)).toBe(33);
  });
  it('refuses Cypher params nested deeper than 32 levels', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(CypherBody.safeParse({ query: 'RETURN 1', params: { x: deep } }).success).toBe(false);
    expect(CypherBody.safeParse({ query: 'RETURN 1', params: { x: [[1]] } }).success).toBe(true);
  });
});
