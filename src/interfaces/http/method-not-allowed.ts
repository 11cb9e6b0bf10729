/**
 * A request for a path the API has, with a method it does not take there (TRACE, PUT, DELETE…),
 * is answered 405 with the methods it does take (`Allow`), as HTTP asks, rather than 404: the
 * path exists, and before the token is checked, since no token would make it allowed.
 */

import type { Hono, MiddlewareHandler } from "hono";

/** The methods routes of `app` answer at `path` (HEAD wherever GET is), from the routes themselves. */
export function allowedMethods(app: Pick<Hono, "routes">, path: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes) {
    // Middleware ("ALL") and catch-alls say nothing about which paths exist.
    if (route.method === "ALL" || route.path.includes("*")) continue;
    const pattern = new RegExp(`^${route.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}$`);
    if (pattern.test(path)) methods.add(route.method);
  }
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}

/** Answers 405 before anything else (a token check included) when the path exists but not with this method. */
export function methodNotAllowed(app: Pick<Hono, "routes">): MiddlewareHandler {
  return async (c, next) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length === 0 || allowed.includes(c.req.method)) return next();
    return c.json({ error: `${c.req.method} is not allowed on ${c.req.path}; allowed: ${allowed.join(", ")}` }, 405, {
      Allow: allowed.join(", "),
    });
  };
}
