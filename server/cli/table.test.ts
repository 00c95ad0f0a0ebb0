import { cellText, formatTable } from './table';

describe('formatTable', () => {
  it('pads columns to the widest cell', () => {
    expect(formatTable(['q.name'], [['Ilham Aliyev'], ['Nga']])).toBe([
      '+--------------+',
      '| q.name       |',
      '+--------------+',
      '| Ilham Aliyev |',
      '| Nga          |',
      '+--------------+',
    ].join('\n'));
  });
  it('shows non-strings as JSON and cuts long cells', () => {
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText(null)).toBe('null');
    expect(cellText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(cellText('a\nb')).toBe('a b');
  });
});
