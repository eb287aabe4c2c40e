/** Calendar arithmetic on dates held as yyyymmdd numbers (the form of CorpusIndex.briefDate). */

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` months later (earlier when negative), clamped to the length of that month. */
export function addMonths(date: number, months: number): number {
  const monthIndex = Math.floor(date / 10000) * 12 + (Math.floor(date / 100) % 100) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(date % 100, daysInMonth(year, month));
  return year * 10000 + month * 100 + day;
}

/** yyyymmdd of an ISO yyyy-mm-dd. */
export function isoToNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

/** ISO yyyy-mm-dd of a yyyymmdd. */
export function numberToIso(date: number): string {
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  return `${year}-${String(month).padStart(2, '0')}-${String(date % 100).padStart(2, '0')}`;
}

/** An inclusive span of days, as yyyymmdd. */
export interface DaySpan {
  from: number;
  to: number;
}

/** The calendar quarter holding `date`. */
export function quarterOf(date: number): DaySpan {
  const year = Math.floor(date / 10000);
  const firstMonth = Math.floor(((Math.floor(date / 100) % 100) - 1) / 3) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    from: year * 10000 + firstMonth * 100 + 1,
    to: year * 10000 + lastMonth * 100 + daysInMonth(year, lastMonth),
  };
}

/** The span of the same length in months that ends the day before `span` starts. */
export function spanBefore(span: DaySpan): DaySpan {
  const months =
    (Math.floor(span.to / 10000) - Math.floor(span.from / 10000)) * 12 +
    (Math.floor(span.to / 100) % 100) -
    (Math.floor(span.from / 100) % 100) +
    1;
  const from = addMonths(span.from, -months);
  return { from, to: dayBefore(span.from) };
}

function addDays(date: number, days: number): number {
  const day = new Date(Date.UTC(Math.floor(date / 10000), (Math.floor(date / 100) % 100) - 1, date % 100));
  day.setUTCDate(day.getUTCDate() + days);
  return day.getUTCFullYear() * 10000 + (day.getUTCMonth() + 1) * 100 + day.getUTCDate();
}

export function dayBefore(date: number): number {
  return addDays(date, -1);
}

export function dayAfter(date: number): number {
  return addDays(date, 1);
}

/** "2026-Q3" for a quarter's span. */
export function quarterLabel(span: DaySpan): string {
  return `${Math.floor(span.from / 10000)}-Q${Math.floor((Math.floor(span.from / 100) % 100) / 3) + 1}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyymmdd of a valid ISO yyyy-mm-dd, null for anything else. */
export function parseIsoDay(text: string): number | null {
  const match = ISO_DAY.exec(text.trim());
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return year * 10000 + month * 100 + day;
}

/** "2025-01-01..2025-12-31" (as written in the URL), null unless both days are valid and in order. */
export function parseDaySpan(text: string): DaySpan | null {
  const [from, to, ...rest] = text.split('..');
  if (from === undefined || to === undefined || rest.length > 0) return null;
  const span = { from: parseIsoDay(from), to: parseIsoDay(to) };
  return span.from === null || span.to === null || span.from > span.to
    ? null
    : { from: span.from, to: span.to };
}

export function formatDaySpan(span: DaySpan): string {
  return `${numberToIso(span.from)}..${numberToIso(span.to)}`;
}

/** The span of "2026-Q3", null for anything else. */
export function parseQuarter(text: string): DaySpan | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(text.trim());
  if (match === null) return null;
  return quarterOf(Number(match[1]) * 10000 + (Number(match[2]) * 3 - 2) * 100 + 1);
}
