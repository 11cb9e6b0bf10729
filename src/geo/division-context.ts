/**
 * Places read together with the divisions written beside them: "X (Afmadow, Lower Juba)",
 * "X, Dnipropetrovsk", "X village, Khanaqin district, Diyala province". The divisions say which
 * country and province X is in, so a namesake elsewhere is never taken; and when the gazetteer
 * lacks X, the district or province the text names is where it is, never a foreign namesake.
 */

import type { Gazetteer, GazetteerPlace } from "./gazetteer.ts";
import { greatCircleKm } from "./great-circle-distance.ts";

/** One name written as context, and what kind of division the words beside it say it is. */
export interface ContextItem {
  name: string;
  /** "district" after "X district", "admin1" after "X province", "town" after "X city"; null when unsaid. */
  level: "district" | "admin1" | "town" | null;
}

/** What the context names, resolved in one country. */
export interface DivisionContext {
  country: string;
  /** The first-level division named, if any. */
  admin1: GazetteerPlace | null;
  /** The finest division named below it (a district, or the town a district is named after). */
  district: GazetteerPlace | null;
  /** Whether the country itself was written ("X, Nigeria"). */
  countryNamed: boolean;
  /** Whether two or more of the items were found in the country, or a province or the country itself. */
  corroborated: boolean;
  /**
   * Whether every division was found only by a loose spelling ("Idleb"): then the place itself
   * must be found inside them before they are believed.
   */
  loose: boolean;
}

/** A reading whose divisions hold a tenth of the people of the best one's is no rival to it. */
const RIVAL_POPULATION_RATIO = 10;

/** A city this large is taken in the country whichever province the text writes beside it. */
const CITY_BEYOND_PROVINCE = 100_000;

/** A district's seat lies within this distance of its villages, most of the time. */
const DISTRICT_KM = 60;

/** Evidence weights: a province or a country named outweighs a district, a district a town. */
const WEIGHT = { country: 4, admin1: 3, district: 2, town: 1 } as const;

interface Reading {
  admin1: GazetteerPlace | null;
  /** Per item, the districts (then towns) it may name in the country, best first. */
  districtsByItem: GazetteerPlace[][];
  /** Per item as above, whether the text wrote it as a district ("Mimika regency"). */
  writtenAsDistrict: boolean[];
  district: GazetteerPlace | null;
  countryNamed: boolean;
  /** Whether some item matched here by its strict spelling. */
  strict: boolean;
  /** How many items matched here. */
  matched: number;
  /** Whether an item written as a town ("Dhaka city") matched here: the writer says the place is in it. */
  town: boolean;
  score: number;
  population: number;
}

/** The reading of a country, started empty the first time the country comes up. */
function readingIn(byCountry: Map<string, Reading>, country: string): Reading {
  let r = byCountry.get(country);
  if (r === undefined)
    byCountry.set(
      country,
      (r = {
        admin1: null,
        districtsByItem: [],
        writtenAsDistrict: [],
        district: null,
        countryNamed: false,
        town: false,
        strict: false,
        matched: 0,
        score: 0,
        population: 0,
      }),
    );
  return r;
}

/** Whether one country's reading beats the best so far: by score, then the hinted country, then population. */
function better([country, r]: [string, Readonly<Reading>], [bestCountry, b]: [string, Readonly<Reading>], hint: string | null): boolean {
  if (r.score !== b.score) return r.score > b.score;
  if ((country === hint) !== (bestCountry === hint)) return country === hint;
  return r.population > b.population;
}

/**
 * The country and divisions the items name together, or null when they name no division. Each
 * item is read in every country where it is a division (or, for a district, a town); the
 * country where most of them agree wins, then the one `hint` names, then the more populous.
 */
export function readDivisionContext(
  items: readonly ContextItem[],
  gazetteer: Gazetteer,
  hint: string | null,
  options: { bracketed?: boolean } = {},
): DivisionContext | null {
  return chooseDivisionContext(readDivisionReadings(items, gazetteer), hint, options);
}

/** What the items name in each country: the same whatever the article's country, so a second reading under another hint reuses it. */
export interface DivisionReadings {
  readonly byCountry: ReadonlyMap<string, Readonly<Reading>>;
}

/** The items read in every country where they name a division or town (see `readDivisionContext`). */
export function readDivisionReadings(items: readonly ContextItem[], gazetteer: Gazetteer): DivisionReadings {
  const byCountry = new Map<string, Reading>();
  for (const item of items) {
    const country = gazetteer.country(item.name, { codes: false });
    if (country !== null && item.level === null) {
      const r = readingIn(byCountry, country.code);
      if (!r.countryNamed) r.score += WEIGHT.country;
      r.countryNamed = true;
      r.strict = true;
      r.matched++;
      continue;
    }
    const places = divisionsNamed(item.name, gazetteer);
    const strictly = new Set(gazetteer.placesNamed(item.name, undefined, { districts: true, loose: false }).map((place) => place.country));
    for (const country of strictly) readingIn(byCountry, country).strict = true;
    for (const country of new Set(places.map((place) => place.country))) readingIn(byCountry, country).matched++;
    // One role per item and country: "Kharkiv" beside a village is the province, not also the city.
    const asProvince = new Set<string>();
    if (item.level === null || item.level === "admin1") {
      for (const place of places) {
        if (place.kind !== "admin1" || asProvince.has(place.country)) continue;
        asProvince.add(place.country);
        const r = readingIn(byCountry, place.country);
        if (r.admin1 !== null) continue;
        r.admin1 = place;
        r.score += WEIGHT.admin1;
        r.population = Math.max(r.population, place.population);
      }
    }
    if (item.level === "admin1") continue;
    // A district, or a town a district is named after ("Afmadow", "Marjayoun"); districts first.
    const byItem = new Map<string, GazetteerPlace[]>();
    const settlements = places.filter((p) => p.kind === "city");
    for (const place of item.level === "town" ? settlements : [...places.filter((p) => p.kind === "admin2"), ...settlements]) {
      if (asProvince.has(place.country)) continue;
      const list = byItem.get(place.country);
      if (list === undefined) byItem.set(place.country, [place]);
      else list.push(place);
    }
    for (const [country, list] of byItem) {
      readingIn(byCountry, country).districtsByItem.push(list);
      readingIn(byCountry, country).writtenAsDistrict.push(item.level === "district");
      if (item.level === "town") readingIn(byCountry, country).town = true;
    }
  }
  // Each item counts where it lies inside the province written (if one was); the district is the
  // finest item's, the first written.
  for (const r of byCountry.values()) {
    r.districtsByItem.forEach((list, i) => {
      let inside = list.filter((d) => r.admin1 === null || d.admin1 === r.admin1.name);
      // Provinces are split and renamed ("Mimika regency, Papua province", the regency now filed
      // under Central Papua): a district written as one, and the country's only district so
      // named, is still where the place is, the finer of the two.
      const districts = list.filter((d) => d.kind === "admin2");
      if (inside.length === 0 && r.writtenAsDistrict[i] === true && districts.length === 1) inside = districts;
      if (inside.length === 0) return;
      r.district ??= inside[0]!;
      r.population = Math.max(r.population, inside[0]!.population);
      r.score += inside.some((d) => d.kind === "admin2") ? WEIGHT.district : WEIGHT.town;
    });
  }
  return { byCountry };
}

/** The country the readings agree on best, `hint` breaking ties (see `readDivisionContext`). */
export function chooseDivisionContext(
  readings: DivisionReadings,
  hint: string | null,
  options: { bracketed?: boolean } = {},
): DivisionContext | null {
  const { byCountry } = readings;
  let best: [string, Readonly<Reading>] | null = null;
  for (const entry of byCountry) {
    const r = entry[1];
    if (r.admin1 === null && r.district === null && !r.countryNamed) continue;
    if (best === null || better(entry, best, hint)) best = entry;
  }
  if (best === null) return null;
  const [country, r] = best;
  // A town alone, with no division or country beside it, says too little: "Paris, London" is a
  // list. In brackets right after a name ("X (Tyr)") it is where X is.
  if (r.admin1 === null && !r.countryNamed && r.district?.kind === "city" && r.matched < 2 && !r.town && options.bracketed !== true) {
    return null;
  }
  // Two countries read the items equally well: the text has not said which.
  const rivals = [...byCountry].filter(
    ([c, other]) =>
      c !== country &&
      other.score === r.score &&
      (other.admin1 !== null || other.district !== null) &&
      other.population * RIVAL_POPULATION_RATIO >= r.population,
  );
  if (rivals.length > 0 && country !== hint) return null;
  return {
    country,
    admin1: r.admin1,
    district: r.district,
    countryNamed: r.countryNamed,
    corroborated: r.admin1 !== null || r.countryNamed || r.town || r.matched >= 2,
    loose: !r.strict,
  };
}

/** Kind words that make a bare compass name ("South") a division's name ("South Governorate"). */
const COMPASS_DIVISION_WORDS = ["Governorate", "Province", "Region", "State", "District"];

/**
 * The places an item may name. Written as context, a loosely spelt name ("Idleb", "Lower
 * Shabelle") is taken, and a compass word is a division ("(Tyr, South)"), which alone it never is.
 */
function divisionsNamed(name: string, gazetteer: Gazetteer): GazetteerPlace[] {
  const places = gazetteer.findPlaces(name, undefined, { districts: true });
  // Spelt otherwise than the gazetteer's province ("Idleb", "Al Hasakeh"), a capital named like its
  // province stands for the province too.
  for (const city of places.filter((place) => place.kind === "city" && place.admin1 !== null)) {
    if (places.some((place) => place.kind === "admin1" && place.country === city.country)) continue;
    if (stem(city.admin1!) !== stem(city.name)) continue;
    const province = gazetteer.findPlaces(city.admin1!, city.country, { loose: false }).find((place) => place.kind === "admin1");
    if (province !== undefined) places.push(province);
  }
  if (places.length > 0 || /\s/.test(name.trim())) return places;
  return COMPASS_DIVISION_WORDS.flatMap((word) => gazetteer.findPlaces(`${name} ${word}`, undefined, { loose: false })).filter(
    (place) => place.kind === "admin1",
  );
}

/** A name folded, without an article: "Al Ḩasakah" and "Al-Hasakah" are the same. */
function stem(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[^A-Za-z ]/g, "")
    .toLowerCase()
    .replace(/^(?:al|el|ar|as|ad|ash|ad) ?/, "")
    .replace(/ /g, "");
}

/**
 * Among `name`'s places in the context's country, the one the context points at: inside its
 * province and near its district. Null when the gazetteer has no such place there.
 */
export function resolveInContext(
  name: string,
  context: DivisionContext,
  gazetteer: Gazetteer,
  options: { districts?: boolean } = {},
): GazetteerPlace | null {
  let candidates = gazetteer.findPlaces(name, context.country, { districts: options.districts === true });
  // A town the gazetteer knows only as the district named after it ("Naogaon"): the district's seat.
  if (candidates.length === 0 && options.districts !== true) {
    candidates = gazetteer.findPlaces(name, context.country, { districts: true }).filter((place) => place.kind === "admin2");
  }
  if (candidates.length === 0) return null;
  const inProvince = (place: GazetteerPlace): boolean =>
    context.admin1 === null || place.admin1 === context.admin1.name || (place.kind === "admin1" && place.name === context.admin1.name);
  const nearDistrict = (place: GazetteerPlace): boolean =>
    context.district === null || greatCircleKm(place, context.district) <= DISTRICT_KM;
  const fitting = candidates.filter((place) => inProvince(place) && nearDistrict(place));
  if (fitting.length > 0) return fitting[0];
  // A city of this size is what its name means in the country, though the gazetteer files it in
  // another province (provinces are split and renamed).
  const city = candidates.find((place) => place.kind === "city" && place.population >= CITY_BEYOND_PROVINCE);
  if (city !== undefined) return city;
  // Named in another province than the one written: the text's village is not in the gazetteer.
  if (context.admin1 !== null || context.district !== null) return null;
  return candidates[0];
}
