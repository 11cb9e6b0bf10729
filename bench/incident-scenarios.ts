/**
 * How synthetic incidents are told (synthetic-events.ts): the kinds of incident, how often each
 * happens, who takes part, and the sentences that tell them, written as pieces of text of which
 * some state a field (the actor, the trigger word, the place, the day, the toll).
 */
import type { EventType } from "../src/core/event-types.ts";
import type { ActorValue, DatePrecision, PlaceValue } from "../src/core/model.ts";
import { zipf, type Random, type Theatre } from "./conflict-theatres.ts";

export type Label = "actor1" | "actor2" | "trigger" | "place" | "when" | "toll" | "injured";
/** A sentence as pieces of text, some labelled with the field they state. */
export type Piece = string | [Label, string];

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
export const count = (n: number): string => (n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n));
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What one incident is, before any article tells it. */
export interface Facts {
  theatre: Theatre;
  type: EventType;
  actor1: (ActorValue & { written: string }) | null;
  actor2: (ActorValue & { written: string }) | null;
  place: (PlaceValue & { written: string }) | null;
  otherTown: string;
  day: number;
  date: { start: string; end: string; precision: DatePrecision } | null;
  killed: number | null;
  injured: number | null;
  victims: string;
}

/** How the incident's sentence is written: the trigger word and the sentence around the fields. */
export interface Scenario {
  type: EventType;
  weight: number;
  actors: (t: Theatre, random: Random) => [Facts["actor1"], Facts["actor2"]];
  victims: string;
  tolls: boolean;
  sentence: (f: Facts, variant: number, parts: SentenceParts) => Piece[];
  title: (f: Facts) => string;
}

export interface SentenceParts {
  where: Piece[];
  when: Piece[];
  toll: Piece[];
  said: string;
}

const group = (t: Theatre, random: Random) => t.groups[zipf(random, t.groups.length)]!;
/** "Boko Haram fighters", but "gunmen" and "bandits" as they are. */
const fighters = (a: { written: string }) => capitalise(/^[a-z]/.test(a.written) ? a.written : `${a.written} fighters`);
const forces = (t: Theatre) => ({ ...t.forces, written: `${t.demonym} soldiers` });
const civilians = (t: Theatre, written = "civilians") => ({ ...t.civilians, written });

const SCENARIOS: Scenario[] = [
  {
    type: "armed_clash",
    weight: 22,
    actors: (t, r) => [group(t, r), forces(t)],
    victims: "soldiers",
    tolls: true,
    sentence: (f, v, p) =>
      v === 0
        ? [
            ["actor1", fighters(f.actor1!)],
            " ",
            ["trigger", "ambushed"],
            " a convoy of ",
            ["actor2", f.actor2!.written],
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ]
        : [
            ["actor1", capitalise(f.actor1!.written)],
            " and ",
            ["actor2", f.actor2!.written],
            " ",
            ["trigger", "clashed"],
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ],
    title: (f) => `Fighting reported near ${f.place?.written ?? f.theatre.countryName}`,
  },
  {
    type: "air_drone_strike",
    weight: 18,
    actors: (t) => [t.country === "UA" ? { ...t.groups[0]!, written: "Russian" } : { ...t.forces, written: t.demonym }, civilians(t)],
    victims: "civilians",
    tolls: true,
    sentence: (f, v, p) =>
      v === 0
        ? [
            "A ",
            ["trigger", "drone strike"],
            " by ",
            ["actor1", `${f.actor1!.written} forces`],
            " hit a vehicle carrying ",
            ["actor2", "civilians"],
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ]
        : [
            ["actor1", `${f.actor1!.written} warplanes`],
            " ",
            ["trigger", "struck"],
            " a market",
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ],
    title: (f) => `Strike hits ${f.place?.written ?? f.theatre.countryName}`,
  },
  {
    type: "shelling_artillery_missile_attack",
    weight: 16,
    actors: (t, r) =>
      t.country === "UA" ? [{ ...t.groups[0]!, written: "Russian forces" }, civilians(t)] : [group(t, r), civilians(t, "residents")],
    victims: "civilians",
    tolls: true,
    sentence: (f, v, p) =>
      v === 0
        ? [
            ["actor1", capitalise(f.actor1!.written)],
            " ",
            ["trigger", "shelled"],
            " residential areas",
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ]
        : [
            ["trigger", "Rocket fire"],
            " from ",
            ["actor1", f.actor1!.written],
            " hit homes of ",
            ["actor2", f.actor2!.written],
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ],
    title: (f) => `Shelling in ${f.place?.written ?? f.theatre.countryName}`,
  },
  {
    type: "remote_explosive_landmine_ied",
    weight: 8,
    actors: (t, r) => [group(t, r), forces(t)],
    victims: "soldiers",
    tolls: true,
    sentence: (f, v, p) =>
      v === 0
        ? [
            "A ",
            ["trigger", "roadside bomb"],
            " planted by ",
            ["actor1", f.actor1!.written],
            " hit a patrol of ",
            ["actor2", f.actor2!.written],
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ]
        : [
            "An ",
            ["trigger", "explosion"],
            " claimed by ",
            ["actor1", f.actor1!.written],
            " tore through a checkpoint of ",
            ["actor2", f.actor2!.written],
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ],
    title: (f) => `Bomb blast near ${f.place?.written ?? f.theatre.countryName}`,
  },
  {
    type: "attack",
    weight: 14,
    actors: (t, r) => [group(t, r), civilians(t, "villagers")],
    victims: "villagers",
    tolls: true,
    sentence: (f, v, p) =>
      v === 0
        ? [
            ["actor1", capitalise(f.actor1!.written)],
            " ",
            ["trigger", "attacked"],
            " ",
            ["actor2", "villagers"],
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ]
        : [
            ["actor1", capitalise(f.actor1!.written)],
            " ",
            ["trigger", "opened fire"],
            " on ",
            ["actor2", "worshippers"],
            " at a mosque",
            ...p.where,
            ...p.when,
            ...p.toll,
            `, ${p.said}.`,
          ],
    title: (f) => `Villagers killed in attack near ${f.place?.written ?? f.theatre.countryName}`,
  },
  {
    type: "abduction_forced_disappearance",
    weight: 6,
    actors: (t, r) => [group(t, r), civilians(t, "passengers")],
    victims: "passengers",
    tolls: false,
    sentence: (f, v, p) => [
      ["actor1", capitalise(f.actor1!.written)],
      " ",
      ["trigger", "kidnapped"],
      ` ${count(2 + (f.day % 17))} `,
      ["actor2", v === 0 ? "passengers" : "students"],
      ...p.where,
      ...p.when,
      `, ${p.said}.`,
    ],
    title: (f) => `Kidnapping reported near ${f.place?.written ?? f.theatre.countryName}`,
  },
  {
    type: "arrests",
    weight: 8,
    actors: (t, r) => [{ ...t.police, written: `${t.demonym} police` }, group(t, r)],
    victims: "suspects",
    tolls: false,
    sentence: (f, _v, p) => [
      ["actor1", capitalise(f.actor1!.written)],
      " ",
      ["trigger", "arrested"],
      ` ${count(2 + (f.day % 11))} suspected members of `,
      ["actor2", f.actor2!.written],
      ...p.where,
      ...p.when,
      `, ${p.said}.`,
    ],
    title: (f) => `Arrests in ${f.place?.written ?? f.theatre.countryName}`,
  },
  {
    type: "peaceful_protest",
    weight: 6,
    actors: (t) => [{ name: `Protesters (${t.countryName})`, kind: "protesters", country: t.country, written: "residents" }, null],
    victims: "people",
    tolls: false,
    sentence: (_f, _v, p) => [
      "Hundreds of ",
      ["actor1", "residents"],
      " ",
      ["trigger", "protested"],
      ...p.where,
      ...p.when,
      ` against the rising cost of living, ${p.said}.`,
    ],
    title: (f) => `Protest in ${f.place?.written ?? f.theatre.countryName}`,
  },
];
const SCENARIO_WEIGHT = SCENARIOS.reduce((s, x) => s + x.weight, 0);

/** A kind of incident, as often as its weight says. */
export function pickScenario(random: Random): Scenario {
  let x = random() * SCENARIO_WEIGHT;
  for (const s of SCENARIOS) {
    x -= s.weight;
    if (x < 0) return s;
  }
  return SCENARIOS[0]!;
}
