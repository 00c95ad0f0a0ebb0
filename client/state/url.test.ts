import { decodeView, encodeView, EMPTY_VIEW, type ViewState } from './url';

describe('URL view state', () => {
  const view: ViewState = {
    seeds: ['vladimir-putin', 'turkey'],
    expanded: ['ilham-aliyev'],
    filters: { relTypes: ['CALLED', 'PRAISES'], entityTypes: ['Person', 'Country'], polarity: 'cooperation', from: '2020-10-01', to: '2020-10-07' },
    sizeBy: 'pagerank',
    alliances: true,
    positions: { 'vladimir-putin': [0, 0], 'ilham-aliyev': [12.345, -6.789], 'n:4:abc:5': [1e-3, 100] },
    camera: { x: 0.5, y: 0.4321, ratio: 1.25 },
    selected: 'e:r014',
  };

  it('round-trips (positions to two decimals)', () => {
    const s = encodeView(view);
    const back = decodeView(`#${s}`)!;
    expect(back.seeds).toEqual(view.seeds);
    expect(back.expanded).toEqual(view.expanded);
    expect(back.filters).toEqual(view.filters);
    expect(back.sizeBy).toBe('pagerank');
    expect(back.alliances).toBe(true);
    expect(back.camera).toEqual(view.camera);
    expect(back.selected).toBe('e:r014');
    expect(Object.keys(back.positions)).toEqual(Object.keys(view.positions));
    for (const [id, [x, y]] of Object.entries(view.positions)) {
      expect(back.positions[id]![0]).toBeCloseTo(x, 2);
      expect(back.positions[id]![1]).toBeCloseTo(y, 2);
    }
  });

  it('is compact and readable', () => {
    const s = encodeView(view);
    expect(s).toContain('seeds=vladimir-putin,turkey');
    expect(s).toContain('ilham-aliyev~12.35~-6.79');
  });

  it('keeps Vietnamese ids intact', () => {
    const s = encodeView({ ...EMPTY_VIEW, seeds: ['thổ-nhĩ-kỳ'], positions: { 'thổ-nhĩ-kỳ': [1, 2] } });
    expect(decodeView(s)!.seeds).toEqual(['thổ-nhĩ-kỳ']);
  });

  it('defaults stay out of the URL and come back as defaults', () => {
    const s = encodeView({ ...EMPTY_VIEW, seeds: ['russia'] });
    expect(s).toBe('seeds=russia');
    expect(decodeView(s)).toEqual({ ...EMPTY_VIEW, seeds: ['russia'] });
  });

  it('an empty relation-type list (everything unticked) survives', () => {
    const s = encodeView({ ...EMPTY_VIEW, seeds: ['russia'], filters: { ...EMPTY_VIEW.filters, relTypes: [] } });
    expect(decodeView(s)!.filters.relTypes).toEqual([]);
  });

  it('ignores garbage', () => {
    expect(decodeView('')).toBeNull();
    expect(decodeView('#foo=bar')).toBeNull();
    const v = decodeView('#seeds=a&pos=a~x~1,b~2~3,~1~1&from=yesterday&pol=evil&cam=1,2')!;
    expect(v.positions).toEqual({ b: [2, 3] });
    expect(v.filters.from).toBeNull();
    expect(v.filters.polarity).toBe('all');
    expect(v.camera).toBeNull();
  });
});
