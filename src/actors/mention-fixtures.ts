/**
 * Mentions for tests, built by hand from the words of a made-up sentence, so that the relation
 * tests pin down this module's reading and not the mention finders'.
 */

import type { ActorValue, Mention } from "../core/model.ts";

/** The span of the `occurrence`-th (0-based) appearance of `words` in `text`. */
function spanOf(text: string, words: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(words, start + 1);
    if (start === -1) throw new Error(`"${words}" not in the text`);
  }
  return { start, end: start + words.length };
}

/** A person mention of `name` as the person finder gives it. */
export function personMention(text: string, name: string, occurrence = 0): Mention {
  return {
    kind: "person",
    span: spanOf(text, name, occurrence),
    text: name,
    normalised: { name, title: null, affiliation: null },
    source: "test",
  };
}

/** An actor mention of `words`, standing for `actor`. */
export function actorMention(text: string, words: string, actor: ActorValue, occurrence = 0): Mention {
  return { kind: "actor", span: spanOf(text, words, occurrence), text: words, normalised: actor, source: "test" };
}

/** A place mention of `words` (a town, or a demonym such as "Syrian"). */
export function placeMention(text: string, words: string, country: string): Mention {
  return {
    kind: "place",
    span: spanOf(text, words),
    text: words,
    normalised: { name: words, admin1: null, country, lat: null, lon: null, precision: "country" },
    source: "test",
  };
}
