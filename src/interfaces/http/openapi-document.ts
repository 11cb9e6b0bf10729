/**
 * The OpenAPI document, from the routes' own schemas, completed with what the middleware every
 * route passes through decides: tokens (`documentAccess`) and the media type of bodies.
 */

import type { OpenAPIHono } from "@hono/zod-openapi";
import packageJson from "../../../package.json" with { type: "json" };
import { documentAccess, TOKEN_SCHEME, TOKEN_SCHEME_OBJECT } from "./access.ts";

interface Operation {
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}

/** Every operation that takes a JSON body answers 415 to another media type (Hono's validator, `errors.ts`). */
function documentMediaType<D extends object>(document: D): D {
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const op of Object.values(operations)) {
      if (!op.requestBody) continue;
      (op.responses ??= {})["415"] ??= {
        description: "the body was not sent as application/json",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
  }
  return document;
}

/** Registers what the document needs beyond the routes; call before the first `openApiDocument`. */
export function registerDocumentComponents(app: OpenAPIHono): void {
  app.openAPIRegistry.registerComponent("securitySchemes", TOKEN_SCHEME, TOKEN_SCHEME_OBJECT);
}

/** The document of every route registered on `app`. */
export function openApiDocument(app: OpenAPIHono): ReturnType<OpenAPIHono["getOpenAPI31Document"]> {
  const document = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Sitrep API",
      version: packageJson.version,
      description: "Sourced, deduplicated conflict events read from news reports: every field traceable to the words it came from.",
    },
  });
  return documentMediaType(documentAccess(document));
}
