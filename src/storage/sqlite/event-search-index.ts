/**
 * The SQLite word index behind the API's `q` (see shared/event-search-text.ts): an FTS5 table
 * that keeps no copy of the text, keyed by a table of integer keys for event ids.
 *
 * A key is the event's day times 2^24 plus a number within the day, so that FTS5, which returns
 * matches in key order, gives them by date: a listing reads the matches of a few days at a time
 * from where its page starts (`searchDayWindows`) instead of every match of a common word. The
 * keys are an INTEGER PRIMARY KEY because SQLite may renumber plain rowids on VACUUM.
 */

import type Database from "better-sqlite3";
import type { StoredEvent } from "../../core/model.ts";
import { eventSearchText } from "../shared/event-search-text.ts";

/** Keys of one day: far more events than any day holds, and every key stays a safe integer. */
const PER_DAY = 2 ** 24;
const DAY_MS = 86_400_000;
const DAY_ONE = Date.parse("0001-01-01T00:00:00Z");

/** The day number of a YYYY-MM-DD date, counted from 1 January of year 1 as day 1; undated events are day 0. */
export function searchDay(date: string | null | undefined): number {
  const ms = date ? Date.parse(`${date}T00:00:00Z`) : NaN;
  return Number.isFinite(ms) ? Math.max(1, Math.round((ms - DAY_ONE) / DAY_MS) + 1) : 0;
}

/** The first date of day `day` (searchDay's inverse), "" for day 0, as listing keys hold it. */
export function dayDate(day: number): string {
  return day <= 0 ? "" : new Date(DAY_ONE + (day - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** The SQL condition on `events` for events matching `@searchQuery` (FTS5) whose day lies from `@keyLo` to `@keyHi`. */
export const SEARCH_CONDITION = `id IN (SELECT k.event_id FROM events_fts JOIN event_search_keys k ON k.key = events_fts.rowid
  WHERE events_fts MATCH @searchQuery AND events_fts.rowid BETWEEN @keyLo AND @keyHi)`;

/**
 * The same condition tested event by event, for a listing that walks events in key order and stops
 * once its page is full: the event's key must be among the matches' keys (the keys alone, read from
 * the word index without looking up their events).
 */
export const SEARCH_WALK_CONDITION = `+(SELECT key FROM event_search_keys WHERE event_id = events.id) IN
  (SELECT rowid FROM events_fts WHERE events_fts MATCH @searchQuery AND rowid BETWEEN @keyLo AND @keyHi)`;

/** The key bounds of days `from` to `to`, for SEARCH_CONDITION (to may be Infinity). */
export function searchKeyRange(from: number, to: number): { keyLo: number; keyHi: number } {
  return { keyLo: from * PER_DAY, keyHi: Number.isFinite(to) ? (to + 1) * PER_DAY - 1 : Number.MAX_SAFE_INTEGER };
}

export interface EventSearchIndex {
  /** Indexes the event's text, replacing what was indexed for its id. */
  save(event: StoredEvent): void;
  remove(id: string): void;
  /** The day of the first event from day `from` on whose words match the FTS5 query; null when none does. */
  nextMatchingDay(query: string, from: number): number | null;
  /** How many events of days `from` to `to` match the FTS5 query, counted up to `atMost` (read from the index alone). */
  countMatches(query: string, from: number, to: number, atMost: number): number;
  /** About how many events day `day` has held (keys given on it, some perhaps removed since): an upper bound read from one key. */
  eventsOnDay(day: number): number;
}

export function eventSearchIndex(db: Database.Database): EventSearchIndex {
  const keyOf = db.prepare("SELECT key FROM event_search_keys WHERE event_id = ?").pluck();
  const lastKeyOfDay = db.prepare("SELECT max(key) FROM event_search_keys WHERE key BETWEEN ? AND ?").pluck();
  const addKey = db.prepare("INSERT INTO event_search_keys (key, event_id) VALUES (?, ?)");
  const dropKey = db.prepare("DELETE FROM event_search_keys WHERE key = ?");
  const dropText = db.prepare("DELETE FROM events_fts WHERE rowid = ?");
  const addText = db.prepare("INSERT INTO events_fts (rowid, text) VALUES (?, ?)");
  const countMatches = db
    .prepare("SELECT count(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)")
    .pluck();
  const nextMatch = db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid >= ? ORDER BY rowid LIMIT 1").pluck();

  function remove(id: string, key: number): void {
    dropText.run(key);
    dropKey.run(key);
  }

  return {
    save(event) {
      const day = searchDay(event.date);
      const key = keyOf.get(event.id) as number | undefined;
      if (key !== undefined && Math.floor(key / PER_DAY) === day) {
        dropText.run(key);
        addText.run(key, eventSearchText(event));
        return;
      }
      // New, or its date moved: a new key on its day, after the day's last.
      if (key !== undefined) remove(event.id, key);
      const { keyLo, keyHi } = searchKeyRange(day, day);
      const last = lastKeyOfDay.get(keyLo, keyHi) as number | null;
      const fresh = last === null ? keyLo : last + 1;
      addKey.run(fresh, event.id);
      addText.run(fresh, eventSearchText(event));
    },
    remove(id) {
      const key = keyOf.get(id) as number | undefined;
      if (key !== undefined) remove(id, key);
    },
    countMatches(query, from, to, atMost) {
      const { keyLo, keyHi } = searchKeyRange(from, to);
      return countMatches.get(query, keyLo, keyHi, atMost) as number;
    },
    eventsOnDay(day) {
      const { keyLo, keyHi } = searchKeyRange(day, day);
      const last = lastKeyOfDay.get(keyLo, keyHi) as number | null;
      return last === null ? 0 : last - keyLo + 1;
    },
    nextMatchingDay(query, from) {
      const key = nextMatch.get(query, from * PER_DAY) as number | undefined;
      return key === undefined ? null : Math.floor(key / PER_DAY);
    },
  };
}
