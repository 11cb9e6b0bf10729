/** For tests: the places read in a sentence, as the words matched and where they were put. */
import { findPlaces } from "./place-finder.ts";

export const readPlaces = (s: string, hint: string | null = null) =>
  findPlaces(s, 0, s.length, hint).map((h) => ({
    text: s.slice(h.start, h.end),
    name: h.place.name,
    precision: h.place.precision,
    country: h.place.country,
  }));
