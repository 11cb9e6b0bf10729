/**
 * What the gazetteer makes of a text, for `sitrep geocode`: the places the mentions stage reads in
 * it, and for a bare name its namesakes and the one chosen. The same readers an article goes
 * through, so the answer is the one extraction would give.
 */

import { loadGazetteer, type GazetteerPlace } from "../geo/gazetteer.ts";
import { resolvePlaceName } from "../geo/resolve-place-name.ts";
import { findPlaces, type PlaceHit } from "../stages/mentions/place-finder.ts";

export interface GeocodeExplanation {
  /** The country context the text was read in (ISO2), given or read from the text; null: none. */
  countryContext: string | null;
  places: PlaceHit[];
  /** The gazetteer's entries named like the whole text, largest first. */
  namesakes: GazetteerPlace[];
  /** The namesake chosen for the name alone; null: none (or no namesakes). */
  chosen: GazetteerPlace | null;
}

/** How `text` is geocoded, in the country `countryHint` names (a name or code) or, without one, the text's own. */
export function explainGeocode(text: string, countryHint: string | null): GeocodeExplanation {
  const gaz = loadGazetteer();
  // Without a country given, the text's own country names (or its best-known place) set the context, as an article's would.
  const named = countryHint ? null : findPlaces(text, 0, text.length, null).find((h) => h.place.country)?.place.country;
  const biggest = countryHint || named ? null : resolvePlaceName(text.trim())?.country;
  const countryContext = countryHint ? (gaz.country(countryHint)?.code ?? null) : (named ?? biggest ?? null);
  const name = text.trim();
  const namesakes = gaz.findPlaces(name);
  return {
    countryContext,
    places: findPlaces(text, 0, text.length, countryContext),
    namesakes,
    chosen: namesakes.length ? resolvePlaceName(name, { countryHint: countryContext }) : null,
  };
}
