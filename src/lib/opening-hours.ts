/**
 * "Open now" from sourced opening hours, in Amsterdam time whatever the phone's time zone.
 * Three answers: open, closed, or unknown (no times in the source for today). The page always
 * adds "check before you go": sources can be old, and public holidays are not in the data.
 */
export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

export interface Slot {
  days: readonly Weekday[];
  opens?: string | undefined;
  closes?: string | undefined;
}

export type OpenState = 'open' | 'closed' | 'unknown';

const WEEKDAYS: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** Weekday and HH:MM of a moment, in a time zone. */
export function localTime(now: Date, timeZone: string): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = WEEKDAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'))]!;
  return { day, time: `${get('hour')}:${get('minute')}` };
}

export function openState(slots: readonly Slot[], now: Date, timeZone = 'Europe/Amsterdam'): OpenState {
  const { day, time } = localTime(now, timeZone);
  const today = slots.filter((s) => s.days.includes(day));
  const timed = today.filter((s) => s.opens && s.closes);
  if (timed.some((s) => s.opens! <= time && time < s.closes!)) return 'open';
  // A slot today without times (e.g. "an evening programme on Wednesday") could be on now.
  if (today.some((s) => !s.opens)) return 'unknown';
  return 'closed';
}
