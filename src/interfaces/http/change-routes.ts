import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { CHANGE_KINDS } from "../../core/model.ts";
import type { Store } from "../../storage/store.ts";
import { badRequest, json } from "./responses.ts";

const POSITION_MESSAGE = "expected a position: a whole number from an earlier answer's next, or 0";
const LIMIT_MESSAGE = "expected a whole number from 1 to 1000";

const ChangesQuery = z.object({
  since: z.coerce
    .number({ error: POSITION_MESSAGE })
    .int(POSITION_MESSAGE)
    .min(0, POSITION_MESSAGE)
    .max(Number.MAX_SAFE_INTEGER, POSITION_MESSAGE)
    .default(0)
    .openapi({ description: "the position after which to list changes (0: from the start)" }),
  limit: z.coerce
    .number({ error: LIMIT_MESSAGE })
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(1000, LIMIT_MESSAGE)
    .default(500)
    .openapi({ description: "changes per answer" }),
});

const Change = z.object({
  seq: z.number(),
  event: z.string(),
  kind: z.enum(CHANGE_KINDS),
  at: z.string(),
  into: z.string().optional(),
});

const changes = createRoute({
  method: "get",
  path: "/api/changes",
  operationId: "listChanges",
  tags: ["events"],
  summary: "Every event created, revised, merged into another, split or withdrawn since a position, oldest first",
  description:
    "Keep a copy in step: ask from 0 once, then from each answer's next. A merged event's reports now belong to `into`; " +
    "a split event keeps its id and `into` is the part split off from it; " +
    "fetch the events named here with GET /api/events/{id}.",
  request: { query: ChangesQuery },
  responses: {
    200: json(z.object({ changes: z.array(Change), next: z.number() }), "the changes after the position, and where to ask from next"),
    ...badRequest,
  },
});

export function registerChangeRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(changes, async (c) => {
    const { since, limit } = c.req.valid("query");
    return c.json(await store.listChanges(since, limit), 200);
  });
}
