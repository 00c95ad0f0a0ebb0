import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractRelations } from './extract';
import { loadLexicon } from './lexicon-load';
import { ExtractedRelation } from './types';

const lexicon = loadLexicon(join(process.cwd(), 'seeds', 'lexicon'));
const run = (text: string, date = '2020-10-15') => extractRelations(text, { articleDate: date, lexicon });
const triples = (text: string, date?: string) => run(text, date).map((r) => `${r.subject.id} ${r.type} ${r.object.id}`);
const seed = (file: string) => readFileSync(join(process.cwd(), 'seeds', 'articles', file), 'utf8');

describe('extractRelations', () => {
  it('returns schema-valid relations whose offsets slice the original text', () => {
    const text = seed('article-2020-10-08-putin-ra-don-truoc.txt');
    const rels = run(text, '2020-10-08');
    expect(rels.length).toBeGreaterThan(10);
    for (const r of rels) {
      expect(ExtractedRelation.safeParse(r).success).toBe(true);
      expect(text.slice(r.sentence.start, r.sentence.end)).toBe(r.sentence.text);
      for (const s of [r.subjectMention, r.objectMention, r.trigger]) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(r.sentence.start);
        expect(s.end).toBeLessThanOrEqual(r.sentence.end);
      }
    }
  });

  it('reads decomposed (NFD) text and either tone convention, with offsets into the input as given', () => {
    const text = 'Nga và Pháp làm trung gian hoà giải cuộc xung đột ở Nagorno-Karabakh.'.normalize('NFD');
    const rels = run(text);
    expect(rels.map((r) => `${r.subject.id} ${r.type} ${r.object.id}`).sort()).toEqual(['france MEDIATES nagorno-karabakh', 'russia MEDIATES nagorno-karabakh']);
    for (const r of rels) expect(text.slice(r.trigger.start, r.trigger.end)).toBe(r.trigger.text);
  });

  it('codes apposition as HOLDS_OFFICE with the role', () => {
    const [office] = run('Ngoại trưởng Nga Sergey Lavrov đã điện đàm với Ngoại trưởng Mỹ Mike Pompeo.').filter((r) => r.subject.id === 'sergey-lavrov' && r.type === 'HOLDS_OFFICE');
    expect(office).toMatchObject({ object: { id: 'russia' }, role: 'Foreign Minister', cameo: null });
    expect(triples('Ngoại trưởng Nga Sergey Lavrov đã điện đàm với Ngoại trưởng Mỹ Mike Pompeo.')).toContain('sergey-lavrov CALLED mike-pompeo');
  });

  it('resolves an unnamed office holder by the article date', () => {
    expect(triples('Thủ tướng Armenia sẽ thăm Paris.', '2020-10-15')).toContain('nikol-pashinyan VISITED paris');
    expect(triples('Ngoại trưởng Armenia sẽ thăm Paris.', '2021-09-01')).toContain('ararat-mirzoyan VISITED paris');
  });

  it('treats a capital as its state, except as the place visited', () => {
    expect(triples('Moscow lên án Ankara.')).toEqual(['russia CRITICIZES turkey']);
    expect(triples('Ông Lavrov sẽ thăm Ankara.')).toEqual(['sergey-lavrov VISITED ankara']);
  });

  it('distributes coordinations', () => {
    expect(triples('Nga, Pháp và Mỹ kêu gọi Armenia.').sort()).toEqual(['france APPEALS_TO armenia', 'russia APPEALS_TO armenia', 'united-states APPEALS_TO armenia']);
  });

  it('drops negated and recommended relations, and marks planned, hypothetical and attributed ones', () => {
    expect(triples('Azerbaijan không phải là thành viên của CSTO.')).toEqual([]);
    expect(triples('Nga không công khai ủng hộ Armenia.')).toEqual([]);
    expect(triples('Armenia và Azerbaijan nên khởi động lại các cuộc đàm phán.')).toEqual([]);
    const [planned] = run('Ông Lavrov sẽ gặp ông Cavusoglu vào thứ Hai.', '2020-10-08');
    expect(planned).toMatchObject({ type: 'MET', modality: 'planned', date: '2020-10-12' });
    const [attributed] = run('Theo Bộ Quốc phòng Armenia, Thổ Nhĩ Kỳ cung cấp vũ khí cho Azerbaijan.');
    expect(attributed).toMatchObject({ type: 'PROVIDES_MILITARY_AID', modality: 'attributed', attribution: 'armenia' });
    const [reported] = run('Hãng TASS đưa tin Nga đã điện đàm với Thổ Nhĩ Kỳ.');
    expect(reported).toMatchObject({ modality: 'attributed', attribution: 'TASS' });
    const [hypo] = run('Liệu Nga có ủng hộ Armenia hay không.');
    expect(hypo).toMatchObject({ type: 'SUPPORTS', modality: 'hypothetical' });
  });

  it('does not attribute a party’s own announcement to it', () => {
    const [own] = run('Chính phủ Azerbaijan cho biết Ngoại trưởng Jeyhun Bayramov sẽ thăm Geneva.').filter((r) => r.type === 'VISITED');
    expect(own).toMatchObject({ modality: 'planned', attribution: null });
  });

  it('resolves anaphora to the last fitting mention and flags it inferred', () => {
    const rels = run('Tổng thống Azerbaijan Ilham Aliyev thừa nhận sự hỗ trợ của Thổ Nhĩ Kỳ đối với nước này.');
    const support = rels.find((r) => r.type === 'SUPPORTS')!;
    expect(support).toMatchObject({ subject: { id: 'turkey' }, object: { id: 'azerbaijan' }, inferred: true });
    expect(support.objectMention.text).toBe('nước này');
    expect(triples('Ông Putin nói chuyện với báo chí. Sau đó ông điện đàm với Tổng thống Erdogan.')).toContain('vladimir-putin CALLED recep-tayyip-erdogan');
  });

  it('deduplicates per article', () => {
    const rels = run('Nga điện đàm với Mỹ. Mỹ điện đàm với Nga. Nga điện đàm với Mỹ.');
    expect(rels).toHaveLength(1);
  });

  it('rejects an impossible article date', () => {
    expect(() => run('Nga.', '2020-02-30')).toThrow(/articleDate/);
  });
});
