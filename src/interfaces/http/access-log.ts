import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { Logger } from "../logging/logger.ts";

/**
 * One log line per request, once its answer is ready: method, path, status, time taken and the
 * request's id. The id is the caller's `X-Request-Id` when it sends a sensible one (a proxy's),
 * else a new one, and is sent back in the same header so a report can be matched to its line.
 */
export function accessLog(logger: Logger): MiddlewareHandler[] {
  const log: MiddlewareHandler = async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    const entry = {
      method: c.req.method,
      path: c.req.path,
      status,
      duration_ms: Math.round((performance.now() - start) * 10) / 10,
      request_id: c.get("requestId"),
    };
    if (status >= 500) logger.error(entry, "request");
    else logger.info(entry, "request");
  };
  return [requestId(), log];
}
