/**
 * Who may do what. Writes (ingesting, reviewing) always need a write token; reads are open, or
 * need a token when the server is started so. Tokens travel as `Authorization: Bearer <secret>`
 * and are checked against the store's hashes (`sitrep token create NAME`).
 */

import type { MiddlewareHandler } from "hono";
import type { Store } from "../../storage/store.ts";

/** Reads open to anyone, or only to holders of a token. */
export type ReadAccess = "open" | "token";

/** Paths anyone may read, whatever the setting: a monitor's probe and the API's own description. */
const ALWAYS_OPEN = new Set(["/api/health", "/api/openapi.json"]);

const HOW = "send Authorization: Bearer <token> (create one with `sitrep token create NAME`)";

export function accessControl(store: Store, reads: ReadAccess): MiddlewareHandler {
  return async (c, next) => {
    const write = c.req.method !== "GET" && c.req.method !== "HEAD";
    if (!write && (reads === "open" || ALWAYS_OPEN.has(c.req.path))) return next();
    const header = c.req.header("authorization") ?? "";
    const secret = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!secret) return c.json({ error: `${write ? "writing" : "reading"} needs a token: ${HOW}` }, 401);
    const token = await store.verifyToken(secret);
    if (!token) return c.json({ error: `unknown or revoked token: ${HOW}` }, 401);
    if (write && token.rights !== "write") return c.json({ error: `token "${token.name}" may only read` }, 403);
    return next();
  };
}
