/**
 * The Sitrep JSON export: events with sources and evidence, their links, the actor registry,
 * claims and quotes. `jsonExport` streams it: the events a page at a time, then what they select
 * of the rest, written exactly as `JSON.stringify(exportJson(...), null, 2)` would write it.
 */

import { listActors, listLinks } from "../app/read-models.ts";
import type { StoredEvent } from "../core/model.ts";
import { eventPages } from "../storage/event-cursor.ts";
import type { EventFilter, Store } from "../storage/store.ts";
import { CHUNK_CHARS } from "./chunk-size.ts";
import { EventIdSet } from "./event-id-set.ts";
import { prettyJsonArray } from "./pretty-json.ts";

/** What follows the events: the links between exported events, the registry, and the claims and quotes of their articles. */
async function sectionsAfterEvents(store: Store, ids: Pick<ReadonlySet<string>, "has">, articles: ReadonlySet<string>) {
  const links = (await listLinks(store))
    .filter((l) => ids.has(l.from) && ids.has(l.to))
    .map((l) => ({ from: l.from, to: l.to, relation: l.relation, article: l.article, evidence: l.evidence }));
  const claims = (await store.listClaims()).filter((c) => articles.has(c.articleId));
  const quotes = (await store.listQuotes()).filter((q) => articles.has(q.articleId));
  const registry = await listActors(store);
  return {
    links,
    actors: registry.actors,
    actor_relations: registry.relations.map(({ articleId, ...r }) => ({ article: articleId, ...r })),
    claims: claims.map(({ articleId, ...c }) => ({ article: articleId, ...c })),
    quotes: quotes.map(({ articleId, ...q }) => ({ article: articleId, ...q })),
  };
}

/** The Sitrep JSON export as one object (what `jsonExport` writes, for callers that want the value). */
export async function exportJson(store: Store, filter: EventFilter = {}): Promise<object> {
  const events = await store.listEvents(filter);
  const ids = new Set(events.map((e) => e.id));
  const articles = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
  return { events: events.map(exportEvent), ...(await sectionsAfterEvents(store, ids, articles)) };
}

/** Items per chunk when an array held in memory is written. */
const CHUNK_ITEMS = 500;

function* inPages<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += CHUNK_ITEMS) yield items.slice(i, i + CHUNK_ITEMS);
}

/** The articles that have claims or quotes: of an export's articles only these select anything after the events. */
async function articlesWithClaimsOrQuotes(store: Store): Promise<Set<string>> {
  const articles = new Set<string>();
  for (const c of await store.listClaims()) articles.add(c.articleId);
  for (const q of await store.listQuotes()) articles.add(q.articleId);
  return articles;
}

/**
 * The Sitrep JSON export, pretty-printed, a chunk at a time: the events as the store's cursor
 * gives them (the first chunk once the first page is read), then links, actors, claims and quotes.
 * Of the events only what selects what follows is kept, and kept small (held to the export's end,
 * it would otherwise be most of its memory): their ids, packed, and those of their articles that
 * have claims or quotes.
 */
export async function* jsonExport(store: Store, filter: EventFilter = {}, pageSize?: number): AsyncGenerator<string, void, undefined> {
  const ids = new EventIdSet();
  const quoted = await articlesWithClaimsOrQuotes(store);
  const articles = new Set<string>();
  async function* noted(): AsyncGenerator<StoredEvent[]> {
    for await (const page of eventPages(store, filter, pageSize)) {
      for (const e of page) {
        ids.add(e.id);
        for (const s of e.sources) if (quoted.has(s.article)) articles.add(s.article);
      }
      yield page;
    }
  }
  let opening = '{\n  "events": ';
  for await (const chunk of prettyJsonArray(noted(), 1, exportEvent)) {
    yield opening + chunk;
    opening = "";
  }
  quoted.clear();
  for (const [name, items] of Object.entries(await sectionsAfterEvents(store, ids, articles))) {
    let key = `,\n  ${JSON.stringify(name)}: `;
    for await (const chunk of prettyJsonArray(inPages(items as unknown[]), 1)) {
      yield key + chunk;
      key = "";
    }
  }
  yield "\n}\n";
}

/** JSON Lines: one event a line, in the export's event shape, a chunk per page of events or per `CHUNK_CHARS` written. */
export async function* jsonLinesExport(store: Store, filter: EventFilter = {}, pageSize?: number): AsyncGenerator<string, void, undefined> {
  for await (const page of eventPages(store, filter, pageSize)) {
    let chunk = "";
    for (const e of page) {
      chunk += `${JSON.stringify(exportEvent(e))}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
}

/** One event in the export's shape (the fields of the contract, in its order). */
/**
 * An event as the exports, the API and webhooks give it: the stored event, its optional fields
 * (an end date, an operation, the machine's values of reviewed fields) left out when empty.
 */
export type ExportedEvent = Omit<StoredEvent, "date_end" | "operation" | "machine"> & {
  date_end?: string;
  operation?: string;
  machine?: Record<string, unknown>;
};

export function exportEvent(e: StoredEvent): ExportedEvent {
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
