import { PLACE_RANK } from "../../core/model.ts";
import type { Doc } from "../../core/document.ts";
import type { PlaceValue } from "../../core/model.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import type { Incident } from "./group-incidents.ts";
import { onlyPlaceNamed } from "./only-place-named.ts";
import type { Observation, PlaceMention } from "./read-observations.ts";

/** "the city", "the town": a place the article has already named, without naming it again. */
export const THE_TOWN = /\b(?:in|of|across|around|near|outside|into) (?:\w+ ){0,4}the (?:city|town)\b(?! of\b)/i;

/** "in the southern village", "at the same town": a place named just before, not named again. */
const THE_VILLAGE = /\b(?:in|at|near|outside) the (?:\w+ )?(?:village|town|locality|area)\b(?! of\b)/i;

/**
 * The town or village an observation points back to with "in the village": the nearest one named
 * before it in the same sentence.
 */
export function placeReferredTo(doc: Doc, pool: Observation[]): PlaceMention | null {
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

/**
 * A place the gazetteer lacks keeps its name, but takes the coordinates of the most precise place
 * the text gives around it (its province, a region, else the country), with that precision: on
 * the map it sits as coarsely as the text supports, never at a guessed town.
 */
export function mapCoarsely(place: PlaceValue, doc: Doc, inc: Incident, country: string | null, focal: PlaceMention | null): PlaceValue {
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
export function homeGrown(inc: Incident, doc: Doc, country: string | null): boolean {
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

/** The town an article keeps coming back to (named at least twice, in its main country), if there is one. */
export function focalPlace(doc: Doc, country: string | null): PlaceMention | null {
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
