/** Events per day for the timeline: an event spanning days counts on its first day. */

export interface DayCount {
  day: string;
  count: number;
  deaths: number;
}

export function countByDay(events: readonly { date: string | null; fatalities: { min: number | null } | null }[]): DayCount[] {
  const days = new Map<string, DayCount>();
  for (const e of events) {
    if (!e.date) continue;
    const d = days.get(e.date) ?? { day: e.date, count: 0, deaths: 0 };
    d.count += 1;
    d.deaths += e.fatalities?.min ?? 0;
    days.set(e.date, d);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** A day as a UTC instant, so the time axis has no time zone in it. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;
