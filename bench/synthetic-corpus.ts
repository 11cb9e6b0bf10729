/**
 * The benchmarks' synthetic news, generated from the repository alone with a fixed seed: articles
 * composed from sentences written for them (news-sentences.ts), telling incidents of every kind in
 * the conflict theatres' towns (placed by the gazetteer, conflict-theatres.ts), by the armed groups
 * Sitrep's actor lexicons name for each country, with days, tolls, quotes and the background news
 * carries around them. Nothing is read from the evaluation sets or the examples.
 *
 * The mix is set so that the extractor meets what it meets in real conflict news: sentences of
 * about 20 words, a trigger word in about three sentences in five, names of places, groups and
 * people and a number in most sentences (see bench/RESULTS.md for the figures it gives).
 */
import { readTsv, lexiconUrl } from "../src/core/data-file.ts";
import { ACTOR_LEXICON_FILES } from "../src/actors/actor-lexicon.ts";
import { loadTheatres, pickTheatre, zipf, type Theatre } from "./conflict-theatres.ts";
import { CONTEXT, DETAILS, EARLIER, FAMILY_NAMES, GIVEN_NAMES, INCIDENTS, QUOTES, ROLES, SAID } from "./news-sentences.ts";

/** A synthetic article: text and date only, kept in memory. */
export interface SyntheticArticle {
  id: string;
  body: string;
  published: string | null;
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  minSentences: number;
  maxSentences: number;
}

/** mulberry32: a small, seeded PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("cannot pick from an empty list");
  return item;
}

const DAY_MS = 86_400_000;
/** Publication days: three years from this one. */
const FIRST_DAY = Date.UTC(2022, 0, 1);
const YEARS = 3;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const VICTIMS = ["civilians", "villagers", "people", "farmers", "traders", "residents", "worshippers", "displaced people"];

/** What follows a lead, and how often (relative): details of the incident, quotes, background, another incident. */
const FOLLOW_UPS = { detail: 5, quote: 1, context: 9, earlier: 1.5, incident: 2 } as const;
type FollowUp = keyof typeof FOLLOW_UPS;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A count as news writes it: words up to twelve, digits beyond. */
const written = (n: number): string => (n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n));

/**
 * The armed groups the actor lexicons place in each country, as news first writes them (an alias
 * marked "~", which names the group only within its country, is passed over), after the theatre's own.
 */
function groupsByCountry(): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  for (const file of ACTOR_LEXICON_FILES) {
    for (const [aliases, , kind, countries] of readTsv(lexiconUrl(file))) {
      if (kind !== "armed_group" || !aliases || !countries) continue;
      const alias = aliases.split("|").find((a) => !a.startsWith("~"));
      if (!alias) continue;
      for (const country of countries.split("|")) byCountry.set(country, [...(byCountry.get(country) ?? []), alias]);
    }
  }
  return byCountry;
}

interface Cast {
  theatre: Theatre;
  /** The theatre's groups first (the most reported), then the lexicon's others for the country. */
  groups: string[];
}

function casts(): Cast[] {
  const lexicon = groupsByCountry();
  return loadTheatres().map((theatre) => {
    const own = theatre.groups.map((g) => g.written);
    return { theatre, groups: [...new Set([...own, ...(lexicon.get(theatre.country) ?? [])])] };
  });
}

/** Fills one article's sentences: the same country, group and day throughout, other towns and numbers drawn as needed. */
class Teller {
  private readonly vars: Record<string, () => string>;

  constructor(
    private readonly random: Random,
    cast: Cast,
    published: number,
  ) {
    const t = cast.theatre;
    const group = cast.groups[zipf(random, cast.groups.length)]!;
    const town = t.towns[zipf(random, t.towns.length)]!.written;
    const when = this.when(published);
    const dead = () => Math.max(2, Math.floor(Math.exp(random() * 3.4)));
    const person = () => `${pick(random, GIVEN_NAMES)} ${pick(random, FAMILY_NAMES)}`;
    const forces = `${t.demonym} ${pick(random, ["troops", "soldiers", "forces"])}`;
    this.vars = {
      group: () => group,
      fighters: () => (/^[a-z]/.test(group) ? group : `${group} fighters`),
      forces: () => forces,
      police: () => `${t.demonym} police`,
      town: () => town,
      town2: () => pick(random, t.towns).written,
      country: () => t.countryName,
      demonym: () => t.demonym,
      when: () => when,
      n: () => `${random() < 0.3 ? "at least " : ""}${written(dead())}`,
      m: () => written(Math.floor(Math.exp(random() * 3.2))),
      k: () => written(randomInt(random, 2, 30)),
      big: () => `${randomInt(random, 2, 90)},000`,
      year: () => String(randomInt(random, 2009, 2021)),
      month: () => MONTHS[randomInt(random, 0, 11)]!,
      victims: () => pick(random, VICTIMS),
      person,
      role: () => pick(random, ROLES),
      said: () => this.fill(pick(random, SAID)),
    };
  }

  /** The incident's day as news dates it from the article's: a weekday, a date, "yesterday", "last week". */
  private when(published: number): string {
    const ago = randomInt(this.random, 1, 6);
    const day = new Date(published - ago * DAY_MS);
    const roll = this.random();
    if (roll < 0.45) return `on ${WEEKDAYS[day.getUTCDay()]}${this.random() < 0.2 ? " night" : ""}`;
    if (roll < 0.75) return `on ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
    if (roll < 0.9) return "yesterday";
    return "last week";
  }

  /** The template with its placeholders filled; a capitalised placeholder gives a capitalised value. */
  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const fill = this.vars[name.toLowerCase()];
      if (!fill) throw new Error(`news sentence: unknown placeholder ${whole} in "${template}"`);
      const value = fill();
      return name === name.toLowerCase() ? value : capitalise(value);
    });
  }

  quote(): string {
    const q = this.fill(pick(this.random, QUOTES));
    return this.random() < 0.5 ? `“${q},” said ${this.fill("{person}, {role}")}.` : `“${q},” ${this.fill("{person}")} told reporters.`;
  }
}

const INCIDENT_WEIGHT = INCIDENTS.reduce((s, i) => s + i.weight, 0);

function pickIncident(random: Random): string {
  let x = random() * INCIDENT_WEIGHT;
  for (const incident of INCIDENTS) {
    x -= incident.weight;
    if (x < 0) return pick(random, incident.told);
  }
  return pick(random, INCIDENTS[0]!.told);
}

const FOLLOW_UP_WEIGHT = Object.values(FOLLOW_UPS).reduce((s, w) => s + w, 0);

function pickFollowUp(random: Random): FollowUp {
  let x = random() * FOLLOW_UP_WEIGHT;
  for (const [kind, weight] of Object.entries(FOLLOW_UPS) as Array<[FollowUp, number]>) {
    x -= weight;
    if (x < 0) return kind;
  }
  return "context";
}

/** One article: a lead telling an incident, then what follows it, without a sentence twice. */
function article(random: Random, cast: Cast, published: number, sentences: number): string {
  const teller = new Teller(random, cast, published);
  const used = new Set<string>();
  const fresh = (from: readonly string[]): string => {
    const unused = from.filter((s) => !used.has(s));
    const template = pick(random, unused.length > 0 ? unused : from);
    used.add(template);
    return teller.fill(template);
  };
  const out = [teller.fill(pickIncident(random))];
  while (out.length < sentences) {
    const kind = pickFollowUp(random);
    if (kind === "detail") out.push(fresh(DETAILS));
    else if (kind === "quote") out.push(teller.quote());
    else if (kind === "context") out.push(fresh(CONTEXT));
    else if (kind === "earlier") out.push(fresh(EARLIER));
    else out.push(new Teller(random, cast, published).fill(pickIncident(random)));
  }
  return out.join("\u0000");
}

/**
 * Generates the corpus: each article has `minSentences`..`maxSentences` sentences, grouped 1-4 to
 * a paragraph, paragraphs separated by a blank line, published on a day of three years from 2022.
 */
export function buildCorpus(options: CorpusOptions): SyntheticArticle[] {
  const random = createRandom(options.seed);
  const all = casts();
  const theatres = all.map((c) => c.theatre);
  const width = String(options.articles).length;
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const theatre = pickTheatre(random, theatres);
    const published = FIRST_DAY + Math.floor(random() * YEARS * 365) * DAY_MS;
    const sentences = article(
      random,
      all[theatres.indexOf(theatre)]!,
      published,
      randomInt(random, options.minSentences, options.maxSentences),
    ).split("\u0000");
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length;) {
      const size = randomInt(random, 1, 4);
      paragraphs.push(sentences.slice(k, k + size).join(" "));
      k += size;
    }
    articles.push({
      id: `bench-${String(i + 1).padStart(width, "0")}`,
      body: paragraphs.join("\n\n"),
      published: new Date(published).toISOString().slice(0, 10),
    });
  }
  return articles;
}
