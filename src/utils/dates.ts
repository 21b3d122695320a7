/**
 * Date helpers for display and grouping. Records carry dates as YYYY-MM-DD
 * strings; we never go through `Date` for display so no time zone can shift a day.
 */

/** Each date as formatDate writes it, once per build: lists print the same few hundred days on page after page. */
const formatted = new Map<string, string>();

/** "2025-05-09" → "2025年5月9日"; partial dates ("2025-05", "2025") read the same way. */
export function formatDate(date: string): string {
  let out = formatted.get(date);
  if (out === undefined) {
    const [y, m, d] = date.split('-');
    out = `${y}年`;
    if (m) out += `${Number(m)}月`;
    if (d) out += `${Number(d)}日`;
    formatted.set(date, out);
  }
  return out;
}

/** "2025-05" → "2025年5月". */
export const formatMonth = (month: string): string => formatDate(month);

/** "2025-05-09" → "2025-05"; null stays null. */
export function monthOf(date: string | null): string | null {
  return date ? date.slice(0, 7) : null;
}

/** Every month from `first` to `last` inclusive ("YYYY-MM"), so charts show quiet months as zero. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** A YYYY-MM-DD date as whole days since 1970-01-01: the days between two dates is the difference. */
export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** RFC-822-safe Date for feeds: noon UTC+8 on the given day, so the calendar day survives any reader's zone shift of ±11h. */
export function feedDate(date: string): Date {
  return new Date(`${date}T12:00:00+08:00`);
}
