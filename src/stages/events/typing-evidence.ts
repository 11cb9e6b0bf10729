import type { ActorCandidate } from "./actor-candidates.ts";
import type { Observation } from "./read-observations.ts";
import type { MoreEvidence } from "./resolve-type.ts";

/** Words telling that those attacked fired back: two armed sides fought. */
const FOUGHT_BACK =
  /\b(?:fought back|fight back|fighting back|returned fire|returning fire|repulsed|repelled|exchange of fire|exchanged fire)\b/i;

/** "Debris of the drone hit houses": a weapon brought down that still did harm. */
const DEBRIS_HIT =
  /\b(?:debris|wreckage|fragments)\b[^.;]{0,60}?\b(?:hit|struck|fell on|fell onto|landed on|damaged|destroyed|injur\w*|wound\w*|kill\w*|caus\w* (?:a )?fire)\b/i;

/** A place taken that nobody held or defended: it changed hands without a fight. */
const UNOPPOSED =
  /\b(?:abandoned|deserted|vacated|without (?:a |any )?(?:fight|fighting|resistance|a shot fired)|unopposed|met no resistance)\b/i;

/** A noun right after a group's name that names its members: "Arakan Army troops", "Hamas fighters". */
const DOERS_NOUN_AFTER =
  /^\s+(?:troops|forces|fighters|militants|soldiers|members|militiamen|gunmen|rebels|policemen|police|officers|personnel)\b/i;

/** Between an attack word and the town it names: "attacked Ncomangano", "raided the village of X". */
const PLACE_AS_OBJECT = /^\s+(?:the (?:village|town) of\s+)?$/i;

/**
 * The incident's words with the side that acted blanked out: "Afghan soldiers shot a civilian" is
 * read for who was hit, and the soldiers who fired are not mistaken for an armed target.
 */
function withoutDoer(text: string, obs: Observation[], doer: ActorCandidate | null): string {
  return obs
    .map((o) => {
      const w = text.slice(o.window.start, o.window.end);
      if (!doer || doer.start < o.window.start || doer.end > o.window.end) return w;
      // "Arakan Army troops": the noun for the group's own people goes with it.
      const end = doer.end + (DOERS_NOUN_AFTER.exec(text.slice(doer.end, o.window.end))?.[0].length ?? 0);
      const at = doer.start - o.window.start;
      return w.slice(0, at) + " ".repeat(end - doer.start) + w.slice(at + end - doer.start);
    })
    .join(" ");
}

/**
 * What an incident's wording tells the typing beyond its trigger words: who or what was hit (read
 * without the side that acted), a town attacked by its name, return fire, a place given up without
 * a fight, debris of a weapon brought down that still did harm. `context` is the incident's
 * sentences and those that follow on from it.
 */
export function typingEvidence(
  text: string,
  obs: Observation[],
  doer: ActorCandidate | null,
  context: string,
): Pick<MoreEvidence, "targetWords" | "placeAttacked" | "foughtBack" | "unopposed" | "debrisHit"> {
  return {
    targetWords: withoutDoer(text, obs, doer),
    placeAttacked: obs.some(
      (o) =>
        o.trigger.type === "generic" &&
        o.place !== null &&
        (o.place.normalised.precision === "exact" || o.place.normalised.precision === "near") &&
        PLACE_AS_OBJECT.test(text.slice(o.trigger.end, o.place.span.start)),
    ),
    foughtBack: FOUGHT_BACK.test(context),
    unopposed: UNOPPOSED.test(context),
    debrisHit: DEBRIS_HIT.test(context),
  };
}
