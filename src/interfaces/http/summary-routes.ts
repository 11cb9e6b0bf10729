/**
 * `GET /api/summary`: counts over every event a filter keeps, never a page of them — in all, per
 * day, week, month or year (a timeline), per map cell (a map of a large store) and per country. The store
 * groups them in SQL, so the answer costs the same whatever the number of events.
 */

import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { SUMMARY_PERIODS } from "../../core/model.ts";
import type { EventSummaryRequest, Store } from "../../storage/store.ts";
import { storeFilter } from "./event-routes.ts";
import { placeAndTextFilters, REVERSED, sinceNotAfterUntil, storeFilters } from "./request-schemas.ts";
import { badRequest, json } from "./responses.ts";

const CELL_MESSAGE = "expected a cell size in degrees, from 0.001 to 180";

export const SummaryQuery = z
  .object({
    ...storeFilters,
    ...placeAndTextFilters,
    period: z
      .enum(SUMMARY_PERIODS, { error: `expected one of ${SUMMARY_PERIODS.join(", ")}` })
      .optional()
      .openapi({ description: "count dated events by the period their first day falls in (weeks start on Monday)" }),
    cell: z.coerce
      .number({ error: CELL_MESSAGE })
      .min(0.001, CELL_MESSAGE)
      .max(180, CELL_MESSAGE)
      .optional()
      .openapi({ description: "count located events by square cells of this many degrees, from 90°S and 180°W", example: 2 }),
    by_country: z
      .enum(["true", "false"], { error: "expected true or false" })
      .optional()
      .openapi({ description: "count events per country too" }),
  })
  .refine(sinceNotAfterUntil, REVERSED);

export const EventSummary = z
  .object({
    total: z.number().int().openapi({ description: "events the filters keep" }),
    undated: z.number().int().openapi({ description: "of them, events without a date" }),
    located: z.number().int().openapi({ description: "of them, events with coordinates" }),
    periods: z
      .array(z.object({ start: z.string().openapi({ description: "the period's first day" }), count: z.number().int() }))
      .openapi({ description: "per period with events, in order (empty without `period`)" }),
    cells: z
      .array(z.object({ lat: z.number(), lon: z.number(), count: z.number().int() }))
      .openapi({ description: "per cell with events: their count and mean position (empty without `cell`)" }),
    countries: z
      .array(z.object({ country: z.string().openapi({ description: "ISO 3166-1 alpha-2" }), count: z.number().int() }))
      .openapi({ description: "per country with events, by code (empty without `by_country=true`)" }),
  })
  .openapi("EventSummary");

const summary = createRoute({
  method: "get",
  path: "/api/summary",
  operationId: "summarizeEvents",
  tags: ["events"],
  summary: "Counts of the filtered events: in all, per period, per map cell",
  request: { query: SummaryQuery },
  responses: { 200: json(EventSummary, "the counts"), ...badRequest },
});

export function registerSummaryRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(summary, async (c) => {
    const query = c.req.valid("query");
    const request: EventSummaryRequest = {};
    if (query.period) request.period = query.period;
    if (query.cell) request.cellDegrees = query.cell;
    if (query.by_country === "true") request.countries = true;
    return c.json(await store.summarizeEvents(storeFilter(query), request), 200);
  });
}
