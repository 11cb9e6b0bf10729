/** Days on the timeline's time axis: a day as a UTC instant and back. */

/** A day as a UTC instant, so the time axis has no time zone in it. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;
