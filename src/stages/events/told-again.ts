import type { Incident } from "./group-incidents.ts";
import { compare, dateOf } from "./incident-agreement.ts";
import type { Observation } from "./read-observations.ts";
import { lemmaOf } from "./trigger-lemma.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const LONG_WORDS = /\p{L}{5,}/gu;

/** Words too common in reports of violence to say that two mentions tell one act. */
const COMMON_WORDS = new Set([
  "earlier",
  "later",
  "killing",
  "killed",
  "several",
  "others",
  "people",
  "their",
  "which",
  "after",
  "before",
  "about",
  "there",
  "where",
  "while",
  "hours",
  "attack",
  "attacks",
  "injuring",
  "wounding",
  "wounded",
  "injured",
  "least",
]);

/** The telling words of an observation's stretch: five letters or more, lower-cased, not common. */
function tellingWords(o: Observation, text: string): Set<string> {
  const words = text.slice(o.window.start, o.window.end).toLowerCase().match(LONG_WORDS) ?? [];
  return new Set(words.filter((w) => !COMMON_WORDS.has(w)));
}

/** Relative times that fall on the day of the incident told before. */
const SAME_DAY: ReadonlySet<string> = new Set(["same_day", "hours_earlier"]);

/** Shared telling words enough to take two mentions for one act told twice. */
const TOLD_AGAIN_WORDS = 3;

/** The undated incident a relatively dated mention tells again: same word, no contradiction, the same telling words. */
export function toldAgain(incidents: Incident[], o: Observation, text: string, home: string | null): Incident | null {
  const mine = tellingWords(o, text);
  const lemma = lemmaOf(o.trigger.text);
  for (const inc of [...incidents].reverse()) {
    // Undated, or dated the same way ("earlier the same day" and "hours earlier" are one day).
    if (
      inc.observations.some(
        (x) => dateOf(x) || x.unresolvedWhen || (x.relative && !(SAME_DAY.has(x.relative) && SAME_DAY.has(o.relative!))),
      )
    )
      continue;
    if (!inc.observations.some((x) => lemmaOf(x.trigger.text) === lemma)) continue;
    if (compare(inc, o, home).contradicts) continue;
    const shared = new Set<string>();
    for (const x of inc.observations) for (const w of tellingWords(x, text)) if (mine.has(w)) shared.add(w);
    if (shared.size >= TOLD_AGAIN_WORDS) return inc;
  }
  return null;
}
