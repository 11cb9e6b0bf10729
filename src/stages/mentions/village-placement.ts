/**
 * Where villages go once a stretch's places are all read: a village the gazetteer lacks takes the
 * country its own passage names, and a small village found far from the one province its sentence
 * names is a namesake of one there.
 */

import { loadGazetteer } from "../../geo/gazetteer.ts";
import { greatCircleKm } from "../../geo/great-circle-distance.ts";
import { namedAsNeighbour } from "./neighbour-country.ts";
import type { PlaceHit } from "./place-hit.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const VERB_IN_ED_AFTER = /^\s+\p{Ll}+ed\b/u;

/** A village this small, this far from the one province its sentence names, is a namesake of one there. */
const STRAY_VILLAGE_POPULATION = 10_000;
const STRAY_VILLAGE_KM = 200;

/**
 * "In X Township, in Rakhine State, soldiers attacked an outpost in Y village": when the sentence
 * names one province, a small Y found far from it is a namesake of a village there that the
 * gazetteer lacks; the province is the truer place.
 */
export function keepVillagesInTheProvinceNamed(hits: PlaceHit[]): void {
  const gaz = loadGazetteer();
  for (const hit of hits) {
    const v = hit.place;
    if (hit.countryOnly || v.lat === null || v.lon === null || (v.precision !== "exact" && v.precision !== "near")) continue;
    const provinces = hits.filter(
      (h) => !h.countryOnly && h.place.precision === "admin1" && h.place.country === v.country && h.place.lat !== null,
    );
    const named = new Set(provinces.map((h) => h.place.admin1 ?? h.place.name));
    if (named.size !== 1 || v.admin1 === null || named.has(v.admin1)) continue;
    const province = provinces[0]!.place;
    const found = gaz.placesNamed(v.name, v.country ?? undefined).find((p) => p.lat === v.lat && p.lon === v.lon);
    if (found === undefined || found.kind !== "city" || found.population >= STRAY_VILLAGE_POPULATION) continue;
    if (greatCircleKm({ lat: v.lat, lon: v.lon }, { lat: province.lat!, lon: province.lon! }) <= STRAY_VILLAGE_KM) continue;
    hit.place = { ...province, name: v.name, precision: "admin1" };
  }
}

/** Between a demonym and a village: a few words naming what it is, then "of" ("posts of", "border town of"). */
const DEMONYM_OF = /^\s+(?:[\p{Ll}-]+\s+){1,2}of\s+(?:the\s+)?$/u;

/** A country named right before a verb in the past, not after a preposition: the subject that acted. */
function namedAsActing(text: string, hit: PlaceHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 12), hit.start);
  return (
    !/\b(?:in|of|into|across|from|to|near|inside|within)\s+(?:the\s+)?$/i.test(before) &&
    VERB_IN_ED_AFTER.test(text.slice(hit.end, hit.end + 20))
  );
}

/**
 * "A fresh attack in southern Lebanon, at the border town of X": a village the gazetteer lacks
 * belongs to the country the same passage names, which may not be the article's main one.
 */
export function placeUnknownVillagesInTheirSentence(hits: PlaceHit[], text: string): void {
  for (const hit of hits) {
    if (hit.place.lat !== null) continue;
    // "the Israeli posts of X", "the Syrian border town of X": the demonym qualifies the village itself.
    const own = hits.find((h) => h.demonym && h.end <= hit.start && DEMONYM_OF.test(text.slice(h.end, hit.start)));
    if (own) {
      hit.place = { ...hit.place, country: own.place.country };
      continue;
    }
    let nearest: PlaceHit | null = null;
    for (const other of hits) {
      if (other.place.lat === null || other.demonym || other.place.precision === "exact" || other.place.precision === "near") continue;
      // "10 km from the border with X": X is across the border from the village.
      if (other.countryOnly && namedAsNeighbour(text, other.start)) continue;
      // "X targeted four villages": a state named as the side that acted says nothing of where.
      if (other.countryOnly && namedAsActing(text, other)) continue;
      if (nearest === null || Math.abs(other.start - hit.start) < Math.abs(nearest.start - hit.start)) nearest = other;
    }
    if (nearest !== null) hit.place = { ...hit.place, country: nearest.place.country };
  }
}
