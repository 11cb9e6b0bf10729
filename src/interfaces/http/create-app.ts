import { OpenAPIHono } from "@hono/zod-openapi";
import { compress } from "hono/compress";
import type { Store } from "../../storage/store.ts";
import { registerActorRoutes } from "./actor-routes.ts";
import { registerApiDocsRoutes } from "./api-docs-routes.ts";
import { createReadingPool, DEFAULT_READING_BUDGET_MS, type ReadingPool } from "../../ingest/reading-pool.ts";
import { registerArticleRoutes } from "./article-routes.ts";
import { describeIssues, notFound, onError } from "./errors.ts";
import { registerEventRoutes } from "./event-routes.ts";
import { EXPORT_PATH, registerExportRoutes } from "./export-routes.ts";
import { requestActivity } from "./request-activity.ts";
import { registerHealthRoutes } from "./health-routes.ts";
import { accessControl, type ReadAccess } from "./access.ts";
import { openApiDocument, registerDocumentComponents } from "./openapi-document.ts";
import { methodNotAllowed } from "./method-not-allowed.ts";
import { registerChangeRoutes } from "./change-routes.ts";
import { registerReviewRoutes } from "./review-routes.ts";
import { registerSummaryRoutes } from "./summary-routes.ts";
import { securityHeaders } from "./security-headers.ts";
import { registerUiRoutes } from "./ui-routes.ts";
import { accessLog } from "./access-log.ts";
import { corsOrigins } from "./cors-origins.ts";
import type { Logger } from "../logging/logger.ts";
import { backgroundRedating, type BackgroundRedating } from "../../app/background-redating.ts";

export interface AppOptions {
  /** Refuse ingestion (403), for a server that only publishes a store. */
  readOnly?: boolean;
  /** Whether reading needs a token (writing always does). Default: open. */
  reads?: ReadAccess;
  /** The built web application to serve outside /api; none when absent (an API-only app, as tests use). */
  uiDirectory?: string;
  /**
   * Let `POST /api/articles {url}` fetch from private, loopback and link-local addresses. Off by
   * default: otherwise any caller could make the server read its own network. Tests, whose pages
   * are served on 127.0.0.1, turn it on.
   */
  allowPrivateFetch?: boolean;
  /** The threads that read posted articles; the app starts its own (closed with the process) when absent. */
  readingPool?: ReadingPool;
  /** Time allowed to each step of reading a posted article (parsing, extracting) before it is refused (422), in ms. Default 30 s. */
  readingBudgetMs?: number;
  /** Where each request's access-log line goes; none when absent. */
  logger?: Logger;
  /** Origins whose pages may call the API from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
}

/** Each app's background re-dating, so that whoever closes its store waits for it first. */
const redatings = new WeakMap<OpenAPIHono, BackgroundRedating>();

/** The re-dating `app` runs in the background after ingesting; resolved `idle()` before closing its store. */
export function redatingOf(app: OpenAPIHono): BackgroundRedating {
  return redatings.get(app)!;
}

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = "/api/openapi.json";

/**
 * The Sitrep HTTP API over a store. It does not listen: `serve` (or a test's `app.request`) drives
 * it, so the same app runs under Node, in tests, or behind another runtime.
 */
export function createApp(store: Store, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    // Every zod failure, whatever the route, becomes a 400 naming the parameter.
    defaultHook: (result, c) => (result.success ? undefined : c.json({ error: describeIssues(result.error, result.target) }, 400)),
  });
  app.onError(onError);
  app.notFound(notFound);
  if (options.logger) app.use("*", ...accessLog(options.logger));
  // Exports give way to the other requests under way (request-activity.ts).
  const activity = requestActivity((path) => path === EXPORT_PATH);
  app.use("*", activity.middleware);
  app.use("*", securityHeaders());
  // Exports and the basemap are large and repetitive: gzip makes them a fraction of their size.
  app.use("*", compress());
  // Before the method and token checks, which a browser's preflight would not pass.
  if (options.corsOrigins?.length) app.use("*", corsOrigins(options.corsOrigins));
  // Reads the routes registered below at each request.
  app.use("/api/*", methodNotAllowed(app));
  app.use("/api/*", accessControl(store, options.reads ?? "open"));
  registerHealthRoutes(app, store);
  registerEventRoutes(app, store);
  registerActorRoutes(app, store);
  const pool = options.readingPool ?? createReadingPool();
  const budgetMs = options.readingBudgetMs ?? DEFAULT_READING_BUDGET_MS;
  // Undated articles are re-read on the reading threads after the request that dated them is answered.
  const redating = backgroundRedating(
    store,
    (article) => pool.run("extract", article, budgetMs),
    (error, articleId) => {
      const where = articleId === undefined ? "re-dating the undated articles" : `re-dating article "${articleId}"`;
      if (options.logger) options.logger.error({ article: articleId, error: error.message }, "re-dating failed");
      else console.error(`${where}: ${error.message}`);
    },
  );
  redatings.set(app, redating);
  registerArticleRoutes(app, store, options.readOnly ?? false, {
    pool,
    budgetMs,
    fetchRules: { allowPrivate: options.allowPrivateFetch ?? false },
    redating,
  });
  registerExportRoutes(app, store, activity.quiet);
  registerChangeRoutes(app, store);
  registerReviewRoutes(app, store);
  registerSummaryRoutes(app, store);
  registerApiDocsRoutes(app);
  if (options.uiDirectory) registerUiRoutes(app, options.uiDirectory);
  registerDocumentComponents(app);
  let document: ReturnType<typeof openApiDocument> | null = null;
  app.get(OPENAPI_PATH, (c) => c.json((document ??= openApiDocument(app))));
  return app;
}
