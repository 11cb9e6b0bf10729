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
import { actorByAlias } from "../stages/mentions/actor-lexicon.ts";
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
 * Gathers actor sightings into registry actors, sorted by kind then name, with ids from kind and
 * canonical key. `relations` (read from articles by `findActorRelations`) are resolved against the
 * registry along with the affiliations people's values state.
 */
export function buildActorRegistry(inputs: readonly ActorSighting[], relations: readonly SourcedRelation[] = []): ActorRegistry {
  const personCounts = new Map<string, number>();
  for (const { actor } of inputs) {
    if (actor.kind !== "person") continue;
    const name = splitPersonActorName(actor.name).name;
    personCounts.set(name, (personCounts.get(name) ?? 0) + 1);
  }
  const personGroup = new Map<string, PersonNameGroup>();
  for (const group of groupPersonNames(personCounts)) for (const name of group.names) personGroup.set(name, group);

  const entries = new Map<string, Entry>();
  const affiliations: Array<{ relation: SourcedRelation; entryKey: string }> = [];
  for (const { actor, articleId, evidence } of inputs) {
    const personName = actor.kind === "person" ? splitPersonActorName(actor.name).name : null;
    const group = personName === null ? null : personGroup.get(personName)!;
    const key = group ? group.key : actor.name;
    const entryKey = `${actor.kind}\u0000${key}`;
    let entry = entries.get(entryKey);
    if (!entry) {
      entry = {
        kind: actor.kind,
        key,
        name: group ? group.canonical : actor.name,
        sightings: 0,
        articles: new Set(),
        aliases: new Set(),
        countries: new Map(),
      };
      entries.set(entryKey, entry);
    }
    entry.sightings++;
    entry.articles.add(articleId);
    if (personName !== null) entry.aliases.add(personName);
    const written = evidence.text.trim();
    if (written && namesActor(written, entry.kind, entry.name)) entry.aliases.add(written);
    if (actor.country) entry.countries.set(actor.country, (entry.countries.get(actor.country) ?? 0) + 1);
    const affiliation = affiliationRelation(actor, evidence);
    if (affiliation) affiliations.push({ relation: { ...affiliation, articleId }, entryKey });
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

  const fromIds = new Map(affiliations.map(({ entryKey }, index) => [index, idOf(entries.get(entryKey)!)]));
  return { actors, relations: resolveRelations(actors, [...affiliations.map((a) => a.relation), ...relations], fromIds) };
}
