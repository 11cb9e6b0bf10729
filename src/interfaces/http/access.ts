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
/** The API reference for people (its page and files), which shows only that description. */
const OPEN_REFERENCE = /^\/api\/docs(\/[^/]*)?$/;

function alwaysOpen(path: string): boolean {
  return ALWAYS_OPEN.has(path) || OPEN_REFERENCE.test(path);
}

const HOW = "send Authorization: Bearer <token> (create one with `sitrep token create NAME`)";

export function accessControl(store: Store, reads: ReadAccess): MiddlewareHandler {
  return async (c, next) => {
    const write = c.req.method !== "GET" && c.req.method !== "HEAD";
    if (!write && (reads === "open" || alwaysOpen(c.req.path))) return next();
    const header = c.req.header("authorization") ?? "";
    const secret = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!secret) return c.json({ error: `${write ? "writing" : "reading"} needs a token: ${HOW}` }, 401);
    const token = await store.verifyToken(secret);
    if (!token) return c.json({ error: `unknown or revoked token: ${HOW}` }, 401);
    if (write && token.rights !== "write") return c.json({ error: `token "${token.name}" may only read` }, 403);
    return next();
  };
}

/** The name of the token scheme in the OpenAPI document. */
export const TOKEN_SCHEME = "bearerToken";

/** How the OpenAPI document describes tokens (`components.securitySchemes`). */
export const TOKEN_SCHEME_OBJECT = {
  type: "http" as const,
  scheme: "bearer",
  description: `A token made with \`sitrep token create NAME\` (rights: read or write). Writing always needs a write token; reading needs a token only on a server started with --token-reads.`,
};

interface DocumentedOperation {
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, unknown>;
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/**
 * Writes the rules `accessControl` applies into an OpenAPI document: which operations take a
 * token, and their 401 (no token, or an unknown one) and 403 (a read token used to write).
 */
export function documentAccess<D extends object>(document: D): D {
  const paths = (document as { paths?: Record<string, Record<string, DocumentedOperation>> }).paths ?? {};
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(operations)) {
      if (ALWAYS_OPEN.has(path)) {
        op.security = [];
        continue;
      }
      const write = method !== "get" && method !== "head";
      const responses = (op.responses ??= {});
      responses["401"] ??= errorResponse(
        write ? "no token, or an unknown or revoked one" : "reads need a token on this server, and none or an unknown one was sent",
      );
      if (write) {
        // A read-only token, or (where documented already) a read-only server.
        responses["403"] ??= errorResponse("the token may only read");
        op.security = [{ [TOKEN_SCHEME]: [] }];
      } else {
        // Open unless the server is started with --token-reads: no token, or one.
        op.security = [{}, { [TOKEN_SCHEME]: [] }];
      }
    }
  }
  return document;
}
