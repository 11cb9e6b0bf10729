import { EVENT_FAMILIES } from "../../core/event-types.ts";
import type { DateValue, PlaceValue } from "../../core/model.ts";
import { greatCircleKm } from "../../geo/great-circle-distance.ts";
import type { TriggerType } from "./cue-lexicons.ts";
import { mainClauseAct, tollOfNamedIncident } from "./main-clause-act.ts";
import { opensSeparateIncident } from "./separate-incident-cue.ts";
import type { Observation } from "./read-observations.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const LONG_WORDS = /\p{L}{5,}/gu;

/** Observations believed to tell of one incident. */
export interface Incident {
  observations: Observation[];
}

/** A region ("southern Iran") or a province is wide: a town up to this far away may lie inside it. */
const REGION_KM = 700;
const VIOLENT_FAMILIES = new Set(["battles", "remote", "civilians"]);

const REMOTE_TYPES: ReadonlySet<string> = new Set(EVENT_FAMILIES.remote);

/** Kinds of armed violence: a definite mention of one may point back to another when only one was told. */
const VIOLENT_KINDS: ReadonlySet<string> = new Set(["violence", "remote", "battles", ...REMOTE_TYPES]);

/** What is done within a violent incident as well as on its own. */
const PART_OF_VIOLENCE = new Set(["looting_property_destruction", "sexual_violence", "territory"]);
/** Demonstrations and riots. */
const DEMONSTRATION = new Set(["peaceful_protest", "violent_demonstration", "mob_violence"]);

/** The kind of incident a trigger names, as precise as the trigger says: a remote type, a family, or "violence" when it does not say. */
function kindOf(t: TriggerType): string {
  if (t === "generic" || t === "attack") return "violence";
  if (t === "strike" || t === "bombing") return "remote";
  if (REMOTE_TYPES.has(t)) return t;
  if (t === "armed_clash") return "battles";
  return t;
}

// The helpers below live at module level rather than as closures in the functions that use them:
// grouping compares every observation with every incident, and a closure is built at each call.

function violent(k: string): boolean {
  return k === "remote" || k === "battles" || REMOTE_TYPES.has(k) || VIOLENT_FAMILIES.has(k);
}

/** An abduction is also told as "the attack on the school". */
function taking(k: string): boolean {
  return k === "abduction_forced_disappearance" || k === "arrests";
}

const BOMBS = new Set(["remote_explosive_landmine_ied", "suicide_bomb"]);

/** True when two trigger kinds can name one incident ("the bombing" and "the suicide attack"; "strikes" and "airstrikes"). */
function kindsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "violence") return violent(b) || taking(b) || PART_OF_VIOLENCE.has(b) || DEMONSTRATION.has(b);
  if (b === "violence") return violent(a) || taking(a) || PART_OF_VIOLENCE.has(a) || DEMONSTRATION.has(a);
  // "looted shops and burned houses" in a raid, "took the town" after a battle, rape in an abduction: parts of one incident.
  if (PART_OF_VIOLENCE.has(a)) return violent(b) || taking(b) || PART_OF_VIOLENCE.has(b) || DEMONSTRATION.has(b);
  if (PART_OF_VIOLENCE.has(b)) return violent(a) || taking(a) || DEMONSTRATION.has(a);
  // A demonstration is told with the force that met it: "police fired tear gas, arrested 20", "clashed with police".
  if (DEMONSTRATION.has(a)) return DEMONSTRATION.has(b) || b === "battles" || b === "arrests" || riotWeapon(a, b);
  if (DEMONSTRATION.has(b)) return a === "battles" || a === "arrests" || riotWeapon(b, a);
  if (a === "remote") return REMOTE_TYPES.has(b);
  if (b === "remote") return REMOTE_TYPES.has(a);
  // Suicide attackers storm what they bomb: the gun battle after the blast is the same attack.
  if ((a === "suicide_bomb" && b === "battles") || (b === "suicide_bomb" && a === "battles")) return true;
  return BOMBS.has(a) && BOMBS.has(b);
}

/** Rioters throw what a crowd can make or carry: petrol and crude bombs, grenades. */
const RIOT_WEAPONS = new Set(["remote_explosive_landmine_ied", "grenade"]);

/** True when a riot and a bomb or grenade may be one incident ("rioters exploded crude bombs"). */
function riotWeapon(demonstration: string, other: string): boolean {
  return demonstration !== "peaceful_protest" && RIOT_WEAPONS.has(other);
}

function dateOf(o: Observation): DateValue | null {
  return o.time?.normalised.value ?? null;
}

function contains(outer: DateValue, inner: DateValue): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function overlaps(a: DateValue, b: DateValue): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function km(a: PlaceValue, b: PlaceValue): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return greatCircleKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
}

const SPECIFIC = new Set(["exact", "near"]);

/** Whether an incident's kind `k` fits an observation's kind `ok`, the incident being a suicide attack or not. */
function fits(k: string, ok: string, suicide: boolean): boolean {
  return kindsCompatible(k, ok) || (suicide && (ok === "battles" || k === "battles") && (REMOTE_TYPES.has(k) || REMOTE_TYPES.has(ok)));
}

function violentKind(k: string): boolean {
  return k === "violence" || k === "remote" || k === "battles" || REMOTE_TYPES.has(k);
}

/** How an incident is named by a word: 2 by the same word, 1 by a word of the same kind, 0 otherwise. */
function namingLevel(inc: Incident, lemma: string, kind: string): number {
  return inc.observations.some((x) => lemmaOf(x.trigger.text) === lemma)
    ? 2
    : inc.observations.some((x) => kindOf(x.trigger.type) === kind)
      ? 1
      : 0;
}

/** Where an incident and an observation disagree, and where they positively agree. */
function compare(
  inc: Incident,
  o: Observation,
  home: string | null = null,
  anyViolence = false,
  mixedRemote = false,
): { contradicts: boolean; agrees: boolean } {
  const no = { contradicts: true, agrees: false };
  const ok = kindOf(o.trigger.type);
  // "jets carried out airstrikes and the army fired shells in X": strikes by several means told
  // together are one incident, coded by its main means.
  const remoteBoth = (k: string) => mixedRemote && REMOTE_TYPES.has(k) && REMOTE_TYPES.has(ok);
  // Once the bombing is known to be a suicide attack, its blast and the gun battle after it are one attack.
  const suicide = inc.observations.some((x) => x.trigger.type === "suicide_bomb");
  if (
    !inc.observations.every(
      (x) =>
        fits(kindOf(x.trigger.type), ok, suicide) ||
        remoteBoth(kindOf(x.trigger.type)) ||
        // "claimed responsibility for the ambush" in a report of a blast: a word pointing back names the incident loosely.
        ((anyViolence || x.definite) && violentKind(ok) && violentKind(kindOf(x.trigger.type))),
    )
  )
    return no;
  let agrees = false;
  const od = dateOf(o);
  const op = o.place?.normalised;
  for (const x of inc.observations) {
    const xd = dateOf(x);
    if (od && xd) {
      if (!overlaps(od, xd)) return no;
      // The same day, the same period, or a day inside the period of an incident of the same kind.
      if (od.start === xd.start && od.end === xd.end) agrees = true;
      else if (contains(od, xd) || contains(xd, od)) {
        const xk = kindOf(x.trigger.type);
        if (
          xk === ok ||
          (ok === "violence" && !REMOTE_TYPES.has(xk) && xk !== "remote") ||
          (xk === "violence" && !REMOTE_TYPES.has(ok) && ok !== "remote")
        )
          agrees = true;
      }
    }
    // Without a publication date weekdays stay unresolved, yet "Monday" and "last week" still differ.
    if (!od && !xd && o.unresolvedWhen && x.unresolvedWhen && o.unresolvedWhen !== x.unresolvedWhen) return no;
    const xp = x.place?.normalised;
    if (op && xp) {
      if (op.country && xp.country && op.country !== xp.country) return no;
      const d = km(op, xp);
      const sameName = op.name.toLowerCase() === xp.name.toLowerCase();
      if (SPECIFIC.has(op.precision) && SPECIFIC.has(xp.precision) && !op.soft && !xp.soft) {
        // Two towns by different names are two incidents unless they are the same spot; "the
        // blast in X", X a quarter the gazetteer lacks, points back at the blast already told.
        if (sameName || (d !== null && d <= 5)) agrees = true;
        else if (!(d === null && o.definite)) return no;
      } else if (d !== null && d > REGION_KM) return no;
      else if (sameName && !op.soft && !xp.soft) agrees = true;
      // "an ambush in southwestern Niger" … "the troops came under a complex ambush north of X":
      // the same word again, at a town inside the area first given, tells the same incident closer.
      else if (
        !SPECIFIC.has(xp.precision) &&
        SPECIFIC.has(op.precision) &&
        // A village the gazetteer lacks cannot be measured against the area: told without a day of
        // its own, in the same country, it is the incident told closer ("an attack in X province" …
        // "militants attacked an army post near the village of Y").
        (d !== null || (op.lat === null && !od && op.country === xp.country)) &&
        lemmaOf(x.trigger.text) === lemmaOf(o.trigger.text)
      )
        agrees = true;
    }
    const oc = o.place ? null : o.country?.normalised;
    // A concrete mention with no place of its own happened in the article's own country: "killed
    // Monday in the southern village" and "killed a figure in Syria" are two killings.
    const xc =
      xp ??
      (x.country && !x.country.normalised.demonym ? x.country.normalised : null) ??
      (x.concrete && !x.definite && home ? { country: home } : null);
    if (oc && !oc.demonym && xc?.country && oc.country !== xc.country) return no;
    // Two sides of an agreement are each named first in turn: their names do not tell agreements apart.
    if (
      o.trigger.type !== "agreement" &&
      o.actor1 &&
      x.actor1 &&
      o.actor1.actor.name !== x.actor1.actor.name &&
      // "Pakistan struck" and "Pakistani forces": one state named two ways.
      !(o.actor1.actor.kind === "state" && x.actor1.actor.kind === "state" && o.actor1.actor.country === x.actor1.actor.country) &&
      o.actor1.actor.kind !== "person" &&
      x.actor1.actor.kind !== "person" &&
      // "Students marched ... Police dispersed them": demonstrators and the force that met them are two sides of one incident.
      o.actor1.actor.kind !== "protesters" &&
      x.actor1.actor.kind !== "protesters"
    ) {
      return no;
    }
  }
  // "Hezbollah struck Israeli targets on Tuesday. A drone hit a base in Safed.": the very next
  // sentence, with no time of its own, gives a placeless incident its place.
  const last = inc.observations[inc.observations.length - 1]!;
  if (
    !od &&
    !o.unresolvedWhen &&
    !o.relative &&
    op &&
    SPECIFIC.has(op.precision) &&
    o.sentence.index === last.sentence.index + 1 &&
    inc.observations.every((x) => !x.place) &&
    inc.observations.some((x) => dateOf(x) || x.unresolvedWhen)
  )
    agrees = true;
  // "The suspects were arrested in Kogi State. They were arrested on August 1.": the very next
  // sentence, by the same word, gives an undated incident its day.
  if (
    (od || o.unresolvedWhen) &&
    !op &&
    o.sentence.index === last.sentence.index + 1 &&
    inc.observations.every((x) => !dateOf(x) && !x.unresolvedWhen) &&
    inc.observations.some((x) => x.place && lemmaOf(x.trigger.text) === lemmaOf(o.trigger.text))
  )
    agrees = true;
  // An incident told so far without date or place takes the first dated mention by the same word.
  const bare = !o.relative && inc.observations.every((x) => !dateOf(x) && !x.place);
  if (bare && inc.observations.some((x) => lemmaOf(x.trigger.text) === lemmaOf(o.trigger.text))) agrees = true;
  return { contradicts: false, agrees };
}

/**
 * Between two triggers of one incident: no word that introduces another incident ("arrested the
 * men behind the attack" tells of an arrest and of the attack it follows).
 */
const TIED =
  /^(?:(?!\b(?:after|following|before|since|than|in response|in retaliation|earlier|later|amid|when|while|behind|responsible for|perpetrators? of|masterminds? of|suspects? in|suspected of|involved in|accused of|blamed for)\b)[^;])*$/i;

/** The first letters of a trigger's last word, enough to tell "strike(s)" from "attack(s)". */
function lemmaOf(trigger: string): string {
  // Asked for every pair of observations compared, of the same few trigger words: kept once read.
  let lemma = LEMMAS.get(trigger);
  if (lemma === undefined) {
    const words = trigger.toLowerCase().split(/\s+/);
    const last = words[words.length - 1]!;
    lemma = (IRREGULAR[last] ?? last).slice(0, 5);
    if (LEMMAS.size >= MAX_LEMMAS) LEMMAS.clear();
    LEMMAS.set(trigger, lemma);
  }
  return lemma;
}

const LEMMAS = new Map<string, string>();
/** Trigger texts are a small vocabulary; the bound only keeps odd texts from piling up. */
const MAX_LEMMAS = 10_000;

/** Past forms whose first letters differ from the noun's. */
const IRREGULAR: Record<string, string> = { struck: "strike", fought: "fight", hit: "hit", shot: "shoot", blew: "blow" };

/** "has claimed responsibility for the deadly ambush": the claimant names itself as the perpetrator of the incident told. */
const CLAIMED_FOR = /\bclaim(?:ed|s|ing)? (?:responsibility|credit) for (?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}$/i;

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
function toldAgain(incidents: Incident[], o: Observation, text: string, home: string | null): Incident | null {
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

/** Between a weapon and the word "attack" naming it again: a few words, quotes or brackets at most. */
const WEAPON_THEN_ATTACK_GAP = 40;

/** True when a bare "attack" right after a bombing word names that bombing again ("a VBIED “Fidayee” (suicide) attack"). */
function namesAgain(prev: Observation, o: Observation, text: string): boolean {
  if (kindOf(o.trigger.type) !== "violence" || !REMOTE_TYPES.has(prev.trigger.type)) return false;
  if (dateOf(o) || o.relative || o.unresolvedWhen) return false;
  const between = text.slice(prev.trigger.end, o.trigger.start);
  return between.length <= WEAPON_THEN_ATTACK_GAP && !/[.;]/.test(between) && TIED.test(between);
}

/** A trigger naming the people who did it ("suicide bombers", "attackers"): the verb after it in the sentence is their act. */
const AGENT_NOUN = /(?:bombers|attackers|raiders|assailants|gunmen|hijackers|kidnappers|abductors|rioters)$/i;

/** Between two stages of one attack: "followed by", "and then". */
const CHAINED = /^\s*(?:[\w'’-]+\s+){0,3}?(?:followed by|and then|then)\s+(?:(?:an?|the|another|a second)\s+)?(?:[\w'’-]+\s+){0,2}?$/i;

/** "attacked the base with an IED", "struck the convoy using drones": what follows names the weapon of the act before. */
const WITH_WEAPON = /\b(?:with|using|by means of)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "an IED (SVBIED) planted by the group detonated": the bomb named, then its going off. */
const WENT_OFF = /^(?:exploded|detonated|went off|blew up)$/i;

/** True when the second trigger only tells how the first was done: its weapon, or that the bomb named went off. */
function weaponOf(prev: Observation, o: Observation, text: string): boolean {
  if (!REMOTE_TYPES.has(o.trigger.type) && !WENT_OFF.test(o.trigger.text)) return false;
  const between = text.slice(prev.trigger.end, o.trigger.start);
  if (WITH_WEAPON.test(between)) return true;
  return REMOTE_TYPES.has(prev.trigger.type) && WENT_OFF.test(o.trigger.text) && between.split(/\s+/).length <= 9;
}

/**
 * "looted shops on Sunday and burned houses in X": a verb joined by "and" that adds only what the
 * incident lacks (its place, or its day) tells more of it, not another incident.
 */
function complements(inc: Incident, o: Observation): boolean {
  const undated = (x: Observation) => !dateOf(x) && !x.relative && !x.unresolvedWhen;
  if (undated(o)) return inc.observations.every((x) => !x.place);
  return !o.place && inc.observations.every(undated);
}

/**
 * "On 3 May, two gunmen abducted a trader and then beat him in X": a sentence opening with the day
 * and a later verb giving the place tells one incident. Only that way round: a later verb dated on
 * its own ("the commander, who was killed Monday") tells an earlier incident.
 */
function placesDatedIncident(inc: Incident, o: Observation): boolean {
  if (dateOf(o) || o.relative || o.unresolvedWhen || !o.place) return false;
  return inc.observations.every((x) => !x.place) && inc.observations.some((x) => dateOf(x) && !x.relative);
}

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
    const ranked = [...incidents].sort(
      (a, b) => namingLevel(b, lemma, kind) - namingLevel(a, lemma, kind) || lastSeen.get(b)! - lastSeen.get(a)!,
    );
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
