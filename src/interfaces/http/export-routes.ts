import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { countLeftOut } from "../../export/csv-export.ts";
import { EXPORT_DESCRIPTIONS, EXPORT_FORMATS, EXPORT_MEDIA_TYPES, exportChunks } from "../../export/export-formats.ts";
import type { Store } from "../../storage/store.ts";
import { storeFilter } from "./event-routes.ts";
import { givingWay } from "./giving-way-store.ts";
import { ExportQuery } from "./request-schemas.ts";
import { Export } from "./response-schemas.ts";
import { badRequest } from "./responses.ts";
import { acceptsGzip, streamedBody } from "./streamed-body.ts";

const text = z.string();

export const EXPORT_PATH = "/api/export";

const exportRoute = createRoute({
  method: "get",
  path: EXPORT_PATH,
  operationId: "exportEvents",
  tags: ["export"],
  summary: "The events the filters select, in one of the export formats",
  description: EXPORT_FORMATS.map((f) => `\`${f}\`: ${EXPORT_DESCRIPTIONS[f]}.`).join(" "),
  request: { query: ExportQuery },
  responses: {
    200: {
      description: "the export, as `sitrep export --format FORMAT` writes it",
      content: {
        [EXPORT_MEDIA_TYPES.json]: { schema: Export },
        [EXPORT_MEDIA_TYPES.jsonl]: { schema: text },
        [EXPORT_MEDIA_TYPES.geojson]: { schema: z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) }) },
        [EXPORT_MEDIA_TYPES.csv]: { schema: text },
      },
    },
    ...badRequest,
  },
});

/** `quiet` resolves when the export may read its next page (see request-activity.ts); at once when absent. */
export function registerExportRoutes(app: OpenAPIHono, served: Store, quiet: () => Promise<void> = async () => {}): void {
  const store = givingWay(served, quiet);
  app.openapi(exportRoute, async (c) => {
    const { format, include_incomplete, ...filters } = c.req.valid("query");
    const filter = storeFilter(filters);
    const includeIncomplete = include_incomplete === "true";
    // The count goes in a header, sent before the first row: counted over the store's cursor first.
    const leftOut = format === "csv" && !includeIncomplete ? (await countLeftOut(store, filter)).count : 0;
    // Streamed: once the first bytes are sent a failure cannot change the status; it breaks the body off (streamed-body.ts).
    const gzip = acceptsGzip(c.req.header("accept-encoding"));
    const { body, headers } = await streamedBody(exportChunks(store, format, filter, { includeIncomplete }), `GET ${c.req.path}`, gzip);
    // A download with a name that says what it is; the JSON formats still open in a browser tab.
    const extension = format === "jsonl" ? "jsonl" : format;
    return c.body(body, 200, {
      ...headers,
      "Content-Type": EXPORT_MEDIA_TYPES[format],
      "Content-Disposition": `${format === "csv" ? "attachment" : "inline"}; filename="sitrep-events.${extension}"`,
      // The CSV leaves out incomplete events unless asked; the count says so without a body change.
      ...(leftOut ? { "X-Sitrep-Left-Out": String(leftOut) } : {}),
    }) as never;
  });
}
