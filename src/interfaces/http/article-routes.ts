import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ArticleNotReadError, failureOfInput, keepFailedArticle } from "../../app/failed-articles.ts";
import type { BackgroundRedating } from "../../app/background-redating.ts";
import { ingestArticle } from "../../app/ingest-article.ts";
import type { Article, ArticleInput } from "../../core/article.ts";
import { IngestError } from "../../core/errors.ts";
import type { FetchRules } from "../../fetch/fetch-resource.ts";
import { readWebArticle } from "../../ingest/read-web-article.ts";
import { ReadingTimeoutError, type ReadingPool } from "../../ingest/reading-pool.ts";
import type { Store } from "../../storage/store.ts";
import { ArticleBody, ArticlesQuery, IdParam } from "./request-schemas.ts";
import { ArticleView, ErrorBody, FailedArticleList, IngestOutcome, IngestRefusal } from "./response-schemas.ts";
import { badRequest, json, notFound } from "./responses.ts";

/** Far above any news article; stops a runaway upload before it is parsed. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const getArticle = createRoute({
  method: "get",
  path: "/api/articles/{id}",
  operationId: "getArticle",
  tags: ["articles"],
  summary: "One stored article: the text every evidence span points into",
  request: { params: IdParam },
  responses: { 200: json(ArticleView, "the article"), ...notFound },
});

const listArticles = createRoute({
  method: "get",
  path: "/api/articles",
  operationId: "listFailedArticles",
  tags: ["articles"],
  summary: "The articles sent but not read (status=failed), kept as sent with the reason; sending one again retries it",
  request: { query: ArticlesQuery },
  responses: { 200: json(FailedArticleList, "the failed articles, the most recent failure first"), ...badRequest },
});

/** Checked before the body is read or validated, so that a read-only server answers 403 whatever is sent. */
function refuseWhenReadOnly(readOnly: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (readOnly) return c.json({ error: "this server is read-only: ingesting is disabled" }, 403);
    await next();
  };
}

function ingestRoute(readOnly: boolean) {
  return createRoute({
    method: "post",
    path: "/api/articles",
    operationId: "ingestArticle",
    tags: ["articles"],
    summary: "Ingest one article: extract its events and merge them into the stored ones",
    middleware: [
      refuseWhenReadOnly(readOnly),
      bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: "body: larger than 5 MB" }, 413) }),
    ] as const,
    request: { body: { content: { "application/json": { schema: ArticleBody } }, required: true } },
    responses: {
      201: json(IngestOutcome, "stored, with the events it created or updated"),
      200: json(IngestOutcome, "the same content was already stored: nothing changed"),
      ...badRequest,
      403: json(ErrorBody, "the server is read-only"),
      413: json(ErrorBody, "the body is larger than 5 MB"),
      422: json(
        IngestRefusal,
        "the url given alone could not be fetched as a page of text (nothing stored); or the article was not read within the time allowed, or its reading failed: it is stored as failed (`article`, `status`, `reason`), produces no event, and is read again when sent again",
      ),
    },
  });
}

/** How the ingest route reads articles. */
export interface ArticleReading {
  /** The threads that parse and extract, off the thread that answers requests. */
  pool: ReadingPool;
  /** Time allowed to each step of reading one article (parsing, extracting; fetching a `url` has its own), in ms. */
  budgetMs: number;
  /**
   * Bound the fetching of a `url` given alone (private addresses are refused unless they allow
   * them: a caller must not make the server read its own network).
   */
  fetchRules: FetchRules;
  /** Re-reads the undated articles after the request is answered, so that it never waits on them. */
  redating: BackgroundRedating;
}

export function registerArticleRoutes(app: OpenAPIHono, store: Store, readOnly: boolean, reading: ArticleReading): void {
  const { pool, budgetMs, fetchRules, redating } = reading;
  /** The answer for an article kept as failed. */
  const failedAnswer = (where: string, failed: ArticleNotReadError) => ({
    error: `${where}: ${failed.reason}; stored as failed under "${failed.articleId}" (listed by GET /api/articles?status=failed; send it again to retry)`,
    article: failed.articleId,
    status: "failed" as const,
    reason: failed.reason,
  });

  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid("param");
    const a = await store.getArticle(id);
    if (!a) return c.json({ error: `no article ${JSON.stringify(id)}` }, 404);
    return c.json({ id: a.id, url: a.url, outlet: a.outlet, published: a.published, title: a.title, text: a.text }, 200);
  });

  app.openapi(listArticles, async (c) => {
    const { limit } = c.req.valid("query");
    const failed = await store.failedArticles(limit);
    const articles = failed.map((f) => ({
      id: f.id,
      status: "failed" as const,
      reason: f.reason,
      source: f.source,
      url: f.url,
      outlet: f.outlet,
      published: f.published,
      title: f.title,
      format: f.format,
      size: f.size,
      content_hash: f.contentHash,
      failed_at: f.failedAt,
      attempts: f.attempts,
    }));
    return c.json({ articles }, 200);
  });

  app.openapi(ingestRoute(readOnly), async (c) => {
    const body = c.req.valid("json");
    // A url alone is read as `sitrep ingest URL` reads it (the article Readability finds, the
    // page's metadata), so that one page gives one article whichever way it came in.
    let fromWeb: ArticleInput | null = null;
    if (body.text === undefined && body.html === undefined && body.url) {
      const url = body.url;
      try {
        // Fetching has its own deadline; reading the page has the budget.
        fromWeb = await readWebArticle(url, fetchRules, {}, (html, at, hints) => pool.run("readPage", { html, url: at, hints }, budgetMs));
      } catch (error) {
        if (error instanceof IngestError) return c.json({ error: `url: ${error.message}` }, 422);
        if (error instanceof ReadingTimeoutError) return c.json({ error: `url: ${error.message}; nothing was stored` }, 422);
        throw error;
      }
    }
    const format = fromWeb?.format ?? (body.html !== undefined ? "html" : "text");
    const input: ArticleInput = {
      // What the page says of itself, unless the request says otherwise.
      ...(fromWeb ? { title: fromWeb.title ?? null, outlet: fromWeb.outlet ?? null, published: fromWeb.published ?? null } : {}),
      body: fromWeb?.body ?? body.html ?? body.text ?? "",
      format,
      // Named after the body field so that buildArticle's messages read "text: is empty: no text to read".
      origin: format,
      ...(body.id !== undefined ? { id: body.id } : {}),
      ...(body.published !== undefined ? { published: body.published } : {}),
      ...(body.url !== undefined ? { url: body.url } : {}),
      ...(body.outlet !== undefined ? { outlet: body.outlet } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
    };
    let article: Article;
    try {
      article = await pool.run("build", input, budgetMs);
    } catch (error) {
      if (error instanceof IngestError) return c.json({ error: error.message }, 400);
      if (!(error instanceof ReadingTimeoutError)) throw error;
      // Parsing ran out of its time: the article is kept as sent, with the reason.
      return c.json(failedAnswer(format, await keepFailedArticle(store, failureOfInput(input, "api", error.message), error)), 422);
    }
    try {
      const result = await ingestArticle(store, article, {
        extract: (a) => pool.run("extract", a, budgetMs),
        source: "api",
        redate: false,
      });
      if (result.stored) redating.request();
      const outcome = {
        article: result.articleId,
        stored: result.stored,
        events_created: result.eventsCreated,
        events_updated: result.eventsUpdated,
      };
      return result.stored ? c.json(outcome, 201) : c.json(outcome, 200);
    } catch (error) {
      if (error instanceof IngestError) return c.json({ error: error.message }, 400);
      if (error instanceof ArticleNotReadError) return c.json(failedAnswer(format, error), 422);
      throw error;
    }
  });
}
