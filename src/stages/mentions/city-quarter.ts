/**
 * "Clashes at X in Y": a name written in a large city is a quarter of it the gazetteer lacks, not
 * a far-off town of that name.
 */

import type { GazetteerPlace } from "../../geo/gazetteer.ts";
import { greatCircleKm } from "../../geo/great-circle-distance.ts";
import { resolvePlaceName } from "../../geo/resolve-place-name.ts";
import type { WrittenContext } from "./place-finder-context.ts";

/** A city this large has quarters of its own that news names ("X in Y"). */
const CITY_WITH_QUARTERS = 100_000;
/** Farther than this from the city written after it, a place of the name is a namesake, not the quarter. */
const QUARTER_KM = 30;

/**
 * The city written after a name as where it is ("X in Y", "X, Y"), when that city is large and the
 * place found for the name lies far from it: the name is a quarter of the city.
 */
export function cityAround(written: string | null, place: GazetteerPlace): GazetteerPlace | null {
  if (written === null) return null;
  const city = resolvePlaceName(written, { countryHint: place.country });
  if (city === null || city.kind !== "city" || city.country !== place.country || city.population < CITY_WITH_QUARTERS) return null;
  if (place.population >= city.population) return null;
  return greatCircleKm(place, city) > QUARTER_KM ? city : null;
}

/** "X and Y in Z": the place written after a pair of names holds both. */
const PAIR_IN = /^\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)/u;

/** The one name written after a place as where it is ("X in Y", "X, Y", "X and W in Y"), or null. */
export function cityWrittenAfter(written: WrittenContext, after: string): string | null {
  if (written.items.length === 0) return PAIR_IN.exec(after)?.[1] ?? null;
  if (written.items.length !== 1 || written.bracketed) return null;
  const item = written.items[0]!;
  return item.level === null || item.level === "town" ? item.name : null;
}
