// Date expressions in a sentence, resolved against the article date: "hôm 7/10", "ngày 23/10 tới",
// "5-10", "7/10/2020", "ngày 7 tháng 10", "thứ Hai" (the coming one in future context, else the
// last one), "hôm nay", "hôm qua". Month/year ("tháng 2/1988") is not a day and is ignored.

export interface DateMention {
  start: number;
  end: number;
  iso: string;
}

const DAY_MS = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parseIso(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

function addDays(s: string, n: number): string {
  return iso(new Date(parseIso(s).getTime() + n * DAY_MS));
}

/** The year that puts day/month closest to the article date (news rarely reaches beyond ±6 months). */
function closestYear(day: number, month: number, articleDate: string): string | null {
  const base = parseIso(articleDate);
  let best: Date | null = null;
  for (const y of [base.getUTCFullYear() - 1, base.getUTCFullYear(), base.getUTCFullYear() + 1]) {
    const d = new Date(Date.UTC(y, month - 1, day));
    if (d.getUTCMonth() !== month - 1) return null; // 31/9 and the like
    if (!best || Math.abs(d.getTime() - base.getTime()) < Math.abs(best.getTime() - base.getTime())) best = d;
  }
  return best ? iso(best) : null;
}

function exact(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? iso(d) : null;
}

const WEEKDAYS: Record<string, number> = {
  'hai': 1, '2': 1, 'ba': 2, '3': 2, 'tư': 3, '4': 3, 'năm': 4, '5': 4, 'sáu': 5, '6': 5, 'bảy': 6, '7': 6,
};

// d/m[/yyyy], d-m, d.m — not preceded by "tháng" (month/year) nor glued to letters (R-17, F-16).
const NUMERIC = /(?<![\p{L}\p{N}\-/.])(\d{1,2})\s?([/.\-])\s?(\d{1,2})(?:\2(\d{4}))?(?![\p{N}]|[/.\-]\d)/gu;
const SPELLED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
// A capitalised day name ("thứ Hai"; lower-case "thứ hai" is "second"), or a digit after a day word.
const WEEKDAY = /(?<![\p{L}])(?:[Tt]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)|(?<=(?:vào|hôm|ngày|sáng|chiều|tối|trưa)\s)thứ\s+([2-7])|(Chủ\s+[Nn]hật))(?![\p{L}\p{N}])/gu;
const RELATIVE = /(hôm nay|hôm qua|hôm kia|ngày mai|ngày kia)(?![\p{L}])/giu;
const FUTURE_HINT = /(?<![\p{L}])(sẽ|tới|sắp|dự kiến)(?![\p{L}])/u;

/** All date mentions in `text` (offsets relative to `text`), resolved against `articleDate`. */
export function findDates(text: string, articleDate: string): DateMention[] {
  const out: DateMention[] = [];
  const nfc = text; // callers pass original text; all patterns below are NFC, like the seed texts
  // Cheap guards first: most sentences have no digit and no day word, and the regexes are not cheap.
  const digits = /\d/.test(nfc);
  const weekday = nfc.includes('hứ') || nfc.includes('Chủ');
  const relative = nfc.includes('hôm') || nfc.includes('ngày') || nfc.includes('Hôm') || nfc.includes('Ngày');
  if (!digits && !weekday && !relative) return out;
  const future = FUTURE_HINT.test(nfc);
  for (const m of digits ? nfc.matchAll(NUMERIC) : []) {
    const before = nfc.slice(Math.max(0, m.index - 7), m.index).toLowerCase();
    if (/tháng\s*$/u.test(before) || /năm\s*$/u.test(before)) continue;
    if (m[2] === '.' && !m[4] && !/(ngày|hôm|sáng|chiều|tối|trưa|đêm)\s*$/u.test(before)) continue; // 5.000 is a number
    const day = Number(m[1]);
    const month = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (m[2] === '-' && !/(ngày|hôm|sáng|chiều|tối|trưa|đêm)\s*$/u.test(before)) continue; // 2-3 is usually a range or score
    const d = m[4] ? exact(day, month, Number(m[4])) : closestYear(day, month, articleDate);
    if (d) out.push({ start: m.index, end: m.index + m[0].length, iso: d });
  }
  for (const m of digits ? nfc.matchAll(SPELLED) : []) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const d = m[3] ? exact(day, month, Number(m[3])) : (month >= 1 && month <= 12 ? closestYear(day, month, articleDate) : null);
    if (d) out.push({ start: m.index, end: m.index + m[0].length, iso: d });
  }
  for (const m of weekday ? nfc.matchAll(WEEKDAY) : []) {
    const target = m[3] ? 0 : WEEKDAYS[(m[1] ?? m[2])!.toLowerCase()];
    if (target === undefined) continue;
    const dow = parseIso(articleDate).getUTCDay();
    // Future context: the next such day (today counts); otherwise the most recent one (today counts).
    const delta = future ? (target - dow + 7) % 7 : -((dow - target + 7) % 7);
    out.push({ start: m.index, end: m.index + m[0].length, iso: addDays(articleDate, delta) });
  }
  for (const m of relative ? nfc.matchAll(RELATIVE) : []) {
    const w = m[1]!.toLowerCase();
    const n = w === 'hôm nay' ? 0 : w === 'hôm qua' ? -1 : w === 'hôm kia' ? -2 : w === 'ngày mai' ? 1 : 2;
    // "hôm nay 8/10": the explicit date that follows is the same day; keep both, the nearest wins.
    out.push({ start: m.index, end: m.index + m[0].length, iso: addDays(articleDate, n) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date mention nearest to [start, end) (relative offsets), or null. */
export function nearestDate(dates: DateMention[], start: number, end: number): DateMention | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const dist = d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0;
    if (dist < bestDist) { best = d; bestDist = dist; }
  }
  return best;
}
