import { fold, luceneEscape, toLuceneQuery } from './search-query';

describe('toLuceneQuery', () => {
  it('builds a phrase and an all-prefix query from folded words', () => {
    expect(toLuceneQuery('tho nhi ky')).toBe('"tho nhi ky"^4 OR (tho* AND nhi* AND ky*)');
  });
  it('adds a fuzzy clause when every word is long enough to tolerate a typo', () => {
    expect(toLuceneQuery('Erdogan')).toBe('"erdogan"^4 OR (erdogan*) OR (erdogan~1)^0.5');
  });
  it('drops Lucene syntax characters the user typed', () => {
    expect(toLuceneQuery('a:b OR (c*)')).toBe('"a b or c"^4 OR (a* AND b* AND or* AND c*)');
    expect(toLuceneQuery('"*?~')).toBeNull();
  });
  it('returns null for input without words', () => {
    expect(toLuceneQuery('   ')).toBeNull();
    expect(toLuceneQuery('!!!')).toBeNull();
  });
  it('folds Vietnamese diacritics and đ the way the index does', () => {
    expect(toLuceneQuery('Thổ Nhĩ Kỳ')).toBe('"tho nhi ky"^4 OR (tho* AND nhi* AND ky*)');
    expect(fold('Điện Kremlin')).toBe('dien kremlin');
  });
  it('keeps non-Latin scripts', () => {
    expect(toLuceneQuery('Путин')).toContain('путин*');
  });
  it('escapes every special character', () => {
    expect(luceneEscape('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
});
