/**
 * Reading a word search in listing order a few days at a time (see event-search-index.ts): from
 * its first day, a window of days, then one twice as wide after it (from the next match after an
 * empty one), until the page is full. A common word fills a page from its first window; a rare one is read in a few
 * widening windows, never more than its matches. The undated events (day 0) come first, alone.
 */

/** Days in the first window: about a week of a busy conflict's events. */
const FIRST_WINDOW_DAYS = 2;

/**
 * Rows of days `fromDay` to `toDay` in listing order, at most `limit` (all when undefined).
 * `nextDay(d)` is the first day from `d` on with a match (null: none); `read(from, to, limit)`
 * gives the rows of days `from` to `to` in listing order, at most `limit`.
 */
export function readByDayWindows<T>(
  fromDay: number,
  toDay: number,
  limit: number | undefined,
  nextDay: (from: number) => number | null,
  read: (from: number, to: number, limit: number | undefined) => T[],
): T[] {
  const rows: T[] = [];
  let width = FIRST_WINDOW_DAYS;
  let day = fromDay;
  // Each look-up costs a query of the word index: the next matching day is asked for only after a
  // window that found nothing, to jump the gap a rare word leaves.
  let found = true;
  while (limit === undefined || rows.length < limit) {
    const start = found ? day : nextDay(day);
    if (start === null || start > toDay) break;
    // Day 0, the undated events, is a window of its own: the store reads it another way.
    const end = start === 0 ? 0 : limit === undefined ? toDay : Math.min(toDay, start + width - 1);
    const got = read(start, end, limit === undefined ? undefined : limit - rows.length);
    rows.push(...got);
    found = got.length > 0;
    if (end >= toDay) break;
    day = end + 1;
    if (start !== 0) width *= 2;
  }
  return rows;
}
