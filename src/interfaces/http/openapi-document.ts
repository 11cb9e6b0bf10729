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

/** By its SPDX identifier, as OpenAPI 3.1 allows (the generator's types know only 3.0's fields, hence a constant, not a literal). */
const LICENSE = { name: "MIT", identifier: "MIT" };

/** The document of every route registered on `app`. */
export function openApiDocument(app: OpenAPIHono): ReturnType<OpenAPIHono["getOpenAPI31Document"]> {
  const document = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Sitrep API",
      version: packageJson.version,
      description: "Sourced, deduplicated conflict events read from news reports: every field traceable to the words it came from.",
      license: LICENSE,
    },
    // Relative: the server that answers this document is the one it describes, wherever it runs.
    servers: [{ url: "/", description: "this server" }],
    // In the order a reader meets them; each route names its own.
    tags: [
      { name: "events", description: "The events read from the articles: listed, counted, one by one, and every change to them" },
      { name: "review", description: "A person's corrections, kept beside the machine's values" },
      { name: "articles", description: "The reports events are read from: ingest one, or read one back" },
      { name: "actors", description: "The groups, forces and people events name" },
      { name: "export", description: "The events in the formats other tools read" },
      { name: "service", description: "Whether the server and its store are up" },
    ],
  });
  return documentMediaType(documentAccess(document));
}
