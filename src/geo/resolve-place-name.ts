/**
 * Chooses the one place a name in an article most likely means, among the gazetteer's namesakes
 * ("Tripoli" in Libya or Lebanon, "Homs" the city or the governorate).
 */

import { BoundedCache } from "./bounded-cache.ts";
import { loadGazetteer, type Gazetteer, type GazetteerPlace } from "./gazetteer.ts";
import { greatCircleKm, type LatLon } from "./great-circle-distance.ts";

/** What the article tells about where its places are. */
export interface ResolvePlaceOptions {
  /** The article's main country (ISO2 code or any name `Gazetteer.country` knows). */
  countryHint?: string | null;
  /** Places already resolved in the same article. */
  nearPlaces?: LatLon[];
  /**
   * The gazetteer to search; `loadGazetteer()` when absent. Its answers must depend on the
   * question alone: without `nearPlaces`, choices are remembered per gazetteer.
   */
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
 * Across a border of the hinted country, a town this large under its own name is taken: reports
 * on border fighting name the towns on the other side ("Safed" in a report on south Lebanon).
 */
const BORDER_TOWN_POPULATION = 10_000;

/**
 * Outside the hinted country, a place found only by an alternate name must be this large:
 * GeoNames' alternates hold other languages' names that are English words ("Hamas" is a
 * Lithuanian name of Hamm), whereas a world city's exonym ("Kiev") is worth following abroad.
 */
const NOTABLE_BY_ALTERNATE_POPULATION = 1_000_000;

/**
 * The best place for `name`, or null. Preference, in order: the hinted country (then towns of
 * some size across its borders, and notable places anywhere); proximity to the
 * article's other places; a city over the division named after it ("Homs", "Kirkuk"); then
 * population (a division counts the summed population of its settlements).
 */
export function resolvePlaceName(name: string, opts: ResolvePlaceOptions = {}): GazetteerPlace | null {
  const gazetteer = opts.gazetteer ?? loadGazetteer();
  const near = opts.nearPlaces ?? [];
  const hint = opts.countryHint ? gazetteer.country(opts.countryHint)?.code : undefined;
  if (near.length > 0) {
    const place = choosePlace(gazetteer, name, hint, near);
    return place === null ? null : { ...place };
  }

  // Without nearby places the answer depends on the name and the hint alone, and place finding
  // asks about the same words again and again. Copies go out, so the cached place stays as found.
  let resolved = resolvedByGazetteer.get(gazetteer);
  if (resolved === undefined) {
    resolved = new BoundedCache();
    resolvedByGazetteer.set(gazetteer, resolved);
  }
  let byHint = resolved.get(name);
  if (byHint === undefined) {
    byHint = new Map();
    resolved.set(name, byHint);
  }
  let place = byHint.get(hint);
  if (place === undefined) {
    place = choosePlace(gazetteer, name, hint, near);
    byHint.set(hint, place);
  }
  return place === null ? null : { ...place };
}

/** Per gazetteer: name → country hint → the place chosen. */
const resolvedByGazetteer = new WeakMap<Gazetteer, BoundedCache<string, Map<string | undefined, Readonly<GazetteerPlace> | null>>>();

/** The place chosen, one of the gazetteer's own (shared: copied before it is handed out). */
function choosePlace(
  gazetteer: Gazetteer,
  name: string,
  hint: string | undefined,
  near: readonly LatLon[],
): Readonly<GazetteerPlace> | null {
  const band = (place: LatLon): number => distanceBand(place, near);
  // Loosely spelt or weak matches are taken only near the article's other places; with none
  // known, looking for them would find nothing that could be kept.
  const nearOnly = (places: () => readonly Readonly<GazetteerPlace>[]): readonly Readonly<GazetteerPlace>[] =>
    near.length === 0 ? [] : places().filter((place) => band(place) < 2);

  let candidates: readonly Readonly<GazetteerPlace>[] = hint === undefined ? [] : gazetteer.placesNamed(name, hint);
  if (candidates.length === 0 && hint === undefined) {
    // No country to go on: any strictly spelt match; a loosely spelt one only near the article's
    // other places, since alone it is as likely an English word ("Shelling" and Shillong).
    const strict = gazetteer.placesNamed(name, undefined, { loose: false });
    candidates = strict.length > 0 ? strict : nearOnly(() => gazetteer.placesNamed(name));
  } else if (candidates.length === 0) {
    // Abroad: near the article's other places, or notable, and more so when found only by an
    // alternate name.
    let ownNamed: Set<string> | null = null;
    const isOwnNamed = (place: Readonly<GazetteerPlace>): boolean => {
      ownNamed ??= new Set(gazetteer.placesNamed(name, undefined, { loose: false, alternates: false }).map(identify));
      return ownNamed.has(identify(place));
    };
    const neighbours = new Set(hint === undefined ? [] : (gazetteer.country(hint)?.borders ?? []));
    candidates = gazetteer
      .findPlaces(name, undefined, { loose: false })
      .filter(
        (place) =>
          band(place) < 2 ||
          place.population >= NOTABLE_BY_ALTERNATE_POPULATION ||
          (place.population >= NOTABLE_POPULATION && isOwnNamed(place)) ||
          (place.population >= BORDER_TOWN_POPULATION && neighbours.has(place.country) && isOwnNamed(place)),
      );
    // Spelt loosely ("Safad"), a town of some size just across the border is read as at home.
    if (candidates.length === 0) {
      candidates = [...neighbours]
        .sort()
        .flatMap((code) => gazetteer.placesNamed(name, code))
        .filter((place) => place.kind === "city" && place.population >= BORDER_TOWN_POPULATION)
        .sort((a, b) => b.population - a.population);
    }
    if (candidates.length === 0) candidates = nearOnly(() => gazetteer.placesNamed(name));
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

/** A key telling places apart across separate `findPlaces` calls. */
function identify(place: Readonly<GazetteerPlace>): string {
  return `${place.kind}|${place.country}|${place.lat}|${place.lon}|${place.name}`;
}

/** 0 within NEARBY_KM of one of the places, 1 within REGION_KM, 2 beyond (or no places). */
function distanceBand(place: LatLon, near: readonly LatLon[]): number {
  let nearest = Infinity;
  for (const other of near) nearest = Math.min(nearest, greatCircleKm(place, other));
  return nearest <= NEARBY_KM ? 0 : nearest <= REGION_KM ? 1 : 2;
}
