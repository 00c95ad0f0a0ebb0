// Coverage beyond the two seed articles: sentences in the register of other Vietnamese outlets
// reporting the same war (written for this suite, not taken from the seeds). Each states what must
// be coded and, where a naive coder would go wrong, what must not.
import { join } from 'node:path';
import { extractRelations } from './extract';
import { loadLexicon } from './lexicon-load';

const lexicon = loadLexicon(join(process.cwd(), 'seeds', 'lexicon'));

interface Case {
  date: string;
  text: string;
  expect: string[];
  absent?: string[];
}

const CASES: Case[] = [
  { date: '2020-10-10', text: 'Ngày 10/10, Nga, Armenia và Azerbaijan đạt được thỏa thuận ngừng bắn nhân đạo sau 10 giờ đàm phán tại Moscow.',
    expect: ['russia AGREED_WITH armenia', 'russia AGREED_WITH azerbaijan', 'armenia AGREED_WITH azerbaijan'] },
  { date: '2020-10-10', text: 'Ngoại trưởng Nga Sergei Lavrov đã tiếp người đồng cấp Armenia Zohrab Mnatsakanyan tại Moscow.',
    expect: ['sergey-lavrov MET zohrab-mnatsakanyan', 'sergey-lavrov HOLDS_OFFICE russia', 'zohrab-mnatsakanyan HOLDS_OFFICE armenia'] },
  { date: '2020-10-11', text: 'Tổng thống Azerbaijan Ilham Aliyev cáo buộc Armenia tấn công tên lửa vào thành phố Ganja.',
    expect: ['ilham-aliyev ACCUSES armenia'] },
  { date: '2020-10-11', text: 'Bộ Quốc phòng Armenia cho biết lực lượng Azerbaijan đã pháo kích Stepanakert.',
    expect: ['azerbaijan FIGHTS nagorno-karabakh-republic'] },
  { date: '2020-10-02', text: 'Thổ Nhĩ Kỳ bác bỏ cáo buộc đưa lính đánh thuê từ Syria tới Azerbaijan.',
    expect: [], absent: ['turkey PROVIDES_MILITARY_AID azerbaijan', 'turkey PROVIDES_MILITARY_AID syria'] },
  { date: '2020-10-01', text: 'Tổng thống Pháp Emmanuel Macron cáo buộc Thổ Nhĩ Kỳ đưa các tay súng thánh chiến từ Syria đến Nagorno-Karabakh.',
    expect: ['emmanuel-macron ACCUSES turkey', 'emmanuel-macron HOLDS_OFFICE france'] },
  { date: '2020-11-11', text: 'Nga và Thổ Nhĩ Kỳ nhất trí thành lập trung tâm giám sát ngừng bắn chung tại Azerbaijan.',
    expect: ['russia AGREED_WITH turkey'], absent: ['russia AGREED_WITH azerbaijan'] },
  { date: '2020-09-29', text: 'Thủ tướng Armenia Nikol Pashinyan kêu gọi Nga hỗ trợ an ninh cho Armenia.',
    expect: ['nikol-pashinyan APPEALS_TO russia'], absent: ['russia SUPPORTS armenia'] },
  { date: '2020-10-03', text: 'Azerbaijan tuyên bố đã bắn hạ một máy bay Su-25 của Armenia.', expect: ['azerbaijan FIGHTS armenia'] },
  { date: '2020-09-29', text: 'Armenia cáo buộc Thổ Nhĩ Kỳ bắn hạ một máy bay chiến đấu Su-25 của nước này.',
    expect: ['armenia ACCUSES turkey', 'turkey FIGHTS armenia'] },
  { date: '2020-10-05', text: 'Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova cho biết Moscow sẵn sàng làm trung gian hòa giải.',
    expect: ['maria-zakharova HOLDS_OFFICE russia'] },
  { date: '2020-11-10', text: 'Ngày 9/11, Tổng thống Nga Vladimir Putin, Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan đã ký tuyên bố chung về việc chấm dứt hoàn toàn xung đột ở Nagorno-Karabakh.',
    expect: ['vladimir-putin AGREED_WITH ilham-aliyev', 'vladimir-putin AGREED_WITH nikol-pashinyan', 'ilham-aliyev AGREED_WITH nikol-pashinyan', 'nikol-pashinyan HOLDS_OFFICE armenia'] },
  { date: '2020-10-28', text: 'Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan tuyên bố Ankara sẽ đứng về phía Baku.', expect: ['turkey SUPPORTS azerbaijan'] },
  { date: '2020-10-02', text: 'Mỹ, Pháp và Nga ra tuyên bố chung kêu gọi Armenia và Azerbaijan ngừng bắn ngay lập tức.',
    expect: ['united-states APPEALS_TO armenia', 'france APPEALS_TO azerbaijan', 'russia APPEALS_TO armenia'] },
  { date: '2020-10-25', text: 'Ông Pompeo đã gặp riêng rẽ ngoại trưởng Armenia và ngoại trưởng Azerbaijan tại Washington hôm thứ Sáu.',
    expect: ['mike-pompeo MET zohrab-mnatsakanyan', 'mike-pompeo MET jeyhun-bayramov'] },
  { date: '2020-10-01', text: 'Thổ Nhĩ Kỳ là đồng minh thân cận của Azerbaijan.', expect: ['turkey ALLIED_WITH azerbaijan'] },
  { date: '2020-10-15', text: 'Theo hãng tin Reuters, Azerbaijan đã sử dụng máy bay không người lái Bayraktar TB2 do Thổ Nhĩ Kỳ cung cấp.',
    expect: ['turkey PROVIDES_MILITARY_AID azerbaijan'] },
  { date: '2020-10-15', text: 'Tổng thống Putin đã điện đàm với người đồng cấp Thổ Nhĩ Kỳ Recep Tayyip Erdogan về tình hình Nagorno-Karabakh. Hai bên đã thảo luận về khả năng hợp tác.',
    expect: ['vladimir-putin CALLED recep-tayyip-erdogan', 'vladimir-putin CONSULTED recep-tayyip-erdogan'], absent: ['vladimir-putin COOPERATES_WITH recep-tayyip-erdogan'] },
  { date: '2020-10-15', text: 'Ông Erdogan khẳng định Thổ Nhĩ Kỳ sẽ tiếp tục ủng hộ Azerbaijan.', expect: ['turkey SUPPORTS azerbaijan'] },
  { date: '2020-10-15', text: 'Azerbaijan tố Armenia tấn công khu dân cư.', expect: ['azerbaijan ACCUSES armenia'] },
  { date: '2020-10-15', text: 'Nga - Thổ Nhĩ Kỳ điện đàm về Nagorno-Karabakh.', expect: ['russia CALLED turkey'] },
  { date: '2020-10-15', text: 'Phái đoàn Armenia và Azerbaijan đã có cuộc gặp tại Geneva.', expect: ['armenia MET azerbaijan'] },
  { date: '2020-10-15', text: 'Ankara phủ nhận việc cung cấp chiến đấu cơ F-16 cho Baku.', expect: [], absent: ['turkey PROVIDES_MILITARY_AID azerbaijan'] },
  { date: '2020-10-15', text: 'Tổng thống Aliyev cảm ơn Tổng thống Thổ Nhĩ Kỳ Erdogan vì sự ủng hộ.', expect: ['ilham-aliyev PRAISES recep-tayyip-erdogan'] },
  { date: '2020-10-15', text: 'Tổng thống Iran Hassan Rouhani sẵn sàng làm trung gian hòa giải giữa Armenia và Azerbaijan.',
    expect: ['hassan-rouhani MEDIATES armenia', 'hassan-rouhani MEDIATES azerbaijan', 'hassan-rouhani HOLDS_OFFICE iran'] },
  { date: '2020-10-15', text: 'Điện Kremlin cho biết Nga sẽ thực hiện mọi nghĩa vụ đối với Armenia nếu giao tranh lan sang lãnh thổ Armenia.',
    expect: ['russia ALLIED_WITH armenia'] },
  { date: '2020-10-15', text: 'Armenia triệu hồi đại sứ tại Israel để phản đối việc Israel bán vũ khí cho Azerbaijan.',
    expect: ['armenia REDUCES_RELATIONS israel', 'israel PROVIDES_MILITARY_AID azerbaijan'] },
  { date: '2020-10-15', text: 'Ông Lavrov và ông Cavusoglu đã thảo luận qua điện thoại về tình hình ở Nagorno-Karabakh.',
    expect: ['sergey-lavrov CALLED mevlut-cavusoglu'] },
  { date: '2020-10-15', text: 'Tổng thống Mỹ Donald Trump cho biết Washington đang hợp tác chặt chẽ với Armenia.',
    expect: ['united-states COOPERATES_WITH armenia', 'donald-trump HOLDS_OFFICE united-states'] },
  { date: '2020-10-15', text: 'Nagorno-Karabakh là vùng lãnh thổ thuộc Azerbaijan nhưng do người gốc Armenia kiểm soát.',
    expect: ['nagorno-karabakh LOCATED_IN azerbaijan'] },
  { date: '2020-10-15', text: 'Armenia và Azerbaijan cáo buộc lẫn nhau vi phạm thỏa thuận ngừng bắn.',
    expect: ['armenia ACCUSES azerbaijan', 'azerbaijan ACCUSES armenia'] },
  { date: '2020-10-15', text: 'Liên minh châu Âu kêu gọi các bên chấm dứt giao tranh.', expect: [] },
  { date: '2020-10-15', text: 'Nhóm Minsk của OSCE lên án các cuộc tấn công nhằm vào dân thường.', expect: [] },
];

describe('generalisation beyond the seed articles', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const got = extractRelations(c.text, { articleDate: c.date, lexicon }).map((r) => `${r.subject.id} ${r.type} ${r.object.id}`);
    for (const e of c.expect) expect(got).toContain(e);
    for (const a of c.absent ?? []) expect(got).not.toContain(a);
    if (c.expect.length === 0 && !c.absent) expect(got).toEqual([]);
  });
});
