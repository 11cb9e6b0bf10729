/**
 * Serves the built web application beside the API: its files by name, and its page for every
 * other GET outside /api, so that a shared view's address (/events/ev_…?country=NG) opens the app.
 */

import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Files are read once: the application does not change under a running server. */
function readAll(directory: string): Map<string, { body: Buffer; type: string }> | null {
  if (!existsSync(join(directory, "index.html"))) return null;
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of ["index.html", "app.js", "app.js.map", "app.js.LEGAL.txt", "app.css", "basemap.json", "favicon.svg"]) {
    const path = join(directory, name);
    if (existsSync(path)) files.set(name, { body: readFileSync(path), type: TYPES[extname(name)] ?? "application/octet-stream" });
  }
  return files;
}

export function registerUiRoutes(app: OpenAPIHono, directory: string): void {
  const files = readAll(directory);
  app.get("*", async (c, next) => {
    const path = c.req.path;
    if (path === "/api" || path.startsWith("/api/")) return next();
    if (!files) {
      return c.text(
        `The web application is not built (no ${join(directory, "index.html")}): run \`npm run build:ui\`. The API is under /api.`,
        503,
      );
    }
    const file = files.get(path.slice(1)) ?? (extname(path) === "" ? files.get("index.html") : undefined);
    if (!file) return next();
    // The page may change with a new build; the rest is named by it and can be cached briefly.
    c.header("Cache-Control", file === files.get("index.html") ? "no-cache" : "public, max-age=300");
    return c.body(new Uint8Array(file.body), 200, { "Content-Type": file.type });
  });
}
