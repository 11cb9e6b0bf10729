/**
 * Which requests the server is answering, so that a long export gives way to them. An export and
 * a listing take turns on the one event loop: unchecked, a listing waits behind a page of the
 * export at each of its steps (its query, its JSON, its compression, its write), and an export of
 * a large store makes every other request many times slower. Given way to, a request waits for
 * at most the one page under way when it came.
 *
 * A request counts from its first middleware until its response is written out (the body of a
 * listing is compressed and sent after its handler returns); exports themselves do not count.
 */

import type { ServerResponse } from "node:http";
import type { MiddlewareHandler } from "hono";

/** The longest an export waits between two pages while requests keep coming: they slow it, never stop it. */
export const MAX_GIVE_WAY_MS = 200;

export interface RequestActivity {
  /** Counts the requests under way; `ignore` tells which do not count (exports). */
  middleware: MiddlewareHandler;
  /** Resolves once no counted request is under way, or after `MAX_GIVE_WAY_MS`. */
  quiet(): Promise<void>;
}

export function requestActivity(ignore: (path: string) => boolean): RequestActivity {
  let active = 0;
  const waiting = new Set<() => void>();
  const ended = () => {
    active--;
    if (active > 0) return;
    for (const wake of [...waiting]) wake();
  };
  return {
    middleware: async (c, next) => {
      if (ignore(c.req.path)) return next();
      active++;
      // Under Node (@hono/node-server) the response being written; elsewhere (tests) none.
      const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
      try {
        await next();
      } finally {
        if (outgoing && !outgoing.writableFinished && !outgoing.destroyed) outgoing.once("close", ended);
        else ended();
      }
    },
    quiet() {
      if (active === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, MAX_GIVE_WAY_MS);
        waiting.add(wake);
      });
    },
  };
}
