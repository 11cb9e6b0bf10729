/**
 * Chooses the one place a name in an article most likely means, among the gazetteer's namesakes
 * ("Tripoli" in Libya or Lebanon, "Homs" the city or the governorate).
 */

import { loadGazetteer, type Gazetteer, type GazetteerPlace } from "./gazetteer.ts";
import { greatCircleKm, type LatLon } from "./great-circle-distance.ts";

/** What the article tells about where its places are. */
export interface ResolvePlaceOptions {
  /** The article's main country (ISO2 code or any name `Gazetteer.country` knows). */
  countryHint?: string | null;
  /** Places already resolved in the same article. */
  nearPlaces?: LatLon[];
  /** The gazetteer to search; `loadGazetteer()` when absent. */
  gazetteer?: Gazetteer;
}

/**
 * Distance bands for "near the article's other places". Within a band population decides, so a
 * city 150 km away is not passed over for a hamlet 20 km away, but a namesake on another
 * continent always loses to one in the neighbourhood.
 */
const NEARBY_KM = 75;
const REGION_KM = 300;

/**
 * Outside the hinted country, only a place this large (or one near the article's other places)
 * is taken: a foreign hamlet that shares a name is rarely what a report about elsewhere means.
 */
const NOTABLE_POPULATION = 100_000;

/**
 * The best place for `name`, or null. Preference, in order: the hinted country; proximity to the
 * article's other places; a city over the division named after it ("Homs", "Kirkuk"); then
 * population (a division counts the summed population of its settlements).
 */
export function resolvePlaceName(name: string, opts: ResolvePlaceOptions = {}): GazetteerPlace | null {
  const gazetteer = opts.gazetteer ?? loadGazetteer();
  const near = opts.nearPlaces ?? [];
  const hint = opts.countryHint ? gazetteer.country(opts.countryHint)?.code : undefined;
  const band = (place: GazetteerPlace): number => distanceBand(place, near);
  const isNotable = (place: GazetteerPlace): boolean => place.population >= NOTABLE_POPULATION;
  const isNotableOrNear = (place: GazetteerPlace): boolean => isNotable(place) || band(place) < 2;

  let candidates = hint === undefined ? [] : gazetteer.findPlaces(name, hint);
  if (candidates.length === 0) {
    // Abroad, a strictly spelt match must be notable or near the article's other places. A
    // loosely spelt one, with or without a hint, must be near them: on its own a loose match is
    // as likely an English word ("Shelling" and Shillong) as another spelling of a town.
    const strict = gazetteer.findPlaces(name, undefined, { loose: false });
    candidates =
      strict.length > 0
        ? strict.filter((place) => hint === undefined || isNotableOrNear(place))
        : gazetteer.findPlaces(name).filter((place) => band(place) < 2);
  }
  if (candidates.length === 0) return null;

  // findPlaces gives population order; a stable sort by band keeps it within each band.
  const ranked = near.length === 0 ? candidates : [...candidates].sort((a, b) => band(a) - band(b));
  const best = ranked[0];
  if (best.kind === "admin1") {
    const namesake = ranked.find((place) => place.kind === "city" && place.country === best.country && place.admin1 === best.name);
    if (namesake !== undefined) return namesake;
  }
  return best;
}

/** 0 within NEARBY_KM of one of the places, 1 within REGION_KM, 2 beyond (or no places). */
function distanceBand(place: LatLon, near: readonly LatLon[]): number {
  let nearest = Infinity;
  for (const other of near) nearest = Math.min(nearest, greatCircleKm(place, other));
  return nearest <= NEARBY_KM ? 0 : nearest <= REGION_KM ? 1 : 2;
}
