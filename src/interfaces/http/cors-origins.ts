import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/**
 * Lets web pages served from the given origins call the API from a browser (none may by
 * default). A token travels in the Authorization header, never in a cookie, so credentials are
 * not allowed. A request without an Origin header is no browser's cross-origin call and goes on
 * untouched (an OPTIONS request without one still gets its 405).
 */
export function corsOrigins(origins: readonly string[]): MiddlewareHandler {
  const handler = cors({
    origin: origins.includes("*") ? "*" : [...origins],
    allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
    allowHeaders: ["Authorization", "Content-Type"],
    exposeHeaders: ["X-Request-Id", "X-Sitrep-Left-Out", "Content-Disposition"],
    maxAge: 600,
  });
  return async (c, next) => {
    if (c.req.header("origin") !== undefined) return handler(c, next);
    await next();
    // The answer differs by Origin: a cache must not hand this one to a cross-origin caller.
    if (!origins.includes("*")) c.header("Vary", "Origin", { append: true });
  };
}
