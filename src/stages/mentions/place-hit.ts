import type { PlacePrecision, PlaceValue } from "../../core/model.ts";

/** A place named in the text, resolved as far as the gazetteer allows. */
export interface PlaceHit {
  start: number;
  end: number;
  place: PlaceValue;
  /** A country named by its name or a demonym: context, not an incident's place by itself. */
  countryOnly: boolean;
  demonym: boolean;
  /** A town named like its province ("Kaduna", "Homs"): the text may mean either. */
  soft: boolean;
  /**
   * Whether the hit tells its country by itself: a country or demonym, a region of a named
   * country, a place read in the divisions written beside it, a name found in one country only,
   * or a very large city. Other hits are believed only in a country something else supports.
   */
  anchored?: boolean;
  /** Anchored only because no other country has a place so named, though a small one: outweighed by what the text says. */
  onlyByName?: boolean;
  /**
   * A country read inside another name ("Chadian" of "Chadian Armed Forces"): it tells which
   * country the text is about, but is no mention of its own (the name is the actor's).
   */
  contextOnly?: boolean;
}

/** What a reading without a country context met: whether another context could read it differently. */
export interface PlaceReading {
  countries: Set<string>;
  unresolved: boolean;
}

/** True when reading again with `hint` cannot change anything: every name met already belongs to that country. */
export function sameUnder(seen: PlaceReading, hint: string): boolean {
  return !seen.unresolved && [...seen.countries].every((c) => c === hint);
}

/** Whether `start`–`end` overlaps a hit already found. */
export function overlapsAny(hits: readonly PlaceHit[], start: number, end: number): boolean {
  return hits.some((h) => h.start < end && start < h.end);
}

/** A gazetteer place (or one standing for a division) as a hit's place, at `precision`. */
export function toValue(
  p: { name: string; admin1: string | null; country: string; lat: number; lon: number },
  precision: PlacePrecision,
): PlaceValue {
  return { name: p.name, admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon, precision };
}

/** A hit that is a place of its own: no country by name, no demonym, not soft. */
export function plainHit(start: number, end: number, place: PlaceValue): PlaceHit {
  return { start, end, place, countryOnly: false, demonym: false, soft: false };
}
