// Sentence assembly with exact offsets: pieces are appended to one string and every mention's
// start/end is recorded as it is written, so offsets are right by construction (no searching).
export class TextBuilder {
  private parts: string[] = [];
  private len = 0;
  get length(): number { return this.len; }
  /** Appends text and returns its [start, end) in the whole text. */
  add(s: string): [number, number] {
    const start = this.len;
    this.parts.push(s);
    this.len += s.length;
    return [start, this.len];
  }
  toString(): string { return this.parts.join(''); }
}

export const FILLERS = [
  'Giới quan sát cho rằng diễn biến này sẽ còn được theo dõi chặt chẽ trong những ngày tới.',
  'Hai bên chưa công bố chi tiết về nội dung trao đổi.',
  'Thông tin được đưa ra trong bối cảnh căng thẳng khu vực gia tăng.',
  'Các nhà phân tích nhận định tình hình vẫn còn nhiều bất định.',
];

export const TAILS = ['', ' về tình hình khu vực', ' trong cuộc gặp hôm thứ Ba', ' theo nguồn tin ngoại giao', ' tại thủ đô', ' sau nhiều tuần thương lượng'];

export const SOURCES = ['VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'VietNamNet', 'Báo Quốc tế', 'TTXVN'];
