/**
 * The word-index query of a free-text search on SQLite, with the last word typed looked up as the
 * whole words it begins rather than as a prefix.
 *
 * FTS5 answers a prefix query ("convoy"*) by merging the lists of every word the prefix begins into
 * one, whole, before it can return a first match, however narrow the range of keys asked for: a
 * common word costs a reading of all its matches for each window of days a listing reads
 * (day-windows.ts), tens of milliseconds at a million events. The same words named one by one
 * ("convoy" OR "convoys") are read from each list where the range starts, and stop where it ends.
 * Both queries match exactly the same events: the words are those the index holds that begin with
 * the prefix, read from the index's own vocabulary (FTS5's fts5vocab table over it).
 */

import type Database from "better-sqlite3";
import { searchTerm } from "../shared/event-search-text.ts";

/**
 * Words a prefix is expanded into at most: a query of many words costs a look-up of each, and a
 * prefix that begins more (a letter or two typed) is left to FTS5 as a prefix.
 */
export const MAX_EXPANDED_WORDS = 24;

/**
 * A word the index holds as it is typed here: FTS5's tokenizer lowercases and folds accents, and
 * for lowercase ASCII letters and digits it leaves the word as it is, so that the vocabulary can be
 * read from it. Any other prefix is left to FTS5.
 */
const PLAIN_WORD = /^[a-z0-9]+$/;

/** Above every character that may follow the prefix in a word, for the vocabulary's range of words. */
const AFTER_ALL = "\u{10FFFF}";

const quoted = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/** Reads the words the index holds that begin with a prefix, at most `limit`, from its vocabulary. */
export type WordsBeginning = (prefix: string, limit: number) => string[];

/** The index's vocabulary, as a table of this connection's own (temp) so that no migration and no write to the file is needed. */
export function indexVocabulary(db: Database.Database): WordsBeginning {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.events_fts_words USING fts5vocab(main, events_fts, row)");
  // Without ORDER BY, the vocabulary is read in its own order and stops at the limit, so that a short
  // prefix does not cost a reading of every word it begins (and of how many events hold each).
  const words = db.prepare("SELECT term FROM temp.events_fts_words WHERE term >= ? AND term < ? LIMIT ?").pluck();
  return (prefix, limit) => words.all(prefix, prefix + AFTER_ALL, limit) as string[];
}

/**
 * The FTS5 query for the events that may hold `needle` (as ftsQuery in shared/event-search-text.ts
 * says), with a prefix written as the whole words it begins when there are few; null when the
 * needle has no word to look up.
 */
export function wordIndexQuery(needle: string, wordsBeginning: WordsBeginning): string | null {
  const term = searchTerm(needle);
  if (term === null) return null;
  if (!term.prefix) return quoted(term.word);
  if (!PLAIN_WORD.test(term.word)) return `${quoted(term.word)}*`;
  const words = wordsBeginning(term.word, MAX_EXPANDED_WORDS + 1);
  if (words.length > MAX_EXPANDED_WORDS) return `${quoted(term.word)}*`;
  // No word begins with it: the prefix as a whole word, which the index does not hold either, matches nothing.
  if (words.length === 0) return quoted(term.word);
  return words.map(quoted).join(" OR ");
}
