/**
 * The people a text names, whether or not it makes them a side of the incident: one outlet makes
 * the colonel who was detained the victim, another names him only in passing ("forces loyal to
 * Colonel X"). Every run of two to four capitalised words, and each shorter run inside it, is a
 * candidate; `samePerson` then tells whether one of them is a report's named person.
 */

import { samePerson } from "../actors/person-name-key.ts";

/** A capitalised word, with the particles names carry between them ("bin", "al-", "de"). */
const RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|da|van|von)[\s-]+)?\p{Lu}[\p{L}'’-]+)+/gu;
/** More words than this in a run are a title or an organisation, not a person. */
const MAX_WORDS = 4;

/** The runs of capitalised words a text holds, each of two to four words, and their sub-runs. */
export function personMentionsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= MAX_WORDS && i + n <= words.length; n++) out.add(words.slice(i, i + n).join(" "));
    }
  }
  return [...out];
}

/** True when one of `persons` (names of a report's sides) is among the people the other text names. */
export function personNamedIn(persons: readonly string[], mentions: readonly string[]): boolean {
  return persons.some((p) => mentions.some((m) => samePerson(p, m)));
}
