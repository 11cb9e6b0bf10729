import { mainClauseAct, tollOfNamedIncident } from "./main-clause-act.ts";
import { opensSeparateIncident } from "./separate-incident-cue.ts";
import { compare, dateOf, SPECIFIC } from "./incident-agreement.ts";
import { kindOf, kindsCompatible, VIOLENT_KINDS } from "./incident-kinds.ts";
import type { Observation } from "./read-observations.ts";
import { toldAgain } from "./told-again.ts";
import { lemmaOf } from "./trigger-lemma.ts";
import { AGENT_NOUN, CHAINED, complements, namesAgain, placesDatedIncident, TIED, weaponOf } from "./triggers-of-one-incident.ts";

/** Observations believed to tell of one incident. */
export interface Incident {
  observations: Observation[];
}

/** How an incident is named by a word: 2 by the same word, 1 by a word of the same kind, 0 otherwise. */
function namingLevel(inc: Incident, lemma: string, kind: string): number {
  return inc.observations.some((x) => lemmaOf(x.trigger.text) === lemma)
    ? 2
    : inc.observations.some((x) => kindOf(x.trigger.type) === kind)
      ? 1
      : 0;
}

/** "has claimed responsibility for the deadly ambush": the claimant names itself as the perpetrator of the incident told. */
const CLAIMED_FOR = /\bclaim(?:ed|s|ing)? (?:responsibility|credit) for (?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}$/i;

/** Days before the publication beyond which a dated mention cannot be the news an undated account tells. */
const NEWS_HORIZON_DAYS = 31;

/**
 * "A strike killed ten villagers ... In April, the military bombed a gathering": an incident told
 * without a date in a dated report is recent news; a mention dated a month or more before the
 * publication is another, older incident, whatever words it shares with it.
 */
function longBeforeUndated(inc: Incident, o: Observation, published: string | null): boolean {
  const od = dateOf(o);
  if (!published || !od || o.relative) return false;
  if (inc.observations.some((x) => dateOf(x) || x.unresolvedWhen || x.relative)) return false;
  // Told as news ("a strike killed ten"), not only pointed back to ("the recent attack on the church").
  if (!inc.observations.some((x) => x.concrete && !x.definite)) return false;
  return Date.parse(od.end) < Date.parse(published) - NEWS_HORIZON_DAYS * 86_400_000;
}

/**
 * Groups the observations of one article into incidents, in text order: a definite mention ("the
 * attack") joins the latest compatible incident; a concrete one joins an incident it agrees with
 * (same day or place) or starts a new one; a vague one with nothing to join is dropped.
 */
export function groupIncidents(
  observations: Observation[],
  text = "",
  homeCountry: string | null = null,
  published: string | null = null,
): Incident[] {
  const incidents: Incident[] = [];
  const lastSeen = new Map<Incident, number>();
  const homeOf = new Map<Observation, Incident>();
  const pending: Observation[] = [];
  observations.forEach((o, i) => {
    // "stormed the offices on Aug. 31, detaining 11": a participle with nothing of its own, tied to
    // the trigger before it in the sentence, tells of the same incident.
    const prev = observations[i - 1];
    // "In a separate incident, a bomb went off...": the writer says it is another incident.
    if ((!prev || prev.sentence !== o.sentence) && opensSeparateIncident(text.slice(o.sentence.span.start, o.trigger.start))) {
      const fresh: Incident = { observations: [o] };
      incidents.push(fresh);
      lastSeen.set(fresh, i);
      homeOf.set(o, fresh);
      pending.length = 0;
      return;
    }
    const own = Boolean(o.relative || o.unresolvedWhen || dateOf(o) || o.place);
    // "The helicopter attack occurred on the same day as …": dated by another incident, yet pointing back to its own.
    const relative = o.definite && o.relative === "same_day" ? null : o.relative;
    // "killing four soldiers": a trigger read with its count is a participle by its first word.
    const participle = /^[a-z]+ing\b/i.test(o.trigger.text);
    const prevHome = prev ? homeOf.get(prev) : undefined;
    // "massacred 14 villagers in a raid near Jos on Monday": the second trigger gives the first one's when and where.
    const prevBare = prevHome ? prevHome.observations.every((x) => !dateOf(x) && !x.place && !x.relative && !x.unresolvedWhen) : false;
    // "struck X in retaliation for the ambush, killing 12": the participle tells the sentence's own act.
    const act = participle && !own ? mainClauseAct(observations, i, text) : null;
    const actHome = act ? homeOf.get(act) : undefined;
    if (actHome && !compare(actHome, o, homeCountry).contradicts) {
      actHome.observations.push(o);
      homeOf.set(o, actHome);
      lastSeen.set(actHome, i);
      return;
    }
    // "a suicide bombing followed by an ambush on the convoy": one attack told in its stages, coded as one.
    if (prev && prevHome && prev.sentence === o.sentence && CHAINED.test(text.slice(prev.trigger.end, o.trigger.start))) {
      prevHome.observations.push(o);
      homeOf.set(o, prevHome);
      lastSeen.set(prevHome, i);
      return;
    }
    // "following clashes, the rebels took the town": a place taken in the fighting told beside it is one incident.
    const takenInFight = Boolean(
      prev && prevHome && (prev.trigger.type === "territory") !== (o.trigger.type === "territory") && complements(prevHome, o),
    );
    if (
      prev &&
      prevHome &&
      prev.sentence === o.sentence &&
      (takenInFight ||
        (((participle && !own) ||
          prevBare ||
          weaponOf(prev, o, text) ||
          // "In the ambush near X on Monday, eight soldiers were killed": the toll of the incident named.
          tollOfNamedIncident(prev, o, text) ||
          // "carried out a car bomb (suicide) attack near the mill": the bomb just named, called an attack.
          namesAgain(prev, o, text) ||
          // "two suicide bombers ... set off two bombs near the station": what the people just named did.
          (AGENT_NOUN.test(prev.trigger.text) && !dateOf(o) && !o.relative && !o.unresolvedWhen) ||
          ((!own || complements(prevHome, o)) && /\band\s+$/.test(text.slice(prev.trigger.end, o.trigger.start))) ||
          // One sentence opening with the day, its next verb giving the place: one incident, whatever verbs it uses.
          placesDatedIncident(prevHome, o)) &&
          TIED.test(text.slice(prev.trigger.end, o.trigger.start))))
    ) {
      const inc = homeOf.get(prev)!;
      // Two means of striking in one sentence, one giving the day and the other the place, or joined by "and".
      const mixed = /\band\b/.test(text.slice(prev.trigger.end, o.trigger.start)) || placesDatedIncident(prevHome, o);
      if (!compare(inc, o, homeCountry, false, mixed).contradicts) {
        inc.observations.push(o);
        homeOf.set(o, inc);
        lastSeen.set(inc, i);
        return;
      }
    }
    // Prefer the incident named by the same word ("the strikes" → "strikes"), then by the same kind, then the latest.
    const lemma = lemmaOf(o.trigger.text);
    const kind = kindOf(o.trigger.type);
    // Each incident's level is read once, not at every comparison of the sort.
    const level = new Map(incidents.map((inc) => [inc, namingLevel(inc, lemma, kind)]));
    const ranked = [...incidents].sort((a, b) => level.get(b)! - level.get(a)! || lastSeen.get(b)! - lastSeen.get(a)!);
    let home: Incident | null = null;
    for (const inc of ranked) {
      // "the attack on the prison", told after an arrest: an attack is not the arrest it may have led to.
      if (o.definite && o.trigger.type !== "arrests" && inc.observations.every((x) => x.trigger.type === "arrests")) continue;
      if (longBeforeUndated(inc, o, published)) continue;
      const { contradicts, agrees } = compare(inc, o, homeCountry);
      if (contradicts) continue;
      // An arrest joins an attack only when day or place says it is part of it, or it points back
      // ("those detained" after a raid).
      if (!agrees && !o.definite && o.trigger.type === "arrests" && inc.observations.every((x) => x.trigger.type !== "arrests")) continue;
      // Tolls and actors alone do not tell incidents apart; a date or a place of its own does.
      const distinct = Boolean(
        relative || o.unresolvedWhen || dateOf(o) || (o.place && SPECIFIC.has(o.place.normalised.precision) && !o.place.normalised.soft),
      );
      // "Hours earlier", "the next day": another incident, whatever the words that name it.
      if (agrees || (!relative && (o.definite || !o.concrete || !distinct))) {
        home = inc;
        break;
      }
    }
    // "claimed responsibility for the deadly ambush" in a report of one bombing: the only violent incident told is the one meant.
    if (
      !home &&
      o.definite &&
      !relative &&
      !dateOf(o) &&
      !o.unresolvedWhen &&
      !o.place &&
      (!o.actor1 || CLAIMED_FOR.test(text.slice(o.sentence.span.start, o.trigger.start)))
    ) {
      const violent = incidents.filter((inc) => inc.observations.some((x) => VIOLENT_KINDS.has(kindOf(x.trigger.type))));
      if (violent.length === 1 && VIOLENT_KINDS.has(kindOf(o.trigger.type)) && !compare(violent[0]!, o, homeCountry, true).contradicts)
        home = violent[0]!;
    }
    // "Hours earlier, a police helicopter was shot down" after the helicopter was told undated: the same
    // act told again, dated now against the incident told just before, not another one.
    if (!home && relative) home = toldAgain(incidents, o, text, homeCountry);
    if (home) home.observations.push(o);
    else if (o.concrete || relative) {
      // Mentions earlier in the same sentence that found nowhere to go belong to this new incident.
      // Not an arrest before an attack it is not part of ("arrested the perpetrators of the massacre").
      const waiting = pending.filter(
        (p) =>
          p.sentence === o.sentence &&
          ((kindsCompatible(kindOf(p.trigger.type), kindOf(o.trigger.type)) &&
            (p.trigger.type === "arrests") === (o.trigger.type === "arrests")) ||
            CHAINED.test(text.slice(p.trigger.end, o.trigger.start))),
      );
      home = { observations: [...waiting, o] };
      for (const w of waiting) homeOf.set(w, home);
      incidents.push(home);
    } else pending.push(o);
    if (pending.length && pending[0]!.sentence !== o.sentence)
      pending.splice(0, pending.length, ...pending.filter((p) => p.sentence === o.sentence));
    if (home) {
      lastSeen.set(home, i);
      homeOf.set(o, home);
    }
  });
  return incidents;
}
