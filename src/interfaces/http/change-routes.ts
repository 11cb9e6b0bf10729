import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Store } from "../../storage/store.ts";
import { json } from "./responses.ts";

const ChangesQuery = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$/, "expected a position: a whole number from an earlier answer's next, or 0")
    .default("0")
    .openapi({ description: "the position after which to list changes (0: from the start)" }),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, "expected a whole number from 1 to 1000")
    .refine((v) => Number(v) >= 1 && Number(v) <= 1000, "expected a whole number from 1 to 1000")
    .default("500"),
});

const Change = z.object({
  seq: z.number(),
  event: z.string(),
  kind: z.enum(["created", "revised", "merged", "split", "withdrawn", "reviewed"]),
  at: z.string(),
  into: z.string().optional(),
});

const changes = createRoute({
  method: "get",
  path: "/api/changes",
  summary: "Every event created, revised, merged into another, split or withdrawn since a position, oldest first",
  description:
    "Keep a copy in step: ask from 0 once, then from each answer's next. A merged event's reports now belong to `into`; " +
    "a split event keeps its id and `into` is the part split off from it; " +
    "fetch the events named here with GET /api/events/{id}.",
  request: { query: ChangesQuery },
  responses: {
    200: json(z.object({ changes: z.array(Change), next: z.number() }), "the changes after the position, and where to ask from next"),
  },
});

export function registerChangeRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(changes, async (c) => {
    const { since, limit } = c.req.valid("query");
    return c.json(await store.listChanges(Number(since), Number(limit)), 200);
  });
}
