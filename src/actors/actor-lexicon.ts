import { lexiconUrl, readTsv } from "../core/data-file.ts";
import type { ActorKind, ActorValue } from "../core/model.ts";
import { NameTrie } from "./name-trie.ts";

/** A named actor found in the text. */
export interface ActorHit {
  start: number;
  end: number;
  actor: ActorValue;
}

/**
 * The lexicon files of named actors, all in one format: aliases (| separated, matched as written on
 * word boundaries), canonical name, kind, country (ISO2, several | separated with the home country
 * first for a group that fights in more than one, or -), why. Armed groups are kept by region.
 */
export const ACTOR_LEXICON_FILES = [
  "actors.tsv",
  "armed-groups-africa.tsv",
  "armed-groups-middle-east.tsv",
  "armed-groups-asia.tsv",
  "armed-groups-americas-europe.tsv",
  "communal-militias.tsv",
];

const TRIE = new NameTrie<ActorValue>();
/**
 * The trie's names as whole words, the first actor added under each as in the trie: an exact
 * alias is asked about for every capitalised name of every sentence, and one hash lookup beats a
 * walk of one trie node per letter.
 */
const BY_ALIAS = new Map<string, ActorValue>();
function addAlias(alias: string, actor: ActorValue): void {
  TRIE.add(alias, actor);
  if (!BY_ALIAS.has(alias)) BY_ALIAS.set(alias, actor);
}
/** Actors read from a descriptive alias ("~Maoists", "~rangers"): that name is theirs only in their own country. */
const COUNTRY_BOUND = new WeakSet<ActorValue>();
const NAMESAKES = new Map<ActorValue, ActorValue[]>();
/** Each group by its canonical name, which coders' style ("HTS: Hayat Tahrir al Sham") often makes no alias. */
const BY_NAME = new Map<string, ActorValue>();
/** Every country a group fights in, when more than its home one ("ISWAP": Nigeria, Niger, Chad, Cameroon). */
const OPERATES_IN = new WeakMap<ActorValue, readonly string[]>();
for (const file of ACTOR_LEXICON_FILES) {
  for (const [aliases, name, kind, countryColumn] of readTsv(lexiconUrl(file))) {
    const countries = countryColumn === "-" ? [] : countryColumn!.split("|");
    const actor: ActorValue = { name: name!, kind: kind as ActorKind, country: countries[0] ?? null };
    if (!BY_NAME.has(actor.name)) BY_NAME.set(actor.name, actor);
    const bound: ActorValue = { ...actor };
    COUNTRY_BOUND.add(bound);
    if (countries.length > 1) for (const a of [actor, bound]) OPERATES_IN.set(a, countries);
    for (const alias of aliases!.split("|")) {
      if (!alias.startsWith("~")) {
        addAlias(alias, actor);
        continue;
      }
      // "SNA" is the Somali National Army in Somalia and the Syrian National Army in Syria: a bound
      // alias listed twice keeps both, the first found and its namesakes.
      const first = TRIE.get(alias.slice(1));
      if (first && COUNTRY_BOUND.has(first)) NAMESAKES.set(first, [...(NAMESAKES.get(first) ?? []), bound]);
      else addAlias(alias.slice(1), bound);
    }
  }
}

/** True when the actor was read from a descriptive alias, which names it only in its own country. */
export function isCountryBound(actor: ActorValue): boolean {
  return COUNTRY_BOUND.has(actor);
}

/** The countries an actor's presence in a text supports for its places: where it fights, its home first. */
export function countriesOf(actor: ActorValue): readonly string[] {
  return OPERATES_IN.get(actor) ?? (actor.country ? [actor.country] : []);
}

/** The other groups a country-bound alias names elsewhere. */
export function namesakes(actor: ActorValue): ActorValue[] {
  return NAMESAKES.get(actor) ?? [];
}

/** "Hamas-led", "Iran-backed": the name qualifies something else and does not end there. */
const QUALIFIER_AFTER = /^-(?:led|backed|linked|affiliated|allied|aligned)\b/;

/** Whether a name may end at `at`: not when a hyphen there makes it qualify what follows. */
function endsWell(at: number, text: string): boolean {
  return text.charCodeAt(at) !== 45 || !QUALIFIER_AFTER.test(text.slice(at, at + 12));
}

/** Every named actor in `text.slice(start, end)`, longest match first, no overlaps. */
export function findNamedActors(text: string, start: number, end: number): ActorHit[] {
  return TRIE.findAll(text, start, end, endsWell).map((h) => ({ start: h.start, end: h.end, actor: h.value }));
}

/** The canonical actor for an exact alias, or null. */
export function actorByAlias(alias: string): ActorValue | null {
  return BY_ALIAS.get(alias) ?? null;
}

/** The actor an alias or a canonical name stands for, or null: resolves names already made canonical. */
export function actorByAliasOrName(name: string): ActorValue | null {
  return actorByAlias(name) ?? BY_NAME.get(name) ?? null;
}
