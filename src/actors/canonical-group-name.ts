/**
 * The name a relation gives a group, in the registry's terms: the lexicon's canonical name when the
 * words are one of its aliases ("ISIS" → "Islamic State", "al-Qaida" → "al-Qaeda"), the words as
 * written otherwise, so that a group the lexicon lacks is still named rather than dropped.
 */

import { actorByAlias } from "./actor-lexicon.ts";

/** Capitalised words that open a sentence or a phrase without being part of a group's name. */
const LEADING_WORDS =
  /^(?:(?:The|the|A|An|On|In|At|By|For|From|With|After|Before|When|While|Then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Police|Officials|Authorities|Sources|Witnesses|Residents)\s+)+/;

/** A group's name read from words, and where in the words the part that names it starts. */
export interface GroupName {
  name: string;
  offset: number;
}

/** Reads the group named by `words` ("the Islamic State's", "On Monday Hezbollah", "Ansar Dine"). */
export function readGroupName(words: string): GroupName {
  const trimmed = words.replace(/\s+$/, "").replace(/['’]s$/, "");
  const lead = /^\s*(?:(?:the|The)\s+)?/.exec(trimmed)![0].length;
  const bare = trimmed.slice(lead);
  const known = actorByAlias(bare);
  if (known) return { name: known.name, offset: lead };
  // The longest tail that is an alias: "On Monday Hezbollah" is Hezbollah.
  for (let at = bare.search(/\s\S/); at !== -1;) {
    const tail = actorByAlias(bare.slice(at + 1));
    if (tail) return { name: tail.name, offset: lead + at + 1 };
    const next = bare.slice(at + 1).search(/\s\S/);
    at = next === -1 ? -1 : at + 1 + next;
  }
  const skipped = LEADING_WORDS.exec(bare)?.[0].length ?? 0;
  return skipped < bare.length ? { name: bare.slice(skipped), offset: lead + skipped } : { name: bare, offset: lead };
}

/** The canonical name of the group named by `words`. */
export function canonicalGroupName(words: string): string {
  return readGroupName(words).name;
}
