import { timeToldNext } from "./time-told-next.ts";
import { DATE_RANK, PLACE_RANK } from "../../core/model.ts";
import type { Doc } from "../../core/document.ts";
import { familyOf, type EventType } from "../../core/event-types.ts";
import type { ActorValue, ArticleEvent, DateValue, PlaceValue, Range, Span } from "../../core/model.ts";
import { extracted } from "../../core/span.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import type { ActorCandidate } from "./actor-candidates.ts";
import { crowdViolence } from "./crowd-violence.ts";
import { findNoDeaths } from "./no-deaths.ts";
import { largestFigure, sumTolls } from "./sum-tolls.ts";
import type { Incident } from "./group-incidents.ts";
import { onlyPlaceNamed } from "./only-place-named.ts";
import type { Observation, PlaceMention } from "./read-observations.ts";
import { resolveType, territoryType } from "./resolve-type.ts";
import { demonstrationActors } from "../../actors/demonstration-actors.ts";
import { countrySide } from "../../actors/state-actor-names.ts";
import { namedSubjectBefore } from "../../actors/sentence-subject.ts";
import { defaultTarget } from "../../actors/default-target.ts";
import { victimForces } from "../../actors/victim-forces.ts";
import { leftoverOrdnanceForces, placeUnnamed, unnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";
import { typingEvidence } from "./typing-evidence.ts";
import { incidentContext, incidentSentences } from "./incident-context.ts";
import { homeGrown, mapCoarsely, placeReferredTo, THE_TOWN } from "./incident-place.ts";
import { demonstratorsBefore } from "../../actors/demonstrators-before.ts";

/** "Operation Inherent Resolve", "as part of Operation Hawkeye Strike": a campaign by its name. */
const OPERATION = /\bOperation\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;

function firstBy<T>(items: T[], rank: (t: T) => number): T | null {
  let best: T | null = null;
  for (const t of items) if (best === null || rank(t) < rank(best)) best = t;
  return best;
}

/** Builds the event one incident amounts to, every field with the words it was read from. */
export function toEvent(
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
      : extracted(
          text,
          anchor.trigger,
          (type === "remote_explosive_landmine_ied"
            ? leftoverOrdnanceForces(where, text.slice(anchor.sentence.span.start, anchor.sentence.span.end))
            : null) ?? unnamedArmedGroup(where, text),
          "no-perpetrator-named",
          true,
        );
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

/** A toll given by a word that fixes no number ("several attackers were killed"). */
const VAGUE_COUNT = /^(?:(?:at least|more than|over)\s+)?(?:several|some|a few|many|dozens|scores|hundreds)\b/i;

/** Asked once for each event of an article: found once for its incidents. */
const MAIN_INCIDENT = new WeakMap<Incident[], Incident | null>();

/** The incident an article is about: the one its first concrete mention tells of. */
function mainIncident(all: Incident[]): Incident | null {
  const known = MAIN_INCIDENT.get(all);
  if (known !== undefined) return known;
  let best: { inc: Incident; at: number } | null = null;
  for (const inc of all) {
    for (const o of inc.observations) if (o.concrete && (!best || o.trigger.start < best.at)) best = { inc, at: o.trigger.start };
  }
  const main = best?.inc ?? null;
  MAIN_INCIDENT.set(all, main);
  return main;
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
