/**
 * A dense week of news: hundreds of incidents in some 25 countries, several a day in each, told
 * once or by three outlets in their own words. Outlets disagree as real ones do: one gives the
 * weekday, one the date, one says "yesterday"; one counts a death more; one calls an attack a
 * raid, another a shooting. Towns come from towns.tsv, placed by the gazetteer; every incident
 * has a town and day of its own, and a town that sees a second incident sees it days later.
 */

import { readTsv } from "../../src/core/data-file.ts";
import { loadGazetteer } from "../../src/geo/gazetteer.ts";
import { createRandom } from "../../bench/synthetic-corpus.ts";

export interface Incident {
  id: string;
  country: string;
  countryName: string;
  town: string;
  /** YYYY-MM-DD */
  day: string;
  kind: Kind;
  killed: number;
}

export interface GeneratedArticle {
  id: string;
  incident: string;
  body: string;
  published: string;
}

type Kind = "raid" | "airstrike" | "roadside" | "clash" | "shelling";
const KINDS: Kind[] = ["raid", "airstrike", "roadside", "clash", "shelling"];

interface Words {
  town: string;
  country: string;
  weekday: string;
  date: string;
  n: string;
  N: string;
  more: string;
}

/** Three outlets' sentences for each kind: weekday, stated date, "yesterday" (with a grown toll). */
const TEMPLATES: Record<Kind, [(w: Words) => string, (w: Words) => string, (w: Words) => string]> = {
  raid: [
    (w) =>
      `Gunmen killed ${w.n} villagers in a raid on ${w.town}, ${w.country}, on ${w.weekday}, local officials said. Residents said the attackers came on motorbikes.`,
    (w) =>
      `At least ${w.n} civilians were shot dead when armed men stormed ${w.town} in ${w.country} on ${w.date}, a community leader told reporters.`,
    (w) => `Attackers raided ${w.town}, ${w.country}, yesterday and killed ${w.more} people, according to a local official.`,
  ],
  airstrike: [
    (w) => `An air strike hit a market in ${w.town}, ${w.country}, on ${w.weekday}, killing ${w.n} people, medics said.`,
    (w) => `Warplanes bombed ${w.town} in ${w.country} on ${w.date}, killing ${w.n} people, a hospital official said.`,
    (w) => `Yesterday a drone strike hit a building in ${w.town}, ${w.country}, killing ${w.more} people, witnesses said.`,
  ],
  roadside: [
    (w) => `A roadside bomb exploded under a bus near ${w.town}, ${w.country}, on ${w.weekday}, killing ${w.n} passengers, police said.`,
    (w) =>
      `${w.N} passengers were killed on ${w.date} when an improvised explosive device struck their bus outside ${w.town} in ${w.country}.`,
    (w) => `A landmine blast killed ${w.more} travellers near ${w.town}, ${w.country}, yesterday, a police spokesman said.`,
  ],
  clash: [
    (w) =>
      `Soldiers clashed with insurgents near ${w.town}, ${w.country}, on ${w.weekday}, and ${w.n} fighters were killed, the army said.`,
    (w) => `Fighting broke out between troops and militants outside ${w.town} in ${w.country} on ${w.date}, leaving ${w.n} dead.`,
    (w) => `Troops fought militants near ${w.town}, ${w.country}, yesterday, and ${w.more} of the militants were killed, the army said.`,
  ],
  shelling: [
    (w) => `Artillery shells struck homes in ${w.town}, ${w.country}, on ${w.weekday}, killing ${w.n} residents, the mayor said.`,
    (w) => `Shelling killed ${w.n} civilians in ${w.town} in ${w.country} on ${w.date}, officials said.`,
    (w) => `Yesterday shells fell on ${w.town}, ${w.country}, killing ${w.more} residents, the regional governor said.`,
  ],
};

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

/** The towns of towns.tsv the gazetteer knows, by country. */
export function loadTowns(): Array<{ country: string; countryName: string; towns: string[] }> {
  const gazetteer = loadGazetteer();
  const out = [];
  for (const [country, list] of readTsv(new URL("./towns.tsv", import.meta.url))) {
    const info = gazetteer.country(country!);
    if (!info) continue;
    const towns = list!.split(", ").filter((name) => gazetteer.findPlaces(name, country).some((p) => p.country === country));
    out.push({ country: country!, countryName: info.name, towns });
  }
  return out;
}

/**
 * The incidents of a week from `firstDay`: in each country, `perCountry` towns on days drawn at
 * random, and the first town again three days after (or before) its first incident.
 */
export function generateIncidents(options: { seed?: number; firstDay?: string; perCountry?: number; idPrefix?: string } = {}): Incident[] {
  // The benchmark's seeded generator, so every run writes the same week.
  const random = createRandom(options.seed ?? 17);
  const firstDay = options.firstDay ?? "2025-03-03";
  const perCountry = options.perCountry ?? 8;
  const prefix = options.idPrefix ?? "";
  const incidents: Incident[] = [];
  for (const { country, countryName, towns } of loadTowns()) {
    const used = towns.slice(0, perCountry);
    const days: number[] = [];
    used.forEach((town, i) => {
      const d = Math.floor(random() * 7);
      days.push(d);
      incidents.push({
        id: `${prefix}${country}${i}`,
        country,
        countryName,
        town,
        day: addDays(firstDay, d),
        kind: KINDS[Math.floor(random() * KINDS.length)]!,
        killed: 3 + Math.floor(random() * 8),
      });
    });
    if (used.length > 0) {
      // The first town again, days apart, another kind of incident and another toll: another text.
      const first = incidents[incidents.length - used.length]!;
      const again = days[0]! >= 3 ? days[0]! - 3 : days[0]! + 3;
      incidents.push({
        id: `${prefix}${country}r`,
        country,
        countryName,
        town: used[0]!,
        day: addDays(firstDay, again),
        kind: KINDS[(KINDS.indexOf(first.kind) + 1 + Math.floor(random() * (KINDS.length - 1))) % KINDS.length]!,
        killed: first.killed + 2,
      });
    }
  }
  return incidents;
}

/** How outlet `outlet` (0, 1 or 2) tells the incident, and when its article appears. */
export function tell(incident: Incident, outlet: number): GeneratedArticle {
  const t = Date.parse(incident.day);
  const date = new Date(t);
  const words: Words = {
    town: incident.town,
    country: incident.countryName,
    weekday: WEEKDAYS[date.getUTCDay()]!,
    date: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    n: NUMBER_WORDS[incident.killed] ?? String(incident.killed),
    N: capitalise(NUMBER_WORDS[incident.killed] ?? String(incident.killed)),
    more: NUMBER_WORDS[incident.killed + 1] ?? String(incident.killed + 1),
  };
  const body = TEMPLATES[incident.kind][outlet]!(words);
  // The weekday and "yesterday" are read against the day after; a stated date needs no day.
  const published = addDays(incident.day, outlet === 1 ? 2 : 1);
  return { id: `${incident.id}-${outlet}`, incident: incident.id, body, published };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
