/**
 * A temporary SQLite store behind the API, filled through the API itself with three made-up
 * dispatches: two outlets telling one ambush near Gao (Mali), and one telling a drone strike near
 * Idlib (Syria) that killed a named commander, a tally of strikes, and a retaliatory attack the next day.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createSqliteStore } from "../../storage/sqlite/sqlite-store.ts";
import type { Store } from "../../storage/store.ts";
import { createApp, redatingOf, type AppOptions } from "./create-app.ts";

export const WIRE = {
  id: "wire-gao",
  outlet: "Northern Wire",
  published: "2025-11-14",
  text:
    "Gunmen ambushed an army convoy near Gao on Tuesday, killing seven soldiers, the Malian army said.\n\n" +
    "The convoy was travelling north from Gao when it came under fire, an officer said.\n",
};

export const MONITOR = {
  id: "monitor-gao",
  outlet: "Sahel Monitor",
  published: "2025-11-13",
  html:
    "<html><head><title>Convoy ambushed near Gao</title></head><body><nav>Home | World</nav>" +
    "<p>Seven soldiers were killed on Tuesday when militants ambushed a military convoy near the town of Gao in Mali, a security source said.</p>" +
    "<p>JNIM claimed responsibility for the ambush.</p></body></html>",
};

export const DESK = {
  id: "desk-idlib",
  outlet: "Levant Desk",
  published: "2025-11-17",
  text:
    "A drone strike hit a weapons depot outside Idlib in northwestern Syria on Sunday, killing three fighters, a monitoring group said.\n\n" +
    "Among the dead was Karem Tallawi, a senior Hayat Tahrir al-Sham commander, the group said.\n\n" +
    "The monitoring group said more than 40 drone strikes had hit the province over the past month.\n\n" +
    "On Monday, gunmen attacked a checkpoint in Idlib in retaliation for the drone strike, killing two guards.\n",
};

export interface Fixture {
  app: OpenAPIHono;
  store: Store;
  close(): Promise<void>;
}

/** A write token per app, created with its fixture. */
const tokens = new WeakMap<OpenAPIHono, Promise<string>>();

/** The headers that carry the fixture's write token. */
export async function authorised(app: OpenAPIHono, headers: Record<string, string> = {}): Promise<Record<string, string>> {
  const token = await tokens.get(app);
  return token ? { ...headers, authorization: `Bearer ${token}` } : headers;
}

/** An empty store in a fresh temporary folder, and the app over it (with a write token for `post`). */
export function emptyFixture(options: AppOptions = {}): Fixture {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-api-"));
  const store = createSqliteStore(join(dir, "sitrep.db"));
  const app = createApp(store, options);
  tokens.set(app, store.createToken("fixture", "write"));
  return {
    app,
    store,
    async close() {
      await redatingOf(app).idle();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POSTs a JSON body to the app. */
export async function post(app: OpenAPIHono, path: string, body: unknown): Promise<Response> {
  return app.request(path, {
    method: "POST",
    headers: await authorised(app, { "content-type": "application/json" }),
    body: JSON.stringify(body),
  });
}

/** GETs a path and reads the JSON answer with its status. */
export async function getJson<T = Record<string, unknown>>(app: OpenAPIHono, path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}

/** The store with the three dispatches ingested through `POST /api/articles`. */
export async function filledFixture(): Promise<Fixture> {
  const fixture = emptyFixture();
  for (const article of [WIRE, MONITOR, DESK]) {
    const res = await post(fixture.app, "/api/articles", article);
    if (res.status === 201) continue;
    // A failing `before` hook skips `after`: remove the temporary store here.
    const message = `fixture: ${article.id} answered ${res.status}: ${await res.text()}`;
    await fixture.close();
    throw new Error(message);
  }
  return fixture;
}
