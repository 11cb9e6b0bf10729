/**
 * Throughput of the gazetteer lookups that place finding makes for every capitalised word run:
 *
 *   node --import tsx scripts/bench-gazetteer-lookups.ts [--lookups N] [--seed S]
 *
 * A "lookup" is one word handled the way src/stages/mentions/place-finder.ts handles it: a country
 * lookup, then (for a non-country) `resolvePlaceName` with the article's country hint, then the two
 * `findPlaces` checks on a resolved place; countries sometimes get a `regionPoint`. Words are drawn
 * from a mix of place names, common capitalised English words, person names, countries and
 * misspelt places (the lists in gazetteer-lookup-words.ts), frequent words far more often than
 * rare ones, as in news text.
 *
 * Two phases: every distinct word once (nothing seen before), then N lookups over the mix. The
 * digest covers every result of a fixed pass over the vocabulary, so two versions of the lookups
 * can be checked to answer alike.
 */

import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { loadGazetteer, type Direction, type Gazetteer } from "../src/geo/gazetteer.ts";
import { readGazetteerIndexFile } from "../src/geo/gazetteer-index-file.ts";
import { DEFAULT_GAZETTEER_INDEX_PATH } from "../src/geo/gazetteer-index.ts";
import { resolvePlaceName } from "../src/geo/resolve-place-name.ts";
import { stringAt } from "../src/geo/string-list.ts";
import { createRandom } from "../bench/synthetic-corpus.ts";
import { COMMON_WORDS, CONFLICT_PLACES, COUNTRY_WORDS, PERSON_NAMES } from "./gazetteer-lookup-words.ts";

const { values: args } = parseArgs({
  options: {
    lookups: { type: "string", default: "200000" },
    seed: { type: "string", default: "20250312" },
  },
  strict: true,
});
const lookupCount = Number(args.lookups);
const seed = Number(args.seed);
if (!Number.isInteger(lookupCount) || lookupCount <= 0) throw new Error(`--lookups must be a positive integer, got "${args.lookups}"`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${args.seed}"`);

const random = createRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

// --- vocabulary -----------------------------------------------------------------------------------------------------

/** The largest settlements and the first-level divisions, as the index names them. */
function gazetteerNames(): string[] {
  const { places } = readGazetteerIndexFile(DEFAULT_GAZETTEER_INDEX_PATH);
  const names: string[] = [];
  for (let id = 0; id < 1500; id++) names.push(stringAt(places.names, id));
  for (let id = places.cityCount; id < places.country.length; id += 7) names.push(stringAt(places.names, id));
  return names;
}

/** A name spelt the way a hurried transliteration might spell it. */
function misspell(name: string): string {
  const vowels = "aeiou";
  const at = 1 + Math.floor(random() * Math.max(1, name.length - 1));
  const letter = name[at] ?? "";
  switch (Math.floor(random() * 6)) {
    case 0:
      return vowels.includes(letter)
        ? name.slice(0, at) + pick([...vowels]) + name.slice(at + 1)
        : name.slice(0, at) + "e" + name.slice(at);
    case 1:
      return name.slice(0, at) + letter + name.slice(at);
    case 2:
      return name.replace(/h/, "") === name ? name + "h" : name.replace(/h/, "");
    case 3:
      return name.replace(/k/i, "q").replace(/ou/, "u");
    case 4:
      return name.slice(0, at) + name.slice(at + 1);
    default:
      return name.replace(/i/, "y").replace(/e/, "a");
  }
}

const placeNames = [...CONFLICT_PLACES, ...gazetteerNames()];
const misspellings = [...new Set(Array.from({ length: 6000 }, () => misspell(pick(placeNames))))];

/** Word groups and how often a capitalised word run in news text falls in each. */
const GROUPS: { share: number; words: readonly string[]; zipf: boolean }[] = [
  { share: 0.4, words: COMMON_WORDS, zipf: true },
  { share: 0.15, words: PERSON_NAMES, zipf: true },
  { share: 0.1, words: COUNTRY_WORDS, zipf: true },
  { share: 0.25, words: placeNames, zipf: true },
  { share: 0.1, words: misspellings, zipf: false },
];

const HINTS = ["SY", "IQ", "NG", "ML", "SD", "UA", "IL", "PS", "LB", "YE", "SO", "AF", "CD", "BF", "NE", "MZ", "MM", "ET"];
const DIRECTIONS: readonly Direction[] = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"];

/** Zipf sampling over a list's order: the first words come up most. */
function zipfSampler(size: number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const samplers = GROUPS.map((group) => (group.zipf ? zipfSampler(group.words.length) : () => Math.floor(random() * group.words.length)));

function drawWord(): string {
  let roll = random();
  for (const [index, group] of GROUPS.entries()) {
    if (roll < group.share || index === GROUPS.length - 1) return group.words[samplers[index]()];
    roll -= group.share;
  }
  throw new Error("unreachable");
}

interface Lookup {
  name: string;
  hint: string | null;
}

// Half the calls come from the first pass over an article, which has no country hint yet.
const lookups: Lookup[] = Array.from({ length: lookupCount }, () => ({ name: drawWord(), hint: random() < 0.5 ? null : pick(HINTS) }));
const vocabulary = [...new Set(GROUPS.flatMap((group) => group.words))];

// --- lookups --------------------------------------------------------------------------------------------------------

/** One word as place finding handles it; returns how many gazetteer calls it made. */
function lookUp(gazetteer: Gazetteer, { name, hint }: Lookup, turn: number): number {
  const country = gazetteer.country(name, { codes: false });
  if (country !== null) {
    if (turn % 5 === 0) {
      gazetteer.regionPoint(country.code, DIRECTIONS[turn % DIRECTIONS.length]);
      return 2;
    }
    return 1;
  }
  const place = resolvePlaceName(name, { countryHint: hint });
  if (place === null) return 2;
  gazetteer.findPlaces(name, place.country, { alternates: false });
  gazetteer.findPlaces(name, place.country);
  return 4;
}

function timed(label: string, run: () => number, count: number): void {
  const started = performance.now();
  const calls = run();
  const seconds = (performance.now() - started) / 1000;
  const rate = (n: number): string => Math.round(n / seconds).toLocaleString("en-US");
  console.log(
    `${label.padEnd(26)} ${count.toLocaleString("en-US").padStart(9)} lookups in ${seconds.toFixed(2).padStart(6)} s: ` +
      `${rate(count).padStart(9)} lookups/s (${rate(calls)} gazetteer calls/s)`,
  );
}

/** A digest of everything the lookups answer for each vocabulary word, with and without a hint. */
function resultDigest(gazetteer: Gazetteer): string {
  const hash = createHash("sha256");
  for (const name of vocabulary) {
    for (const hint of [null, "SY", "NG", "UA"]) {
      const place = resolvePlaceName(name, { countryHint: hint });
      hash.update(
        JSON.stringify([
          name,
          hint,
          gazetteer.country(name, { codes: false })?.code ?? null,
          gazetteer.country(name)?.code ?? null,
          place,
          hint === null ? gazetteer.findPlaces(name) : gazetteer.findPlaces(name, hint, { loose: false }),
          place === null ? null : gazetteer.findPlaces(name, place.country, { alternates: false }),
        ]),
      );
    }
  }
  return hash.digest("hex").slice(0, 16);
}

const loadStarted = performance.now();
const gazetteer = loadGazetteer();
console.log(
  `gazetteer loaded in ${(performance.now() - loadStarted).toFixed(0)} ms; ${vocabulary.length.toLocaleString("en-US")} distinct words`,
);

const firstSight: Lookup[] = vocabulary.map((name, index) => ({ name, hint: index % 2 === 0 ? null : HINTS[index % HINTS.length] }));
timed(
  "each word once (unseen)",
  () => firstSight.reduce((calls, lookup, turn) => calls + lookUp(gazetteer, lookup, turn), 0),
  firstSight.length,
);
timed("mixed words", () => lookups.reduce((calls, lookup, turn) => calls + lookUp(gazetteer, lookup, turn), 0), lookups.length);
console.log(`result digest: ${resultDigest(gazetteer)}`);
