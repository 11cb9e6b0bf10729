import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import { exportJson } from "../../export/export-json.ts";
import type { Store } from "../../storage/store.ts";
import { storeFilter } from "./event-routes.ts";
import { ExportQuery } from "./request-schemas.ts";
import { Export } from "./response-schemas.ts";
import { badRequest, json } from "./responses.ts";

const exportRoute = createRoute({
  method: "get",
  path: "/api/export",
  summary: "The Sitrep JSON export of the events the filters select, with their links, actors, claims and quotes",
  request: { query: ExportQuery },
  responses: { 200: json(Export, "the export, as `sitrep export --format json` writes it"), ...badRequest },
});

export function registerExportRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(exportRoute, async (c) => {
    // One format so far; `format` is validated by its schema, so reaching here means json.
    const query = c.req.valid("query");
    return c.json((await exportJson(store, storeFilter(query))) as z.infer<typeof Export>, 200);
  });
}
