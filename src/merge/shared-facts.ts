/**
 * The specific facts two reports of one incident share and two reports of two incidents of a day
 * rarely do: the same named person, the same toll (several dead), the same named operation, the
 * same quoted words, or several of the same uncommon names. Agreement on the day, the country and
 * the kind of act is no such fact: a feed carries dozens of strikes a day in one country.
 */

import type { Range } from "../core/model.ts";
import { samePerson } from "../actors/person-name-key.ts";
import { placeWords } from "../geo/place-key.ts";
import { isCountryWord } from "./country-words.ts";
import { personNamedIn } from "./person-mentions.ts";
import { readTsv } from "../core/data-file.ts";

/** Words naming offices, ranks and institutions (office-words.tsv): no name of one incident. */
const OFFICE_WORDS = new Set(readTsv(new URL("./office-words.tsv", import.meta.url)).map(([w]) => w!));

/** What of a report may be a fact it shares with another. */
export interface FactsForSharing {
  /** Named persons among its actors, without what follows in brackets ("(Hezbollah affiliate)"). */
  persons: string[];
  /** The people its text names, sides or not (see person-mentions.ts). */
  personMentions: string[];
  fatalities: Range | null;
  operation: string | null;
  /** Quoted words, normalised. */
  quotes: Set<string>;
  /** Capitalised names of its text (see `namesIn`). */
  names: Set<string>;
  /** Named armed groups among its sides, on either side: outlets swap who attacked whom. */
  groups: string[];
  /** The acting side and the side acted on, when the text names them. */
  actor1: string | null;
  actor2: string | null;
  /**
   * The words of its place's name and province and of its actors' names: any two reports of one
   * province, or of one group's daily attacks, share them.
   */
  contextWords: Set<string>;
}

/** A toll this high, told alike by two outlets the same day, rarely belongs to two incidents. */
export const SPECIFIC_TOLL = 3;
/** Names (other than the places') two reports must share for the names alone to count. */
export const SPECIFIC_NAMES = 3;
/** Quotes shorter than this are phrases anyone uses ("terrorist attack"). */
const MIN_QUOTE_CHARS = 20;

/** The words quoted in a text (straight or curly quotes), lower case, spaces collapsed. */
export function quotesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/["“]([^"“”]{1,400})["”]/g)) {
    const q = m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (q.length >= MIN_QUOTE_CHARS) out.add(q);
  }
  return out;
}

/** The words of place and actor names, for telling names any two reports of a province share from names only two reports of one incident share. */
export function contextWordsOf(...names: Array<string | null | undefined>): Set<string> {
  const out = new Set<string>();
  for (const n of names) if (n) for (const w of placeWords(n)) out.add(w);
  return out;
}

/** The one toll both tell, high enough not to be chance ("at least ten" and "ten" alike). */
function sameToll(a: Range | null, b: Range | null): boolean {
  if (!a || !b || a.min === null || b.min === null) return false;
  return a.min >= SPECIFIC_TOLL && a.min === b.min;
}

/** Compass words open the names of half a country's regions ("South", "Northern"). */
const COMPASS = /^(?:north|south|east|west|central|upper|lower)(?:ern)?$/;

/** Names any report of a country may use: not facts of one incident. */
const isCommonName = (name: string) => COMPASS.test(name) || isCountryWord(name);

/**
 * The same named person in both: a side of both reports, or a side of one that the other's text
 * names without making a side ("the detained colonel" of one outlet, named in passing by another).
 */
export function sharePerson(a: FactsForSharing, b: FactsForSharing): boolean {
  if (a.persons.some((p) => b.persons.some((q) => samePerson(p, q)))) return true;
  return personNamedIn(a.persons, b.personMentions) || personNamedIn(b.persons, a.personMentions);
}

/** One named armed group among the sides of both, whichever side each outlet puts it on. */
export function shareGroup(a: FactsForSharing, b: FactsForSharing): boolean {
  return a.groups.some((g) => b.groups.includes(g));
}

/** Names both texts use that are not the words of either place. */
export function specificSharedNames(a: FactsForSharing, b: FactsForSharing): number {
  return sharedNameWords(a, b).size;
}

function sharedNameWords(a: FactsForSharing, b: FactsForSharing): Set<string> {
  const out = new Set<string>();
  for (const name of a.names) {
    if (!b.names.has(name) || a.contextWords.has(name) || b.contextWords.has(name) || isCommonName(name)) continue;
    out.add(name);
  }
  return out;
}

/**
 * Shared names counted as names, not words: "Awami League" in both texts is one name, the party
 * any report of those days names, where a village and a church are two; offices and ranks ("the
 * Army", "the Governor") are no names at all.
 */
export function distinctSharedNames(a: FactsForSharing, b: FactsForSharing): number {
  const words = new Set([...sharedNameWords(a, b)].filter((w) => !OFFICE_WORDS.has(w)));
  const pairsOf = (f: FactsForSharing) => new Set(f.personMentions.map((m) => m.toLowerCase()).filter((m) => m.split(" ").length === 2));
  const pairsA = pairsOf(a);
  let n = words.size;
  for (const pair of pairsOf(b)) {
    const [first, second] = pair.split(" ");
    if (pairsA.has(pair) && words.has(first!) && words.has(second!)) n--;
  }
  return n;
}

/**
 * Why two reports are one incident beyond day, country and type; null when nothing specific is
 * shared. `nested` tells that one report's town lies in the province the other names. Weaker
 * facts (the same small toll, the same two sides, the town in the province) count when two of
 * them meet. Without `namesCount`, names the texts share count for nothing.
 */
export function sharedFact(a: FactsForSharing, b: FactsForSharing, nested = false, namesCount = true): string | null {
  if (sharePerson(a, b)) return "person";
  if (a.operation && a.operation === b.operation) return "operation";
  if (sameToll(a.fatalities, b.fatalities)) return "toll";
  for (const q of a.quotes) if (b.quotes.has(q)) return "quote";
  const names = namesCount ? specificSharedNames(a, b) : 0;
  if (names >= SPECIFIC_NAMES) return "names";
  const weak = [
    a.fatalities?.min != null && a.fatalities.min > 0 && a.fatalities.min === b.fatalities?.min,
    // The same two sides, or one named group on a side of both: one fact about who fought.
    (a.actor1 !== null && a.actor2 !== null && a.actor1 === b.actor1 && a.actor2 === b.actor2) || shareGroup(a, b),
    nested,
    // Two uncommon names in common (a village the gazetteer lacks, the church hit): half of "names".
    namesCount && distinctSharedNames(a, b) >= SPECIFIC_NAMES - 1,
  ].filter(Boolean).length;
  return weak >= 2 ? "several" : null;
}
