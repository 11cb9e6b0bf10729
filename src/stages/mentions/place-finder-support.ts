/**
 * Which countries a text supports for its places: a place whose name or size tells its country
 * anchors it; other places are believed only in a country something anchored supports.
 */

import { loadGazetteer } from "../../geo/gazetteer.ts";
import type { PlaceHit } from "./place-hit.ts";

/** A city this large is what its name means, whatever smaller namesakes exist. */
const ANCHORING_POPULATION = 500_000;
/** A town this large, this many times larger than any namesake abroad, is what its name means. */
const DOMINANT_POPULATION = 50_000;
const DOMINANCE = 10;
/** A town this large is what its name means when every namesake abroad is a hamlet (under `HAMLET_POPULATION`). */
const TOWN_POPULATION = 10_000;
const HAMLET_POPULATION = 1_000;

/** What anchors a hit's country: its size or the words around it ("strong"), its unique name alone ("name"), or nothing. */
export function anchorOf(text: string, hit: PlaceHit): "strong" | "name" | null {
  if (hit.countryOnly || hit.place.precision === "region") return "strong";
  // A village the gazetteer lacks took its country from the article, not from its name.
  if (hit.place.lat === null) return null;
  const written = text.slice(hit.start, hit.end).replace(/^the\s+/i, "");
  const gaz = loadGazetteer();
  const strict = gaz.placesNamed(written, undefined, { loose: false });
  // Spelt loosely ("Tillabery"), a name whose every near-spelling lies in one country still tells it.
  const namesakes = strict.length > 0 ? strict : gaz.placesNamed(written);
  if (namesakes.length === 0) return null;
  const home = Math.max(...namesakes.filter((place) => place.country === hit.place.country).map((place) => place.population), 0);
  const abroad = Math.max(...namesakes.filter((place) => place.country !== hit.place.country).map((place) => place.population), 0);
  if (home >= ANCHORING_POPULATION || (home >= DOMINANT_POPULATION && home >= DOMINANCE * abroad)) return "strong";
  if (namesakes.every((place) => place.country === hit.place.country)) return "name";
  // A town of some size against hamlets of no recorded size abroad: its name tells it, as a unique name would.
  if (home >= TOWN_POPULATION && abroad < HAMLET_POPULATION) return "name";
  return null;
}

/**
 * The countries the text itself supports: those named or implied by a demonym, and those of
 * places that tell their country by themselves (see `PlaceHit.anchored`).
 */
export function supportedCountries(hits: readonly PlaceHit[], options: { byNameToo?: boolean } = {}): Set<string> {
  return new Set(
    hits
      .filter((hit) => hit.anchored === true && (options.byNameToo !== false || hit.onlyByName !== true) && hit.place.country !== null)
      .map((hit) => hit.place.country!),
  );
}
