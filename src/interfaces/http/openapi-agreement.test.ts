/**
 * The OpenAPI document and the server agree: requests generated from /api/openapi.json itself
 * (valid ones, and ones bent out of shape: wrong values, missing or extra fields, junk bodies,
 * no token, a read token, an unknown token, other methods) never get a 5xx, only statuses the
 * document lists for their operation, and bodies matching the schema it gives for that status.
 * Schemas are read from the document with zod's JSON Schema reader, not taken from the routes.
 */

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import fc from "fast-check";
import { z } from "zod";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createReadingPool } from "../../ingest/reading-pool.ts";
import { DESK, emptyFixture, MONITOR, post, WIRE, type Fixture } from "./api-fixture.ts";
import { createApp } from "./create-app.ts";

const RUNS = 2_000;

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query";
  required?: boolean;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** One generated request: which server, who asks, and what. */
interface Call {
  server: "open" | "token-reads" | "read-only";
  auth: "none" | "read" | "write" | "unknown";
  method: string;
  path: string;
  /** The documented path it was made from, or null for a path the document does not have. */
  template: string | null;
  query: Array<[string, string]>;
  body?: string;
  contentType?: string;
}

const pool = createReadingPool({ size: 1 });
let fixture: Fixture;
let doc: Document;
let apps: Record<Call["server"], OpenAPIHono>;
const tokens: Record<"read" | "write", string> = { read: "", write: "" };
let eventIds: string[] = [];
let reportIds: string[] = [];

before(async () => {
  fixture = emptyFixture({ readingPool: pool });
  for (const article of [WIRE, MONITOR, DESK]) assert.equal((await post(fixture.app, "/api/articles", article)).status, 201);
  tokens.write = await fixture.store.createToken("agreement-writer", "write");
  tokens.read = await fixture.store.createToken("agreement-reader", "read");
  apps = {
    open: fixture.app,
    "token-reads": createApp(fixture.store, { reads: "token", readingPool: pool }),
    "read-only": createApp(fixture.store, { readOnly: true, readingPool: pool }),
  };
  doc = (await (await fixture.app.request("/api/openapi.json")).json()) as Document;
  const events = await fixture.store.listEvents();
  eventIds = events.map((e) => e.id);
  reportIds = (await Promise.all(eventIds.map((id) => fixture.store.getEvent(id)))).flatMap((d) => d?.reports.map((r) => r.id) ?? []);
});

after(async () => {
  await fixture.close();
  await pool.close();
});

/** The schema with every `$ref` to a component replaced by the component (the document's schemas do not recurse). */
function inline(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inline);
  if (schema === null || typeof schema !== "object") return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === "string") return inline(doc.components.schemas[ref.replace("#/components/schemas/", "")]);
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inline(v)]));
}

// ---- Generating values from schemas: mostly what the schema describes, sometimes not. ----

const junkText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "0", "-1", "1e3", "null", "%", "ev_", "../x", "2025-02-30", "1,2,3", "\u0000", "🙂"),
);

/** Values the schema describes (as far as a generator can tell from it). */
function described(schema: Schema): fc.Arbitrary<unknown> {
  const s = inline(schema) as Schema;
  if (Array.isArray(s["enum"])) return fc.constantFrom(...(s["enum"] as unknown[]));
  for (const key of ["oneOf", "anyOf"] as const) {
    if (Array.isArray(s[key])) return fc.oneof(...(s[key] as Schema[]).map(described));
  }
  const types = Array.isArray(s["type"]) ? (s["type"] as string[]) : [s["type"] as string | undefined];
  const options = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
      case "number": {
        const min = typeof s["minimum"] === "number" ? s["minimum"] : -5;
        const max = typeof s["maximum"] === "number" ? s["maximum"] : 2_000;
        return type === "integer" ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
      }
      case "string": {
        if (s["format"] === "date")
          return fc
            .date({ min: new Date("2024-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10));
        if (typeof s["pattern"] === "string") return fc.stringMatching(new RegExp(s["pattern"])).filter((v) => v.length <= 200);
        const minLength = typeof s["minLength"] === "number" ? s["minLength"] : 0;
        const maxLength = typeof s["maxLength"] === "number" ? Math.min(s["maxLength"], 40) : 40;
        return fc.oneof(fc.string({ minLength, maxLength }), ...(s["example"] !== undefined ? [fc.constant(s["example"])] : []));
      }
      case "array":
        return fc.array(s["items"] ? described(s["items"] as Schema) : fc.jsonValue(), { maxLength: 3 });
      case "object": {
        const properties = (s["properties"] ?? {}) as Record<string, Schema>;
        const required = (s["required"] ?? []) as string[];
        const model = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, described(v)]));
        return fc.record(model, { requiredKeys: required.filter((k) => k in model) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  });
  return fc.oneof(...options);
}

/** A described value, or (unless `clean`) sometimes any other value. */
function valueOf(schema: Schema, clean: boolean): fc.Arbitrary<unknown> {
  if (clean) return described(schema);
  return fc.oneof({ weight: 4, arbitrary: described(schema) }, { weight: 1, arbitrary: fc.oneof(junkText, fc.jsonValue({ maxDepth: 2 })) });
}

/** A parameter value as it travels in a URL. */
function asParameter(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A path id: one the store holds (events, reports, articles, actors), or anything. */
const pathId = fc.oneof(
  fc.constantFrom("ev_000000000000", "wire-gao", "monitor-gao", "desk-idlib", "act_unknown"),
  fc.constant(null).chain(() => (eventIds.length ? fc.constantFrom(...eventIds) : fc.constant("ev_none"))),
  junkText.filter((s) => s.length > 0),
);

/** Bodies for review requests get real event and report ids often enough to reach the store. */
function withKnownIds(body: unknown): fc.Arbitrary<unknown> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return fc.constant(body);
  const b = body as Record<string, unknown>;
  return fc.boolean().map((known) => {
    if (!known) return b;
    if (b["action"] === "merge" && eventIds.length) return { ...b, with: eventIds[eventIds.length - 1] };
    if (b["action"] === "split" && reportIds.length) return { ...b, reports: [reportIds[0]] };
    return b;
  });
}

function operationCall(template: string, method: string, op: Operation): fc.Arbitrary<Call> {
  const parameters = op.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === "path");
  const queryParams = parameters.filter((p) => p.in === "query");
  // Half the requests keep to what the document describes, so that they reach past validation.
  const queryOf = (clean: boolean) =>
    fc.record(
      Object.fromEntries(queryParams.map((p) => [p.name, fc.option(valueOf(p.schema, clean).map(asParameter), { nil: undefined })])),
    );
  const query = fc.oneof(queryOf(true), queryOf(false));
  const ids = fc.tuple(...pathParams.map(() => pathId));
  const jsonSchema = op.requestBody?.content["application/json"]?.schema;
  const body: fc.Arbitrary<{ body?: string; contentType?: string }> = jsonSchema
    ? fc.oneof(
        {
          weight: 8,
          arbitrary: fc
            .boolean()
            .chain((clean) => valueOf(jsonSchema, clean))
            .chain(withKnownIds)
            .map((v) => ({ body: JSON.stringify(v), contentType: "application/json" })),
        },
        { weight: 1, arbitrary: fc.constantFrom("{", "", "[1,", "not json").map((b) => ({ body: b, contentType: "application/json" })) },
        { weight: 1, arbitrary: fc.constant({ body: "text=hello", contentType: "application/x-www-form-urlencoded" }) },
        { weight: 1, arbitrary: fc.constant({}) },
      )
    : fc.constant({});
  return fc
    .record({
      server: fc.constantFrom("open", "token-reads", "read-only"),
      auth: fc.constantFrom("none", "read", "write", "unknown"),
      query,
      ids,
      body,
    })
    .map(({ server, auth, query, ids, body }) => {
      let path = template;
      pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, encodeURIComponent(ids[i]!))));
      const entries = Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined);
      return { server, auth, method: method.toUpperCase(), path, template, query: entries, ...body } as Call;
    });
}

/** Methods the document does not list for a path it has, and paths it does not have. */
function strayCall(): fc.Arbitrary<Call> {
  const templates = Object.keys(doc.paths);
  return fc
    .record({
      template: fc.constantFrom(...templates),
      method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
      stray: fc.constantFrom("/api/nothing", "/api/events/x/y/z", "/api/", "/api"),
      known: fc.boolean(),
    })
    .map(({ template, method, stray, known }) => {
      const path = template.replace(/\{[^}]+\}/g, "ev_000000000000");
      return known
        ? { server: "open", auth: "write", method, path, template, query: [] }
        : { server: "open", auth: "write", method, path: stray, template: null, query: [] };
    });
}

/** A schema's validator, from the document, built once. */
const validators = new Map<string, z.ZodType>();
function validatorFor(key: string, schema: Schema): z.ZodType {
  let v = validators.get(key);
  if (!v) {
    v = z.fromJSONSchema(inline(schema) as Parameters<typeof z.fromJSONSchema>[0]);
    validators.set(key, v);
  }
  return v;
}

const ErrorShape = z.object({ error: z.string() });

async function send(call: Call): Promise<Response> {
  const headers: Record<string, string> = {};
  if (call.auth === "read" || call.auth === "write") headers["authorization"] = `Bearer ${tokens[call.auth]}`;
  if (call.auth === "unknown") headers["authorization"] = "Bearer not-a-token";
  if (call.contentType) headers["content-type"] = call.contentType;
  const search = call.query.length ? `?${new URLSearchParams(call.query).toString()}` : "";
  return apps[call.server].request(`${call.path}${search}`, {
    method: call.method,
    headers,
    ...(call.body !== undefined && call.method !== "GET" ? { body: call.body } : {}),
  });
}

/** What is wrong with the answer to `call`, or null when it agrees with the document. */
async function disagreement(call: Call, res: Response): Promise<string | null> {
  const status = res.status;
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const text = await res.text();
  if (status >= 500) return `answered ${status}: ${text.slice(0, 200)}`;
  const op = call.template ? doc.paths[call.template]?.[call.method.toLowerCase()] : undefined;
  if (!op) {
    // Not an operation of the document: a path it lacks is 404, a method it lacks on a path it has is 405.
    const expected = call.template ? 405 : 404;
    if (status !== expected) return `answered ${status}, expected ${expected}`;
    if (status === 405 && !res.headers.get("allow")) return "a 405 without an Allow header";
    return ErrorShape.safeParse(JSON.parse(text)).success ? null : `its ${status} body is not {error}: ${text.slice(0, 200)}`;
  }
  const response = op.responses[String(status)];
  if (!response)
    return `answered ${status}, which the document does not list (${Object.keys(op.responses).join(", ")}): ${text.slice(0, 200)}`;
  if (!response.content) return null;
  const media = Object.entries(response.content).find(([key]) => key.split(";")[0]!.trim() === type)?.[1];
  if (!media) return `answered ${status} as ${type}, which the document does not list (${Object.keys(response.content).join(", ")})`;
  if (type !== "application/json" && type !== "application/geo+json") return null;
  const checked = validatorFor(`${call.template} ${call.method} ${status} ${type}`, media.schema).safeParse(JSON.parse(text));
  return checked.success
    ? null
    : `its ${status} body does not match the document: ${checked.error.message.slice(0, 400)}; body ${text.slice(0, 200)}`;
}

test(`${RUNS} requests generated from the OpenAPI document get answers it documents`, { timeout: 300_000 }, async () => {
  const operations = Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.entries(ops).map(([method, op]) => operationCall(template, method, op)),
  );
  const call = fc.oneof({ weight: 12, arbitrary: fc.oneof(...operations) }, { weight: 1, arbitrary: strayCall() });
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(call, async (c) => {
      sent++;
      const wrong = await disagreement(c, await send(c));
      assert.equal(
        wrong,
        null,
        `${c.method} ${c.path}${c.query.length ? `?${new URLSearchParams(c.query)}` : ""} (${c.server} server, ${c.auth} token, body ${c.body?.slice(0, 200)}): ${wrong}`,
      );
    }),
    { numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
  );
  assert.ok(sent >= RUNS);
});

test("a body over the size limit answers 413, which the document lists", async () => {
  const call: Call = {
    server: "open",
    auth: "write",
    method: "POST",
    path: "/api/articles",
    template: "/api/articles",
    query: [],
    body: JSON.stringify({ text: "A dispatch. ".repeat(500_000) }),
    contentType: "application/json",
  };
  const res = await send(call);
  assert.equal(res.status, 413);
  assert.equal(await disagreement(call, res), null);
});
