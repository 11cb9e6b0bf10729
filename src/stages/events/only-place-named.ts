import type { Doc } from "../../core/document.ts";
import { PLACE_RANK } from "../../core/model.ts";
import { greatCircleKm } from "../../geo/great-circle-distance.ts";
import type { PlaceMention } from "./read-observations.ts";

/** Places this close together are one area: a village and the district or province written beside it. */
const ONE_AREA_KM = 100;

/**
 * The one place an article names (its mentions all within one area, in the article's country),
 * the most precise of them; null when it names none or several apart. A short report that tells
 * an incident in one sentence and its toll in the next is about that place throughout.
 */
export function onlyPlaceNamed(doc: Doc, country: string | null): PlaceMention | null {
  const places = doc.mentions.filter((m): m is PlaceMention => {
    if (m.kind !== "place") return false;
    const v = (m as PlaceMention).normalised;
    return !v.countryOnly && v.lat !== null && v.lon !== null && v.precision !== "country" && (country === null || v.country === country);
  });
  let best: PlaceMention | null = null;
  for (const p of places) if (best === null || PLACE_RANK[p.normalised.precision] < PLACE_RANK[best.normalised.precision]) best = p;
  if (best === null) return null;
  const at = { lat: best.normalised.lat!, lon: best.normalised.lon! };
  const together = places.every((p) => greatCircleKm(at, { lat: p.normalised.lat!, lon: p.normalised.lon! }) <= ONE_AREA_KM);
  return together ? best : null;
}
