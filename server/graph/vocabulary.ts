// The relation vocabulary: one entry per Neo4j relationship type. CAMEO codes and default
// Goldstein-style scores (−10 conflict … +10 cooperation) follow the CAMEO 1.1b3 codebook and the
// Goldstein (1992) scale; cue words are the typical Vietnamese triggers (the extractor's lexicon has more).
import { z } from 'zod';

export const RELATION_TYPES = [
  'MEMBER_OF', 'CO_CHAIRS', 'HOLDS_OFFICE', 'LOCATED_IN', 'ALLIED_WITH',
  'CONSULTED', 'CALLED', 'VISITED', 'MET', 'COOPERATES_WITH', 'SUPPORTS', 'PRAISES',
  'PROVIDES_MILITARY_AID', 'MEDIATES', 'APPEALS_TO', 'AGREED_WITH', 'ACCUSES', 'CRITICIZES',
  'THREATENS', 'REDUCES_RELATIONS', 'FIGHTS',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Place'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export type RelationKind = 'static' | 'event';
export type Polarity = 'cooperation' | 'conflict' | 'neutral';

export interface RelationSpec {
  type: RelationType;
  kind: RelationKind;
  /** CAMEO codes; the first is the default stored on the relationship. Static ties have none. */
  cameo: string[];
  /** Default score on the Goldstein scale (−10..+10). */
  score: number;
  symmetric: boolean;
  /** Typical Vietnamese cue words. */
  cues: string[];
  description: string;
}

export const VOCABULARY: Record<RelationType, RelationSpec> = {
  MEMBER_OF: { type: 'MEMBER_OF', kind: 'static', cameo: [], score: 3, symmetric: false, cues: ['thành viên', 'thuộc', 'gia nhập'], description: 'X is a member of organisation Y' },
  CO_CHAIRS: { type: 'CO_CHAIRS', kind: 'static', cameo: [], score: 3, symmetric: false, cues: ['đồng chủ tịch'], description: 'X co-chairs body Y' },
  HOLDS_OFFICE: { type: 'HOLDS_OFFICE', kind: 'static', cameo: [], score: 0, symmetric: false, cues: ['Tổng thống', 'Thủ tướng', 'Ngoại trưởng', 'Bộ trưởng Ngoại giao'], description: 'Person X holds an office (role property) for Y' },
  LOCATED_IN: { type: 'LOCATED_IN', kind: 'static', cameo: [], score: 0, symmetric: false, cues: ['thuộc', 'nằm trong', 'ở'], description: 'Place X lies in Y' },
  ALLIED_WITH: { type: 'ALLIED_WITH', kind: 'static', cameo: [], score: 5, symmetric: true, cues: ['đồng minh', 'liên minh'], description: 'X and Y are allies' },
  CONSULTED: { type: 'CONSULTED', kind: 'event', cameo: ['040'], score: 1, symmetric: true, cues: ['thảo luận', 'trao đổi', 'tham vấn', 'bàn'], description: 'X and Y talked, mode not stated' },
  CALLED: { type: 'CALLED', kind: 'event', cameo: ['041'], score: 1, symmetric: true, cues: ['điện đàm', 'gọi điện', 'cuộc gọi'], description: 'X and Y talked by phone' },
  VISITED: { type: 'VISITED', kind: 'event', cameo: ['042'], score: 1.9, symmetric: false, cues: ['thăm', 'đến', 'tới'], description: 'X visited Y' },
  MET: { type: 'MET', kind: 'event', cameo: ['043', '044'], score: 2.8, symmetric: true, cues: ['gặp', 'hội đàm', 'tiếp', 'hội kiến', 'cuộc gặp'], description: 'X and Y met in person' },
  COOPERATES_WITH: { type: 'COOPERATES_WITH', kind: 'event', cameo: ['03', '05', '06'], score: 4, symmetric: true, cues: ['hợp tác', 'phối hợp', 'cùng'], description: 'X and Y cooperate' },
  SUPPORTS: { type: 'SUPPORTS', kind: 'event', cameo: ['051', '053'], score: 3.4, symmetric: false, cues: ['ủng hộ', 'hậu thuẫn', 'chống lưng', 'hỗ trợ'], description: 'X supports Y' },
  PRAISES: { type: 'PRAISES', kind: 'event', cameo: ['051'], score: 3.4, symmetric: false, cues: ['khen ngợi', 'ca ngợi', 'chúc mừng', 'cảm ơn', 'đánh giá cao'], description: 'X praises or congratulates Y' },
  PROVIDES_MILITARY_AID: { type: 'PROVIDES_MILITARY_AID', kind: 'event', cameo: ['062', '072'], score: 8.3, symmetric: false, cues: ['cung cấp vũ khí', 'bán vũ khí', 'viện trợ quân sự', 'lính đánh thuê'], description: 'X provides military aid, arms or fighters to Y' },
  MEDIATES: { type: 'MEDIATES', kind: 'event', cameo: ['045'], score: 5, symmetric: false, cues: ['trung gian', 'hòa giải', 'làm trung gian'], description: 'X mediates in (or between parties of) Y' },
  APPEALS_TO: { type: 'APPEALS_TO', kind: 'event', cameo: ['02'], score: 3, symmetric: false, cues: ['kêu gọi', 'đề nghị', 'yêu cầu', 'thúc giục'], description: 'X appeals to Y' },
  AGREED_WITH: { type: 'AGREED_WITH', kind: 'event', cameo: ['057', '0871'], score: 8, symmetric: true, cues: ['nhất trí', 'thỏa thuận', 'ngừng bắn', 'đồng ý', 'ký'], description: 'X and Y reached an agreement (incl. a ceasefire)' },
  ACCUSES: { type: 'ACCUSES', kind: 'event', cameo: ['112'], score: -2, symmetric: false, cues: ['cáo buộc', 'đổ lỗi', 'tố'], description: 'X accuses Y' },
  CRITICIZES: { type: 'CRITICIZES', kind: 'event', cameo: ['111'], score: -2, symmetric: false, cues: ['chỉ trích', 'lên án', 'phản đối', 'phê phán'], description: 'X criticises or denounces Y' },
  THREATENS: { type: 'THREATENS', kind: 'event', cameo: ['13'], score: -6, symmetric: false, cues: ['đe dọa', 'cảnh báo'], description: 'X threatens Y' },
  REDUCES_RELATIONS: { type: 'REDUCES_RELATIONS', kind: 'event', cameo: ['16'], score: -4, symmetric: false, cues: ['triệu hồi đại sứ', 'cắt đứt quan hệ', 'trục xuất'], description: 'X reduces relations with Y' },
  FIGHTS: { type: 'FIGHTS', kind: 'event', cameo: ['19'], score: -10, symmetric: true, cues: ['giao tranh', 'tấn công', 'pháo kích', 'nổ súng', 'bắn hạ', 'xung đột'], description: 'X and Y fight' },
};

export function polarityOf(score: number): Polarity {
  if (score > 0) return 'cooperation';
  if (score < 0) return 'conflict';
  return 'neutral';
}

export function isSymmetric(type: RelationType): boolean {
  return VOCABULARY[type].symmetric;
}
