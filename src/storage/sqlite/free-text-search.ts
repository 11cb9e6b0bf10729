/**
 * How a free-text listing reads the word index on SQLite: the query (free-text-terms.ts), and for
 * the undated events, which share one day of the index, whether to walk them or look up the matches.
 *
 * A window of dated days is read from its matches, which a window keeps few (day-windows.ts). The
 * undated events are one window however many they are: looking up every match and sorting them
 * costs as much as the matches (a common word can be in tens of thousands of them), while walking
 * the undated events in key order against the matches' keys costs the events walked until the page
 * is full, about the page size times events per match. Each is chosen where it reads fewer rows;
 * both give the same events in the same order.
 */

import type Database from "better-sqlite3";
import type { EventSearchIndex } from "./event-search-index.ts";
import { indexVocabulary, wordIndexQuery } from "./free-text-terms.ts";

/** What looking up one match costs in events walked, as measured at a million events (about 10 µs against 1 µs). */
const LOOKUP_COST = 10;

export interface FreeTextSearch {
  /** The FTS5 query for the events that may hold `needle`; null when it has no word to look up. */
  query(needle: string): string | null;
  /** Whether to read the matches of days `fromDay` to `toDay` by walking the days' events (true) or from the matches. */
  walk(query: string, fromDay: number, toDay: number, limit: number | undefined): boolean;
}

export function freeTextSearch(db: Database.Database, index: EventSearchIndex): FreeTextSearch {
  const wordsBeginning = indexVocabulary(db);
  return {
    query: (needle) => wordIndexQuery(needle, wordsBeginning),
    walk(query, fromDay, toDay, limit) {
      if (fromDay !== 0 || toDay !== 0 || limit === undefined) return false;
      // Walking reads about limit × events / matches events; looking up reads every match, each
      // costing several walked events (its key, its event by id, its place in the sort): walking
      // costs less once LOOKUP_COST × matches² > limit × events, which counting that many tells.
      const enough = Math.floor(Math.sqrt((limit * index.eventsOnDay(0)) / LOOKUP_COST)) + 1;
      return index.countMatches(query, 0, 0, enough) >= enough;
    },
  };
}
