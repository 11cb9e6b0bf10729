/**
 * How the API fails: always a JSON `{error}` naming what is wrong, never a stack trace. Bad input
 * is the caller's to fix (400, with the parameter named); anything unexpected is logged here and
 * reported as a bare 500, since its message may expose paths or SQL.
 */

import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";

/** What a validation target is called in messages when an issue has no path of its own (a rule over the whole body). */
const TARGET_NAMES: Record<string, string> = {
  json: "body",
  query: "query",
  param: "path",
  header: "header",
  cookie: "cookie",
  form: "body",
};

/**
 * One line per issue, each prefixed with the parameter it concerns ("since: expected YYYY-MM-DD").
 * Messages written as "unknown <parameter> …" name it already and are kept as written.
 */
export function describeIssues(error: ZodError, target: string): string {
  const lines = error.issues.map((issue) => {
    const name = issue.path.length ? issue.path.join(".") : (TARGET_NAMES[target] ?? target);
    return issue.message.startsWith(`unknown ${name} `) ? issue.message : `${name}: ${issue.message}`;
  });
  // A date failing both its pattern and its calendar check is one mistake, said once.
  return [...new Set(lines)].join("; ");
}

/** Hono's own wording for the errors it throws on purpose, in the API's "parameter: problem" form. */
function describeHttpException(e: HTTPException): string {
  if (e.status === 415) return "body: send JSON with Content-Type: application/json";
  if (/malformed json/i.test(e.message)) return "body: malformed JSON";
  return e.message || "bad request";
}

/** Errors Hono throws on purpose (malformed JSON, wrong media type) keep their 4xx status. */
export const onError: ErrorHandler = (error, c: Context) => {
  if (error instanceof HTTPException && error.status < 500) return c.json({ error: describeHttpException(error) }, error.status);
  console.error(`sitrep api: ${c.req.method} ${c.req.path} failed:`, error);
  return c.json({ error: "internal error" }, 500);
};

export const notFound: NotFoundHandler = (c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404);
