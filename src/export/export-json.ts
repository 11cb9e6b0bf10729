import type { StoredEvent } from "../core/model.ts";
import type { EventFilter, Store } from "../storage/store.ts";

/** The Sitrep JSON export: events with sources and evidence, their links, the actor registry, claims and quotes. */
export async function exportJson(store: Store, filter: EventFilter = {}): Promise<object> {
  const events = await store.listEvents(filter);
  const ids = new Set(events.map((e) => e.id));
  const links = (await store.listLinks())
    .filter((l) => ids.has(l.from) && ids.has(l.to))
    .map((l) => ({ from: l.from, to: l.to, relation: l.relation, article: l.article, evidence: l.evidence }));
  const articles = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
  const claims = (await store.listClaims()).filter((c) => articles.has(c.articleId));
  const quotes = (await store.listQuotes()).filter((q) => articles.has(q.articleId));
  const registry = await store.listActors();
  return {
    events: events.map(exportEvent),
    links,
    actors: registry.actors,
    actor_relations: registry.relations.map(({ articleId, ...r }) => ({ article: articleId, ...r })),
    claims: claims.map(({ articleId, ...c }) => ({ article: articleId, ...c })),
    quotes: quotes.map(({ articleId, ...q }) => ({ article: articleId, ...q })),
  };
}

/** One event in the export's shape (the fields of the contract, in its order). */
export function exportEvent(e: StoredEvent): object {
  return {
    id: e.id,
    type: e.type,
    date: e.date,
    date_precision: e.date_precision,
    ...(e.date_end ? { date_end: e.date_end } : {}),
    location: e.location,
    actor1: e.actor1,
    actor2: e.actor2,
    fatalities: e.fatalities,
    injured: e.injured,
    ...(e.operation ? { operation: e.operation } : {}),
    sources: e.sources,
    independent_sources: e.independent_sources,
    claims: e.claims,
    disagreements: e.disagreements,
    ...(e.machine ? { machine: e.machine } : {}),
    status: e.status,
    version: e.version,
  };
}
