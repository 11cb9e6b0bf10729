/**
 * Country names and demonyms ("Syria", "Syrian", "Lebanese"): every report of a country uses them,
 * so they are no fact two reports of one incident share, and a place named by one is the whole
 * country, not a town placed no finer than its country.
 */

import { loadGazetteer } from "../geo/gazetteer.ts";

const known = new Map<string, boolean>();

/** True when the word or name is a country's name or its people's. */
export function isCountryWord(name: string): boolean {
  let hit = known.get(name);
  if (hit === undefined) {
    hit = loadGazetteer().country(name, { codes: false }) !== null;
    if (known.size > 50_000) known.clear();
    known.set(name, hit);
  }
  return hit;
}

/** True when two countries (ISO2 codes) share a land border. */
export function areNeighbours(a: string, b: string): boolean {
  return loadGazetteer().country(a)?.borders.includes(b) ?? false;
}
