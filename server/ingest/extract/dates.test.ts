import { findDates, nearestDate } from './dates';

const iso = (text: string, date: string) => findDates(text, date).map((d) => d.iso);

describe('findDates', () => {
  it('resolves day/month against the article date', () => {
    expect(iso('cuộc điện đàm hôm 7/10', '2020-10-08')).toEqual(['2020-10-07']);
    expect(iso('vào ngày 23/10 tới', '2020-10-21')).toEqual(['2020-10-23']);
    expect(iso('hôm 5-10', '2020-10-08')).toEqual(['2020-10-05']);
    expect(iso('ngày 29/12', '2021-01-03')).toEqual(['2020-12-29']);
    expect(iso('ngày 7 tháng 10 năm 2020', '2021-05-01')).toEqual(['2020-10-07']);
  });

  it('reads weekdays forwards in future context and backwards otherwise', () => {
    // 2020-10-08 is a Thursday.
    expect(iso('ông sẽ thăm Moscow vào thứ Hai', '2020-10-08')).toEqual(['2020-10-12']);
    expect(iso('sẽ thăm Geneva vào thứ Năm', '2020-10-08')).toEqual(['2020-10-08']);
    expect(iso('hai bên gặp nhau hôm thứ Hai', '2020-10-08')).toEqual(['2020-10-05']);
    expect(iso('lần thứ hai', '2020-10-08')).toEqual([]);
  });

  it('resolves hôm nay / hôm qua', () => {
    expect(iso('hôm qua', '2020-10-08')).toEqual(['2020-10-07']);
    expect(iso('ngày hôm nay 8/10', '2020-10-08')).toEqual(['2020-10-08', '2020-10-08']);
  });

  it('ignores month/year, numbers, ranges and weapon names', () => {
    expect(iso('từ tháng 2/1988 đến tháng 5/1994', '2020-10-08')).toEqual([]);
    expect(iso('khoảng 30.000 người', '2020-10-08')).toEqual([]);
    expect(iso('tổ hợp R-17 và F-16', '2020-10-08')).toEqual([]);
    expect(iso('tỷ số 2-3', '2020-10-08')).toEqual([]);
    expect(iso('ngày 31/9', '2020-10-08')).toEqual([]);
  });

  it('offsets point at the expression', () => {
    const text = 'gặp nhau hôm 7/10 tại Moscow';
    const [d] = findDates(text, '2020-10-08');
    expect(text.slice(d!.start, d!.end)).toBe('7/10');
    expect(nearestDate(findDates(text, '2020-10-08'), 0, 3)?.iso).toBe('2020-10-07');
  });
});

describe('weekday forms', () => {
  it('reads digit weekdays only after a day word, and capitalised Thứ / Chủ nhật', () => {
    expect(findDates('hôm thứ 2 tuần này', '2020-10-08').map((d) => d.iso)).toEqual(['2020-10-05']);
    expect(findDates('lần thứ 2', '2020-10-08')).toEqual([]);
    expect(findDates('Thứ Hai tới ông sẽ đến', '2020-10-08').map((d) => d.iso)).toEqual(['2020-10-12']);
    expect(findDates('hôm Chủ nhật', '2020-10-08').map((d) => d.iso)).toEqual(['2020-10-04']);
  });
});
