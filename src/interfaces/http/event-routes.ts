import { getEventDetail } from "../../app/read-models.ts";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { exportEvent } from "../../export/export-json.ts";
import type { EventType } from "../../core/event-types.ts";
import type { ActorKind } from "../../core/model.ts";
import type { EventFilter, Store } from "../../storage/store.ts";
import { parseBbox } from "./bbox.ts";
import { eventDetailView } from "./event-detail-view.ts";
import { pageOf, pageRequest } from "./event-paging.ts";
import { EventsQuery, IdParam } from "./request-schemas.ts";
import { EventDetail, EventPage } from "./response-schemas.ts";
import { badRequest, json, notFound } from "./responses.ts";

/** The filters `/api/events` and `/api/export` share, as the store takes them; the country upper-cased so that any adapter can compare it exactly. */
export function storeFilter(
  q: { [K in "since" | "until" | "country" | "actor" | "bbox" | "q"]?: string | undefined } & {
    type?: readonly EventType[] | undefined;
    min_fatalities?: number | undefined;
    admin1?: readonly string[] | undefined;
    actor_kind?: readonly ActorKind[] | undefined;
    min_sources?: number | undefined;
    reviewed?: boolean | undefined;
  },
): EventFilter {
  const f: EventFilter = {};
  if (q.since) f.since = q.since;
  if (q.until) f.until = q.until;
  if (q.country) f.country = q.country.toUpperCase();
  // One type is the plain filter; several (a family, or a list) are matched together.
  if (q.type?.length === 1) f.type = q.type[0]!;
  else if (q.type && q.type.length > 1) f.types = [...q.type];
  if (q.actor) f.actor = q.actor;
  const box = q.bbox ? parseBbox(q.bbox) : null;
  if (box) f.bbox = box;
  if (q.q) f.mentions = q.q;
  if (q.min_fatalities !== undefined) f.minFatalities = q.min_fatalities;
  if (q.admin1) f.admin1 = [...q.admin1];
  if (q.actor_kind) f.actorKinds = [...q.actor_kind];
  if (q.min_sources !== undefined) f.minSources = q.min_sources;
  if (q.reviewed !== undefined) f.reviewed = q.reviewed;
  return f;
}

const listEvents = createRoute({
  method: "get",
  path: "/api/events",
  operationId: "listEvents",
  tags: ["events"],
  summary: "Events, filtered, by date then id, a page at a time",
  request: { query: EventsQuery },
  responses: { 200: json(EventPage, "a page of events; `next_cursor` is null on the last page"), ...badRequest },
});

const getEvent = createRoute({
  method: "get",
  path: "/api/events/{id}",
  operationId: "getEvent",
  tags: ["events"],
  summary: "One event with each source's report, its links and its sources' numeric claims",
  request: { params: IdParam },
  responses: { 200: json(EventDetail, "the event"), ...notFound },
});

export function registerEventRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(listEvents, async (c) => {
    const query = c.req.valid("query");
    const filter = storeFilter(query);
    // The store reads only this page (and one more event, to tell whether another page follows).
    const page = pageOf(await store.listEvents(filter, pageRequest(query.limit, query.cursor)), query.limit);
    return c.json({ events: page.items.map((e) => exportEvent(e)), next_cursor: page.next }, 200);
  });

  app.openapi(getEvent, async (c) => {
    const { id } = c.req.valid("param");
    const detail = await getEventDetail(store, id);
    if (!detail) return c.json({ error: `no event ${JSON.stringify(id)}` }, 404);
    return c.json(eventDetailView(detail), 200);
  });
}
