/** Dates shown to readers, in their language. Content dates are calendar dates in UTC. */

export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A date as precise as its source: "2025", "april 2025" or "17 december 2025". */
export function formatPartialDate(value: string, lang: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  if (!day) return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return formatDate(date, lang);
}

/** ISO calendar date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** The earliest of some dates: a list page is only as fresh as its least recently checked item. */
export function oldest(dates: readonly Date[]): Date {
  if (dates.length === 0) throw new Error('oldest() needs at least one date.');
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}
