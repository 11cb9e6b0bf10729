import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Store } from "../../storage/store.ts";
import { Health } from "./response-schemas.ts";
import { json } from "./responses.ts";

const health = createRoute({
  method: "get",
  path: "/api/health",
  operationId: "getHealth",
  tags: ["service"],
  summary: "Liveness, and how many articles the store holds (so a monitor also sees that the store answers)",
  responses: { 200: json(Health, "the server and its store are up") },
});

export function registerHealthRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(health, async (c) => c.json({ status: "ok" as const, articles: await store.countArticles() }, 200));
}
