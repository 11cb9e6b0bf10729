import { timeToldNext } from "./time-told-next.ts";
import { DATE_RANK, PLACE_RANK } from "../../core/model.ts";
import type { Doc } from "../../core/document.ts";
import { familyOf, type EventType } from "../../core/event-types.ts";
import type { ActorValue, ArticleEvent, ArticleLink, ArticleReference, DateValue, PlaceValue, Range, Span } from "../../core/model.ts";
import type { Stage } from "../../core/pipeline.ts";
import { extracted } from "../../core/span.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import { mainCountry } from "../mentions/mentions-stage.ts";
import type { ActorCandidate } from "./assign-actors.ts";
import { attributePerpetrators } from "./attribute-perpetrators.ts";
import { crowdViolence } from "./crowd-violence.ts";
import { findNoDeaths } from "./no-deaths.ts";
import { largestFigure, sumTolls } from "./sum-tolls.ts";
import { findClaims } from "./find-claims.ts";
import { groupIncidents, type Incident } from "./group-incidents.ts";
import { onlyPlaceNamed } from "./only-place-named.ts";
import { mainArmedGroup, readObservations, type Observation, type PlaceMention } from "./read-observations.ts";
import { resolveType, territoryType } from "./resolve-type.ts";
import { typingEvidence } from "./typing-evidence.ts";
import { demonstrationActors } from "../../actors/demonstration-actors.ts";
import { demonstratorsBefore } from "../../actors/demonstrators-before.ts";
import { countrySide } from "../../actors/state-actor-names.ts";
import { namedSubjectBefore } from "../../actors/sentence-subject.ts";
import { defaultTarget } from "../../actors/default-target.ts";
import { victimForces } from "../../actors/victim-forces.ts";
import { isUnnamedArmedGroup, placeUnnamed, unnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";

const RETALIATION = /\b(?:retaliat\w*|in response to|in revenge for|avenge|response to)\b/i;
const AFTER_WORDS = /\b(?:after|following|in response to|in retaliation for|in revenge for|for)\s+(?:\S+\s+){0,4}$/i;

/** "the city", "the town": a place the article has already named, without naming it again. */
const THE_TOWN = /\b(?:in|of|across|around|near|outside|into) (?:\w+ ){0,4}the (?:city|town)\b(?! of\b)/i;

/** "Operation Inherent Resolve", "as part of Operation Hawkeye Strike": a campaign by its name. */
const OPERATION = /\bOperation\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;

/** "in the southern village", "at the same town": a place named just before, not named again. */
const THE_VILLAGE = /\b(?:in|at|near|outside) the (?:\w+ )?(?:village|town|locality|area)\b(?! of\b)/i;

/**
 * The town or village an observation points back to with "in the village": the nearest one named
 * before it in the same sentence.
 */
function placeReferredTo(doc: Doc, pool: Observation[]): PlaceMention | null {
  for (const o of pool) {
    const words = doc.text.slice(o.window.start, o.window.end);
    const m = THE_VILLAGE.exec(words);
    if (!m) continue;
    const at = o.window.start + m.index;
    const before = doc.mentions.filter(
      (x): x is PlaceMention =>
        x.kind === "place" &&
        x.span.end <= at &&
        x.span.start >= o.sentence.span.start &&
        ((x as PlaceMention).normalised.precision === "exact" || (x as PlaceMention).normalised.precision === "near"),
    );
    if (before.length > 0) return before[before.length - 1]!;
  }
  return null;
}

function firstBy<T>(items: T[], rank: (t: T) => number): T | null {
  let best: T | null = null;
  for (const t of items) if (best === null || rank(t) < rank(best)) best = t;
  return best;
}

/** Builds the event one incident amounts to, every field with the words it was read from. */
function toEvent(
  doc: Doc,
  inc: Incident,
  country: string | null,
  focal: PlaceMention | null,
  all: Incident[],
  perpetrators: Map<Incident, ActorCandidate | null>,
): ArticleEvent {
  const isMain = inc === mainIncident(all);
  const text = doc.text;
  const obs = inc.observations;
  const anchor = obs.find((o) => o.concrete) ?? obs[0]!;
  const windowText = obs.map((o) => text.slice(o.window.start, o.window.end)).join(" ");
  const actor2 = obs.find((o) => o.actor2)?.actor2 ?? null;
  let type = resolveType(
    obs.map((o) => o.trigger.type),
    obs.flatMap((o) => o.weapons),
    windowText,
    actor2?.actor ?? null,
    obs.filter((o) => o.sentence === anchor.sentence).map((o) => o.trigger.type),
    {
      // Only a demonstration is typed by what follows it: the wider text is read for nothing else.
      context: obs.some((o) => DEMONSTRATION_TRIGGERS.has(o.trigger.type)) ? incidentContext(doc, inc, all) : undefined,
      actor1Kind: perpetrators.get(inc)?.actor.kind ?? null,
      actor1Name: perpetrators.get(inc)?.actor.name ?? null,
      ...typingEvidence(text, obs, perpetrators.get(inc) ?? null, incidentContext(doc, inc, all)),
      actor1Country: perpetrators.get(inc)?.actor.country ?? null,
      country: obs.find((o) => o.place)?.place?.normalised.country ?? obs.find((o) => o.country)?.country?.normalised.country ?? country,
      killed: obs.some((o) => o.casualties.some((c) => c.kind === "killed" && (c.range.max ?? 1) > 0)),
      victims: obs.flatMap((o) => o.casualties.filter((c) => c.kind !== "perpetrator_killed").map((c) => c.who)).join("; "),
      crowd: obs.some((o) => CROWD_VIOLENCE.has(o.trigger.type) && crowdViolence(text, o.window, o.trigger)),
    },
  );

  // "announced the arrest of the suspects": the announcement's day and town are not the arrest's.
  const announcedOnly = obs.some((o) => o.announced) && obs.every((o) => o.announced || (!o.time && !o.place));
  const timed = firstBy(
    obs.filter((o) => o.time),
    (o) => DATE_RANK[o.time!.normalised.value!.precision],
  );
  let date: ArticleEvent["date"] = null;
  const relative = obs.find((o) => o.relative);
  const anchorDate = relative ? relativeDate(relative, inc, all) : null;
  const toldNext = timed || relative ? null : timeToldNext(doc, Math.max(...obs.map((o) => o.sentence.index)));
  if (!timed && relative && anchorDate) {
    const t = relative.time ?? relative.trigger;
    date = extracted(text, "span" in t ? t.span : t, anchorDate, `relative-${relative.relative}`, true);
  } else if (timed) {
    const t = timed.time!;
    date = extracted(text, t.span, t.normalised.value as DateValue, t.source, t.normalised.implied);
  } else if (toldNext) {
    date = extracted(text, toldNext.span, toldNext.normalised.value as DateValue, toldNext.source, toldNext.normalised.implied);
  } else if (obs.some((o) => o.statedAt)) {
    // Only the day it was reported is given: the incident happened then or just before.
    const t = obs.find((o) => o.statedAt)!.statedAt!;
    date = extracted(text, t.span, t.normalised.value as DateValue, `statement-${t.source}`, true);
  } else if (doc.article.published && !announcedOnly && !(!isMain && obs.some((o) => toldAsEarlier(text, o)))) {
    // Re-read against a likely publication day, an article falls back to its known reference day instead.
    const p = doc.article.referenceDate ?? doc.article.published;
    date = extracted(text, anchor.trigger, { start: p, end: p, precision: "day" }, "publication-date", true);
  }

  // Places come from what tells of the incident itself (concrete or pointed mentions), not from
  // passing references to it in sentences about something else.
  const telling = obs.filter((o) => o.concrete || o.definite);
  const pool = telling.length ? telling : obs;
  const placed = firstBy(
    pool.filter((o) => o.place),
    (o) => PLACE_RANK[o.place!.normalised.precision],
  );
  let location: ArticleEvent["location"] = null;
  let referred: PlaceMention | null = null;
  let only: PlaceMention | null = null;
  const strip = (p: PlaceValue & { countryOnly?: boolean; demonym?: boolean }): PlaceValue => ({
    name: p.name,
    admin1: p.admin1,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
  });
  // A country named where the incident itself is told; a passing reference to it ("denied any role
  // in the attacks, blaming groups in Iraq") names a country only for an incident the article is not about.
  const namedIn = (os: Observation[]) => os.find((o) => o.country && !o.country.normalised.demonym)?.country ?? null;
  const named = namedIn(pool.filter((o) => o.concrete)) ?? (isMain ? null : namedIn(pool));
  if (placed) {
    location = extracted(text, placed.place!.span, strip(placed.place!.normalised), placed.place!.source);
    if (location.value.lat === null) location.value = mapCoarsely(location.value, doc, inc, country, focal);
  } else if (isMain && !announcedOnly && focal && (!named || named.normalised.country === focal.normalised.country)) {
    // Said without a place, the main incident of a report about one town most likely happened there.
    location = extracted(text, focal.span, strip(focal.normalised), "article-focal-place", true);
  } else if (!named && (referred = placeReferredTo(doc, pool)) !== null) {
    // "killed Monday in the southern village", the village named earlier in the sentence.
    location = extracted(text, referred.span, strip(referred.normalised), "the-village-just-named", true);
    if (location.value.lat === null) location.value = mapCoarsely(location.value, doc, inc, country, focal);
  } else if (focal && !named && pool.some((o) => THE_TOWN.test(text.slice(o.window.start, o.window.end)))) {
    // "fighting in the southern parts of the city": the city is the one the article is about.
    location = extracted(text, focal.span, strip(focal.normalised), "the-city-of-the-article", true);
  } else if (isMain && !announcedOnly && !named && (only = onlyPlaceNamed(doc, country)) !== null) {
    // The main incident of a report that names one place (a village and its district) happened there.
    location = extracted(text, only.span, strip(only.normalised), "the-only-place-named", true);
  } else {
    // Otherwise the country the text names for it; the article's own country only for its main incident.
    const fallback = named ?? (isMain ? null : (pool.find((o) => o.country)?.country ?? null));
    const c = fallback ? fallback.normalised.country : isMain || homeGrown(inc, doc, country) ? country : null;
    const info = c ? loadGazetteer().country(c) : null;
    if (info) {
      const value: PlaceValue = { name: info.name, admin1: null, country: info.code, lat: info.lat, lon: info.lon, precision: "country" };
      location = fallback
        ? extracted(text, fallback.span, value, "country-mention")
        : extracted(text, anchor.trigger, value, "article-country", true);
    }
  }

  const actorOf = (o: Observation | undefined, key: "actor1" | "actor2") => {
    const c = o?.[key];
    return c ? extracted<ActorValue>(text, { start: c.start, end: c.end }, c.actor, c.source) : null;
  };
  const doer = perpetrators.get(inc);
  let a1 = doer ? extracted<ActorValue>(text, { start: doer.start, end: doer.end }, doer.actor, doer.source) : null;
  const where = location?.value.country ?? null;
  if (!a1 && ["battles", "remote", "civilians"].includes(familyOf(type))) {
    // "X took the town following clashes": the named subject of the sentence; else, as coders do,
    // an unidentified group of the country.
    const hit = obs.flatMap((o) => (o.actor2 ? [o.actor2.actor.name] : []));
    const subject = namedSubjectBefore(text, doc.mentions, anchor.sentence.span, anchor.trigger.start, hit);
    a1 = subject
      ? extracted(text, subject.span, subject.normalised as ActorValue, "subject-of-the-sentence", true)
      : extracted(text, anchor.trigger, unnamedArmedGroup(where, text), "no-perpetrator-named", true);
  }
  const withTarget = (o: Observation) => o.actor2 && o.actor2.actor.name !== a1?.value.name;
  // A battle is fought with an armed side: "killed 27 people" does not make the people its other side.
  const armedTarget = (o: Observation) => withTarget(o) && o.actor2!.actor.kind !== "civilians";
  const battle = familyOf(type) === "battles";
  let a2 = actorOf(
    (battle ? (pool.find(armedTarget) ?? obs.find(armedTarget)) : undefined) ?? pool.find(withTarget) ?? obs.find(withTarget),
    "actor2",
  );
  // "Gunmen", "militants": the unnamed group of the event's country.
  // "Pakistan struck", "Syria signed": a country that acts is its military, police or government by the event's type.
  for (const side of [a1, a2])
    if (side?.source === "country-as-actor" && side.value.country) side.value = countrySide(side.value.country, type);
  const violence = familyOf(type) !== "strategic";
  if (a1) a1.value = placeUnnamed(a1.value, where, text, violence);
  // Who took the place, as finally named ("FDS" read in the country of the event), decides between the two territory types.
  if (a1 && TERRITORY_TYPES.has(type)) type = territoryType(a1.value.kind ?? null, a1.value.country ?? null, where);
  if (a2) a2.value = placeUnnamed(a2.value, where, text, violence);
  if (a1 && a2 && a1.value.name === a2.value.name) a2 = null;
  // "a Russian drone was shot down by Ukraine; its debris hit homes": coded as the strike, whose side is the one that sent it.
  if (a1 && a2 && familyOf(type) === "remote" && anchor.trigger.type === "disrupted_weapons_use") [a1, a2] = [a2, a1];
  // Violence against civilians, or a strike the text says hit people or homes, is done to the civilians of the country.
  const victims = obs.flatMap((o) => o.casualties.filter((c) => c.kind !== "perpetrator_killed").map((c) => c.who)).join("; ");
  // Soldiers or police among the dead or wounded of a fight or strike are the forces acted upon,
  // unless the side that acted is that state's own.
  const forcesHit = a2 || !["battles", "remote"].includes(familyOf(type)) ? null : victimForces(victims, where ?? country);
  const ownForces = forcesHit && a1?.value.kind === "state" && a1.value.country === forcesHit.country;
  const target = a2 ? null : ((ownForces ? null : forcesHit) ?? defaultTarget(type, where ?? country, windowText, victims));
  if (target) a2 = extracted(text, anchor.trigger, target, target === forcesHit ? "forces-among-casualties" : "civilians-by-type", true);
  // Protests and riots: the demonstrators first, then the force or the people they met.
  // Read over the incident's sentences and the one after ("Students marched... Police fired tear gas.").
  const lastSentence = Math.max(...obs.map((o) => o.sentence.index));
  const told = text.slice(
    Math.min(...obs.map((o) => o.sentence.span.start)),
    (doc.sentences[lastSentence + 1] ?? doc.sentences[lastSentence])?.span.end ?? text.length,
  );
  const sides = demonstrationActors(type, where ?? country, { actor1: a1?.value ?? null, actor2: a2?.value ?? null }, told);
  if (sides) {
    a1 = extracted(text, a1?.span ?? demonstratorsBefore(text, anchor.trigger) ?? anchor.trigger, sides.actor1, "demonstrators", true);
    a2 = sides.actor2 ? extracted(text, a2?.span ?? anchor.trigger, sides.actor2, "demonstration-counterpart", true) : null;
  }

  const killed = obs.flatMap((o) => o.casualties.filter((c) => c.kind === "killed"));
  const perpetrator = obs.some((o) => o.casualties.some((c) => c.kind === "perpetrator_killed"));
  let fatalities: ArticleEvent["fatalities"] = null;
  if (killed.length) {
    // Within one article, a smaller figure for the same side is an early or partial count ("one body
    // at the scene", "had earlier put the toll at two"): the largest stands; the sides' tolls add up.
    const range = sumTolls(killed.map((c) => ({ ...c, vague: VAGUE_COUNT.test(text.slice(c.span.start, c.span.end)) })));
    const withAttacker: Range = perpetrator && range.max !== null ? { min: range.min, max: range.max + 1 } : range;
    fatalities = extracted(text, killed[0]!.span, withAttacker, "toll");
  } else if (a2?.value.kind === "person" && obs.some((o) => /\bkill(?:ed|ing|s)\b/i.test(text.slice(o.window.start, o.window.end)))) {
    fatalities = extracted(text, a2.span, { min: 1, max: 1 }, "named-victim");
  } else {
    // "There were no casualties": a toll of zero, known, unlike one nobody gave.
    const none = findNoDeaths(
      text,
      incidentSentences(doc, inc, all).map((s) => s.span),
    );
    if (none) fatalities = extracted(text, none, { min: 0, max: 0 }, "no-deaths-stated");
  }
  const injuredList = obs.flatMap((o) => o.casualties.filter((c) => c.kind === "injured"));
  const injured = injuredList.length ? extracted(text, injuredList[0]!.span, largestFigure(injuredList.map((c) => c.range)), "toll") : null;

  const evidence: Span[] = [];
  for (const o of obs) {
    const span = o.told ?? o.sentence.span;
    if (!evidence.some((e) => e.start === span.start)) evidence.push(span);
  }
  const event: ArticleEvent = {
    type: extracted<EventType>(text, anchor.trigger, type, "trigger"),
    date,
    location,
    actor1: a1,
    actor2: a2,
    fatalities,
    injured,
    evidence,
    trigger: `"${anchor.trigger.text}" in sentence ${anchor.sentence.index + 1}`,
  };
  const weekday = date ? null : (pool.find((o) => o.weekday) ?? obs.find((o) => o.weekday))?.weekday;
  if (weekday) event.weekday = weekday;
  const operation = obs.map((o) => OPERATION.exec(o.sentence.text)?.[1]).find((name) => name !== undefined);
  if (operation) event.operation = `Operation ${operation}`;
  return event;
}

/** The types of a place taken by force, decided by who took it. */
const TERRITORY_TYPES = new Set<EventType>(["government_regains_territory", "non_state_actor_overtakes_territory"]);
/** "Earlier, the province saw another ambush": an incident before the news, on a day the text does not give ("earlier the same day" gives it). */
const EARLIER_OPENING =
  /^\s*(?:earlier|previously|before that|prior to that|in (?:an|a) (?:earlier|previous))\b(?!,?\s+(?:the same day|that day|on the same day|in the day))/i;

/** True when the observation's sentence opens by placing it before the news ("Earlier, ..."). */
function toldAsEarlier(text: string, o: Observation): boolean {
  return EARLIER_OPENING.test(text.slice(o.sentence.span.start, o.trigger.start));
}

/** Triggers of demonstrations and riots, whose type is read from what happened at them. */
const DEMONSTRATION_TRIGGERS = new Set<string>(["peaceful_protest", "violent_demonstration", "mob_violence"]);

/** Triggers of violence a crowd may be doing ("villagers attacked", "supporters clashed"). */
const CROWD_VIOLENCE = new Set<string>(["generic", "attack", "armed_clash", "mob_violence", "looting_property_destruction"]);

/** Sentences that tell no other incident and follow on from one ("Police fired tear gas to disperse them"): at most this many. */
const FOLLOWING_SENTENCES = 2;

/** The text of an incident's sentences and of the sentences after them that tell no other incident. */
function incidentContext(doc: Doc, inc: Incident, all: Incident[]): string {
  return incidentSentences(doc, inc, all)
    .map((s) => s.text)
    .join(" ");
}

/** An incident's sentences and the sentences after them that tell no other incident. */
function incidentSentences(doc: Doc, inc: Incident, all: Incident[]): Doc["sentences"] {
  const own = new Set(inc.observations.map((o) => o.sentence.index));
  const others = new Set(all.filter((i) => i !== inc).flatMap((i) => i.observations.map((o) => o.sentence.index)));
  const parts: Doc["sentences"] = [];
  let after = 0;
  for (const s of doc.sentences) {
    if (own.has(s.index)) {
      parts.push(s);
      after = FOLLOWING_SENTENCES;
    } else if (after > 0 && !others.has(s.index)) {
      parts.push(s);
      after--;
    } else after = 0;
  }
  return parts;
}

/**
 * Violence with no perpetrator named anywhere near it, in an article about one armed group named
 * again and again, is most likely that group's: it is taken as actor1, marked as assumed.
 */
function assumeMainGroup(doc: Doc, incidents: Incident[], perpetrators: Map<Incident, ActorCandidate | null>): void {
  const group = mainArmedGroup(doc.mentions);
  if (!group) return;
  const mentions = doc.mentions.filter((m) => m.kind === "actor" && (m.normalised as ActorValue).name === group.name);
  if (mentions.length < 2) return;
  for (const inc of incidents) {
    // An unnamed "gunmen" leaves room for the group the article is about.
    const known = perpetrators.get(inc);
    if (known && !isUnnamedArmedGroup(known.actor)) continue;
    if (
      !inc.observations.some(
        (o) =>
          VIOLENT_TRIGGER.has(o.trigger.type) ||
          o.trigger.type === "generic" ||
          o.trigger.type === "strike" ||
          o.trigger.type === "bombing",
      )
    )
      continue;
    // Not when the article reports the group being hit: then it is as likely the target as the attacker.
    if (incidents.some((i) => i.observations.some((o) => o.actor2?.actor.name === group.name))) return;
    const first = mentions[0]!;
    perpetrators.set(inc, { start: first.span.start, end: first.span.end, actor: group, source: "article-main-group" });
  }
}

const VIOLENT_TRIGGER = new Set<string>([
  "air_drone_strike",
  "shelling_artillery_missile_attack",
  "remote_explosive_landmine_ied",
  "suicide_bomb",
  "grenade",
  "armed_clash",
  "attack",
  "abduction_forced_disappearance",
]);

/**
 * A place the gazetteer lacks keeps its name, but takes the coordinates of the most precise place
 * the text gives around it (its province, a region, else the country), with that precision: on
 * the map it sits as coarsely as the text supports, never at a guessed town.
 */
function mapCoarsely(place: PlaceValue, doc: Doc, inc: Incident, country: string | null, focal: PlaceMention | null): PlaceValue {
  const inWindows = doc.mentions.filter(
    (m): m is PlaceMention =>
      m.kind === "place" &&
      (m as PlaceMention).normalised.lat !== null &&
      inc.observations.some((o) => m.span.start >= o.sentence.span.start && m.span.end <= o.sentence.span.end),
  );
  // Another town would be a guess; a district, province or region around the place is not.
  const sameCountry = inWindows.filter(
    (m) =>
      (!place.country || m.normalised.country === place.country) &&
      (m.normalised.precision === "admin1" ||
        m.normalised.precision === "region" ||
        (m.normalised.soft && m.normalised.precision === "near")),
  );
  const best = sameCountry.sort((a, b) => PLACE_RANK[a.normalised.precision] - PLACE_RANK[b.normalised.precision])[0];
  if (best) {
    const b = best.normalised;
    return {
      name: place.name,
      admin1: b.admin1 ?? (b.precision === "admin1" ? b.name : null),
      country: b.country,
      lat: b.lat,
      lon: b.lon,
      precision: b.precision,
    };
  }
  // Else the town the article keeps coming back to, as a region around it: the unknown place is most likely nearby.
  if (focal && focal.normalised.country === place.country && focal.normalised.lat !== null) {
    const f = focal.normalised;
    return { name: place.name, admin1: f.admin1, country: f.country, lat: f.lat, lon: f.lon, precision: "region" };
  }
  // Else the part of the country the article says it is about ("in southern Lebanon"), if it names only one.
  const areas = new Map<string, PlaceValue>();
  for (const m of doc.mentions) {
    if (m.kind !== "place") continue;
    const p = (m as PlaceMention).normalised;
    if (p.lat === null || p.country !== place.country || (p.precision !== "admin1" && p.precision !== "region")) continue;
    areas.set(`${Math.round(p.lat * 10)}|${Math.round((p.lon ?? 0) * 10)}`, p);
  }
  if (areas.size === 1) {
    const [a] = areas.values();
    return { name: place.name, admin1: a!.admin1, country: a!.country, lat: a!.lat, lon: a!.lon, precision: a!.precision };
  }
  // Else the one town the article names in that country ("the suburb of X" in a report from the capital), as a region around it.
  const only = place.country ? onlyPlaceNamed(doc, place.country) : null;
  if (only) {
    const o = only.normalised;
    return { name: place.name, admin1: o.admin1, country: o.country, lat: o.lat, lon: o.lon, precision: "region" };
  }
  const info = loadGazetteer().country(place.country ?? country ?? "");
  return info ? { name: place.name, admin1: null, country: info.code, lat: info.lat, lon: info.lon, precision: "country" } : place;
}

/**
 * An incident whose sentences name no country but the article's own: told without a place, it is
 * most likely in the country the article is about ("killed Monday in the southern village").
 */
/** A toll given by a word that fixes no number ("several attackers were killed"). */
const VAGUE_COUNT = /^(?:(?:at least|more than|over)\s+)?(?:several|some|a few|many|dozens|scores|hundreds)\b/i;

function homeGrown(inc: Incident, doc: Doc, country: string | null): boolean {
  if (!country) return false;
  const sentences = new Set(inc.observations.filter((o) => o.concrete).map((o) => o.sentence));
  if (sentences.size === 0) return false;
  // "Not far from where Israel killed X": a state named as the side that acted says nothing of
  // where it acted, and states strike abroad as often as at home.
  const sides = inc.observations.flatMap((o) => [o.actor1, o.actor2].flatMap((a) => (a ? [a] : [])));
  const acting = (m: { span: { start: number; end: number } }) => sides.some((a) => a.start < m.span.end && m.span.start < a.end);
  return doc.mentions.every((m) => {
    if (m.kind !== "place") return true;
    const inside = [...sentences].some((s) => m.span.start >= s.span.start && m.span.end <= s.span.end);
    if (inside && (m as PlaceMention).normalised.countryOnly && acting(m)) return false;
    return !inside || (m as PlaceMention).normalised.country === country;
  });
}

/** The incident an article is about: the one its first concrete mention tells of. */
function mainIncident(all: Incident[]): Incident | null {
  let best: { inc: Incident; at: number } | null = null;
  for (const inc of all) {
    for (const o of inc.observations) if (o.concrete && (!best || o.trigger.start < best.at)) best = { inc, at: o.trigger.start };
  }
  return best?.inc ?? null;
}

const SHIFT: Record<NonNullable<Observation["relative"]>, number> = {
  next_day: 1,
  previous_day: -1,
  same_day: 0,
  hours_earlier: 0,
  days_before: -3,
};

/** "The next day", "hours earlier": the day of the incident told just before, shifted. */
function relativeDate(o: Observation, own: Incident, all: Incident[]): DateValue | null {
  let best: { at: number; date: DateValue } | null = null;
  for (const inc of all) {
    if (inc === own) continue;
    for (const x of inc.observations) {
      const d = x.time?.normalised.value;
      if (!d || d.precision !== "day" || x.trigger.start > o.trigger.start) continue;
      if (!best || x.trigger.start > best.at) best = { at: x.trigger.start, date: d };
    }
  }
  if (!best) return null;
  const day = new Date(Date.parse(best.date.start) + SHIFT[o.relative!] * 86_400_000).toISOString().slice(0, 10);
  return { start: day, end: day, precision: o.relative === "days_before" ? "week" : "day" };
}

/** The town an article keeps coming back to (named at least twice, in its main country), if there is one. */
function focalPlace(doc: Doc, country: string | null): PlaceMention | null {
  const counts = new Map<string, { first: PlaceMention; n: number }>();
  for (const m of doc.mentions) {
    if (m.kind !== "place") continue;
    const p = m as PlaceMention;
    const v = p.normalised;
    if (v.countryOnly || v.soft || (v.precision !== "exact" && v.precision !== "near") || (country && v.country !== country)) continue;
    const c = counts.get(v.name);
    if (c) c.n++;
    else counts.set(v.name, { first: p, n: 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first.span.start - b.first.span.start)[0];
  return best && best.n >= 2 ? best.first : null;
}

/** Links within one sentence: "strikes ... after an attack", "in retaliation for the killing". */
function findLinks(incidents: Incident[], text: string): ArticleLink[] {
  const links: ArticleLink[] = [];
  const where = new Map<Observation, number>();
  incidents.forEach((inc, i) => inc.observations.forEach((o) => where.set(o, i)));
  const all = [...where.keys()].sort((a, b) => a.trigger.start - b.trigger.start);
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.sentence !== b.sentence) continue;
    const between = text.slice(a.trigger.end, b.trigger.start);
    const from = where.get(a)!;
    const to = where.get(b)!;
    if (from === to || links.some((l) => l.from === from && l.to === to)) continue;
    if (RETALIATION.test(a.sentence.text) && AFTER_WORDS.test(between)) {
      links.push({ from, to, relation: "retaliation_for", evidence: a.sentence.span });
    } else if (a.trigger.type === "arrests" && b.trigger.type !== "arrests" && CULPRITS_OF.test(between)) {
      // "arrested the perpetrators of the June 5 massacre": the arrest follows up the massacre.
      links.push({ from, to, relation: "follow_up", evidence: a.sentence.span });
    }
  }
  return links;
}

/** "in response to the killings of X and Y": what follows names the victims of the incidents answered. */
const RESPONSE_TO_KILLING =
  /\b(?:in (?:response|retaliation|revenge) (?:to|for)|to avenge|retaliating for|avenging)\s+(?:the\s+)?(?:recent\s+)?(?:killings?|assassinations?|deaths?|murders?)\s+of\s+/gi;

/**
 * Retaliation for the killing of a named person: linked to the article's incident with that victim
 * when there is one, else left as a reference the store resolves against other sources' events.
 */
function linksByVictim(doc: Doc, incidents: Incident[]): { links: ArticleLink[]; references: ArticleReference[] } {
  const links: ArticleLink[] = [];
  const references: ArticleReference[] = [];
  for (const sentence of doc.sentences) {
    RESPONSE_TO_KILLING.lastIndex = 0;
    const cue = RESPONSE_TO_KILLING.exec(sentence.text);
    if (!cue) continue;
    const cueAt = sentence.span.start + cue.index;
    // The incident answering: the one whose trigger stands last before the cue in the sentence.
    let from = -1;
    let fromAt = -1;
    incidents.forEach((inc, i) => {
      for (const o of inc.observations) {
        if (o.sentence === sentence && o.trigger.start < cueAt && o.trigger.start > fromAt) {
          from = i;
          fromAt = o.trigger.start;
        }
      }
    });
    if (from < 0) continue;
    const victims = doc.mentions.filter(
      (m) => m.kind === "person" && m.span.start >= cueAt + cue[0].length && m.span.end <= sentence.span.end,
    );
    for (const v of victims) {
      const name = (v.normalised as { name: string }).name;
      const to = incidents.findIndex((inc, i) => i !== from && inc.observations.some((o) => victimNamed(o, name)));
      if (to >= 0) {
        if (!links.some((l) => l.from === from && l.to === to))
          links.push({ from, to, relation: "retaliation_for", evidence: sentence.span });
      } else references.push({ from, relation: "retaliation_for", victim: name, evidence: sentence.span });
    }
  }
  return { links, references };
}

/** True when the observation's victim is the person named (by family name, the way reports shorten names). */
function victimNamed(o: Observation, name: string): boolean {
  const last = (n: string) =>
    n
      .replace(/\s*\(.*\)$/, "")
      .trim()
      .split(/\s+/)
      .pop()!
      .toLowerCase()
      .replace(/^(?:al|el)-/, "");
  const target = last(name);
  const candidates = [o.actor2?.actor.kind === "person" ? o.actor2.actor.name : null, ...o.casualties.map((c) => c.who)];
  return candidates.some((c) => c && c.split(/\s+and\s+/).some((who) => last(who) === target));
}

/** Between an arrest and an attack: those arrested carried it out. */
const CULPRITS_OF =
  /\b(?:perpetrators?|masterminds?|suspects?|gunmen|attackers|terrorists|men|those)\s+(?:\w+\s+){0,2}(?:of|behind|responsible for|in|involved in|who carried out|linked to)\b/i;

/** Finds the incidents an article reports and codes each as an event; keeps tallies as claims. */
export function eventsStage(): Stage {
  return {
    name: "events",
    run(doc) {
      const country = mainCountry(doc);
      const { observations, skipped } = readObservations(doc, country);
      for (const s of skipped)
        doc.messages.push({
          stage: "events",
          ruleId: `not-an-incident:${s.reason}`,
          reason: `sentence ${s.sentence.index + 1} is not an incident (${s.reason})`,
          span: s.sentence.span,
        });
      const incidents = groupIncidents(observations, doc.text, country, doc.article.published);
      const focal = focalPlace(doc, country);
      // Actors, like places, come first from what tells of the incident itself; then from sentences naming who did it.
      const perpetrators = new Map<Incident, ActorCandidate | null>();
      for (const inc of incidents) {
        const telling = inc.observations.filter((o) => o.concrete || o.definite);
        // A group named anywhere in the incident's account outranks "gunmen" named first.
        const named = (o: Observation) => o.actor1 && !isUnnamedArmedGroup(o.actor1.actor);
        const told =
          telling.find(named) ?? inc.observations.find(named) ?? telling.find((o) => o.actor1) ?? inc.observations.find((o) => o.actor1);
        perpetrators.set(inc, told?.actor1 ?? null);
      }
      attributePerpetrators(doc, incidents, perpetrators);
      assumeMainGroup(doc, incidents, perpetrators);
      doc.events = incidents.map((inc) => toEvent(doc, inc, country, focal, incidents, perpetrators));
      doc.links = findLinks(incidents, doc.text);
      const named = linksByVictim(doc, incidents);
      for (const link of named.links) if (!doc.links.some((l) => l.from === link.from && l.to === link.to)) doc.links.push(link);
      doc.references = named.references;
      doc.claims = doc.sentences.flatMap((s) => findClaims(doc.text, s.span.start, s.span.end));
    },
  };
}
