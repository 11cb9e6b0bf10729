/**
 * `GET /api/docs`: the API reference for people, drawn in the browser by Swagger UI from
 * /api/openapi.json. Every file it needs is served from here (the renderer from the
 * swagger-ui-dist package, the page and its start script from `api-docs/`), so the reference
 * works offline and within the Content-Security-Policy every answer carries.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { OpenAPIHono } from "@hono/zod-openapi";

/** Where the reference's page is served; its files are under it. */
export const API_DOCS_PATH = "/api/docs";

const HERE = join(dirname(fileURLToPath(import.meta.url)), "api-docs");

interface Asset {
  /** Where the file is, read at the first request for it (a server that never shows the reference never reads 2 MB). */
  path: string;
  type: string;
  body?: Uint8Array<ArrayBuffer>;
}

function rendererFile(name: string): string {
  return join(dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json")), name);
}

/** The files under /api/docs/, by name. */
const ASSETS = new Map<string, Asset>([
  ["swagger-ui-bundle.js", { path: rendererFile("swagger-ui-bundle.js"), type: "text/javascript; charset=utf-8" }],
  ["swagger-ui.css", { path: rendererFile("swagger-ui.css"), type: "text/css; charset=utf-8" }],
  ["start.js", { path: join(HERE, "start.js"), type: "text/javascript; charset=utf-8" }],
]);
const PAGE: Asset = { path: join(HERE, "index.html"), type: "text/html; charset=utf-8" };

function read(asset: Asset): Uint8Array<ArrayBuffer> {
  return (asset.body ??= new Uint8Array(readFileSync(asset.path)));
}

export function registerApiDocsRoutes(app: OpenAPIHono): void {
  app.get(API_DOCS_PATH, (c) => c.body(read(PAGE), 200, { "Content-Type": PAGE.type, "Cache-Control": "no-cache" }));
  // The page's files are named relative to /api/docs; from /api/docs/ they would be looked for one level down.
  app.get(`${API_DOCS_PATH}/`, (c) => c.redirect(API_DOCS_PATH, 301));
  app.get(`${API_DOCS_PATH}/:file`, (c) => {
    const asset = ASSETS.get(c.req.param("file"));
    if (!asset) return c.json({ error: `no file ${JSON.stringify(c.req.param("file"))} in the API reference` }, 404);
    // A new version of the renderer comes with a restart, which a short cache outlives little.
    return c.body(read(asset), 200, { "Content-Type": asset.type, "Cache-Control": "public, max-age=300" });
  });
}
