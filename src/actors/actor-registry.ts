/**
 * The registry of actors across articles: each group, force or person once, however many articles
 * and spellings name them, so that an actor network and a search by actor can join what sources
 * say of the same actor. Lexicon names are already canonical and are grouped as they are; people
 * are grouped by `samePerson` (see group-person-names.ts). A person's stated affiliation becomes a
 * relation rather than part of the person's name.
 *
 * Pure and deterministic: the same sightings, in any order, give the same registry.
 */

import type { ActorKind, ActorValue, EvidenceSpan } from "../core/model.ts";
import { actorByAlias } from "./actor-lexicon.ts";
import { actorId } from "./actor-id.ts";
import { affiliationRelation } from "./affiliation-relation.ts";
import { compareText } from "./compare-text.ts";
import { groupPersonNames, type PersonNameGroup } from "./group-person-names.ts";
import { splitPersonActorName } from "./person-actor-name.ts";
import { samePerson } from "./person-name-key.ts";
import { resolveRelations, type RegistryRelation, type SourcedRelation } from "./resolve-relations.ts";

/** One actor as one article names it, with the words that name it. */
export interface ActorSighting {
  actor: ActorValue;
  articleId: string;
  evidence: EvidenceSpan;
}

/** One actor across every article that names it. */
export interface RegistryActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  /** Other names seen for it (spellings, shortenings, aliases as written), sorted. */
  aliases: string[];
  sightings: number;
  /** The articles that name it, sorted. */
  articles: string[];
}

export interface ActorRegistry {
  actors: RegistryActor[];
  /** Stated affiliations of people, and any relations handed in, between registry actors. */
  relations: RegistryRelation[];
}

/** What the registry gathers for one actor while reading sightings. */
interface Entry {
  kind: ActorKind;
  key: string;
  name: string;
  sightings: number;
  articles: Set<string>;
  aliases: Set<string>;
  countries: Map<string, number>;
}

/** The most frequent country, ties to the first alphabetically; null when none was given. */
function mainCountry(countries: Map<string, number>): string | null {
  return [...countries].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? null;
}

/** True when the words of a sighting name the actor by themselves (not a sentence about it). */
function namesActor(words: string, kind: ActorKind, name: string): boolean {
  if (kind === "person") return samePerson(words, name);
  const known = actorByAlias(words);
  return known !== null && known.name === name && known.kind === kind;
}

/**
 * What the registry keeps of the sightings of one name (a group's, or a person's as written
 * without an affiliation) while reading them: counts and sets, never the sightings themselves,
 * so that a registry over a whole store is gathered in the memory of its actors alone.
 */
interface NameTally {
  kind: ActorKind;
  name: string;
  sightings: number;
  articles: Set<string>;
  /** The words of the sightings, each once: a person's are weighed once the group's canonical name is known. */
  written: Set<string>;
  countries: Map<string, number>;
}

/** What a registry gathers beyond the actors' names, kinds and countries. */
export interface RegistryOptions {
  /**
   * False to leave every actor's `articles` empty: a whole store's registry holds most of its
   * memory in the set of articles of each actor, which what needs only names, kinds and countries
   * (the CSV export's actor facts) does without.
   */
  articles?: boolean;
}

/** Reads sightings one at a time (`add`), then gives the registry (`build`). */
export interface ActorRegistryBuilder {
  add(sighting: ActorSighting): void;
  build(relations?: readonly SourcedRelation[]): ActorRegistry;
}

/**
 * Gathers actor sightings into registry actors, sorted by kind then name, with ids from kind and
 * canonical key. `relations` (read from articles by `findActorRelations`) are resolved against the
 * registry along with the affiliations people's values state. People are grouped only at the end,
 * by the names seen over all the sightings.
 */
export function actorRegistryBuilder(options: RegistryOptions = {}): ActorRegistryBuilder {
  const keepArticles = options.articles ?? true;
  const tallies = new Map<string, NameTally>();
  const affiliations: Array<{ relation: SourcedRelation; tallyKey: string }> = [];
  return {
    add({ actor, articleId, evidence }) {
      const name = actor.kind === "person" ? splitPersonActorName(actor.name).name : actor.name;
      const tallyKey = `${actor.kind}\u0000${name}`;
      let tally = tallies.get(tallyKey);
      if (!tally) {
        tally = { kind: actor.kind, name, sightings: 0, articles: new Set(), written: new Set(), countries: new Map() };
        tallies.set(tallyKey, tally);
      }
      tally.sightings++;
      if (keepArticles) tally.articles.add(articleId);
      const written = evidence.text.trim();
      if (written) tally.written.add(written);
      if (actor.country) tally.countries.set(actor.country, (tally.countries.get(actor.country) ?? 0) + 1);
      const affiliation = affiliationRelation(actor, evidence);
      if (affiliation) affiliations.push({ relation: { ...affiliation, articleId }, tallyKey });
    },
    build(relations = []) {
      const personCounts = new Map<string, number>();
      for (const t of tallies.values()) if (t.kind === "person") personCounts.set(t.name, t.sightings);
      const personGroup = new Map<string, PersonNameGroup>();
      for (const group of groupPersonNames(personCounts)) for (const name of group.names) personGroup.set(name, group);

      const entries = new Map<string, Entry>();
      const entryKeyOf = new Map<string, string>();
      for (const [tallyKey, t] of tallies) {
        const group = t.kind === "person" ? personGroup.get(t.name)! : null;
        const key = group ? group.key : t.name;
        const entryKey = `${t.kind}\u0000${key}`;
        entryKeyOf.set(tallyKey, entryKey);
        let entry = entries.get(entryKey);
        if (!entry) {
          entry = {
            kind: t.kind,
            key,
            name: group ? group.canonical : t.name,
            sightings: 0,
            articles: new Set(),
            aliases: new Set(),
            countries: new Map(),
          };
          entries.set(entryKey, entry);
        }
        entry.sightings += t.sightings;
        for (const a of t.articles) entry.articles.add(a);
        if (t.kind === "person") entry.aliases.add(t.name);
        for (const w of t.written) if (namesActor(w, entry.kind, entry.name)) entry.aliases.add(w);
        for (const [country, n] of t.countries) entry.countries.set(country, (entry.countries.get(country) ?? 0) + n);
      }

      const idOf = (entry: Entry) => actorId(entry.kind, entry.key);
      const actors = [...entries.values()]
        .map((entry): RegistryActor => ({
          id: idOf(entry),
          name: entry.name,
          kind: entry.kind,
          country: mainCountry(entry.countries),
          aliases: [...entry.aliases].filter((alias) => alias !== entry.name).sort(compareText),
          sightings: entry.sightings,
          articles: [...entry.articles].sort(compareText),
        }))
        .sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.id, b.id));

      const fromIds = new Map(affiliations.map(({ tallyKey }, index) => [index, idOf(entries.get(entryKeyOf.get(tallyKey)!)!)]));
      return { actors, relations: resolveRelations(actors, [...affiliations.map((a) => a.relation), ...relations], fromIds) };
    },
  };
}

/** The registry of `inputs` at once (see `actorRegistryBuilder`). */
export function buildActorRegistry(inputs: readonly ActorSighting[], relations: readonly SourcedRelation[] = []): ActorRegistry {
  const builder = actorRegistryBuilder();
  for (const sighting of inputs) builder.add(sighting);
  return builder.build(relations);
}
