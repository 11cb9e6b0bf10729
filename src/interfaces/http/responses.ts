import type { z } from "@hono/zod-openapi";
import { ErrorBody } from "./response-schemas.ts";

/** A JSON response entry of a route's OpenAPI description. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

/** The error responses most routes share, so that every route documents its 400. */
export const badRequest = { 400: json(ErrorBody, "a parameter is malformed; `error` names it") };
export const notFound = { 404: json(ErrorBody, "no such record") };
