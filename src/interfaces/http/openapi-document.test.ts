import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { emptyFixture, getJson, type Fixture } from "./api-fixture.ts";

interface Operation {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; description?: string }>;
  requestBody?: unknown;
  responses: Record<string, unknown>;
}
interface Document {
  openapi: string;
  info: { title: string };
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
}

describe("GET /api/openapi.json", () => {
  let f: Fixture;
  let doc: Document;
  before(async () => {
    f = emptyFixture();
    const { status, body } = await getJson<Document>(f.app, "/api/openapi.json");
    assert.equal(status, 200);
    doc = body;
  });
  after(() => f.close());

  it("is an OpenAPI 3 document titled Sitrep API", () => {
    assert.match(doc.openapi, /^3\./);
    assert.equal(doc.info.title, "Sitrep API");
  });

  it("lists every route with its method", () => {
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual(routes.sort(), [
      "GET /api/actors",
      "GET /api/actors/{id}",
      "GET /api/articles",
      "GET /api/articles/{id}",
      "GET /api/changes",
      "GET /api/events",
      "GET /api/events/{id}",
      "GET /api/export",
      "GET /api/health",
      "GET /api/summary",
      "POST /api/articles",
      "POST /api/events/{id}/review",
    ]);
  });

  it("documents the parameters the schemas validate, from those same schemas", () => {
    const names = (path: string) => (doc.paths[path]!["get"]!.parameters ?? []).map((p) => p.name);
    const filters = ["since", "until", "country", "type", "actor", "min_fatalities", "admin1", "actor_kind", "min_sources", "reviewed"];
    assert.deepEqual(names("/api/events"), [...filters, "bbox", "q", "limit", "cursor"]);
    assert.deepEqual(names("/api/export"), [...filters, "bbox", "q", "format", "include_incomplete"]);
    assert.deepEqual(names("/api/actors"), ["q", "kind"]);
    assert.deepEqual(names("/api/events/{id}"), ["id"]);
    assert.ok(doc.paths["/api/articles"]!["post"]!.requestBody);
  });

  it("names every operation once, and the server it describes", () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    assert.ok(
      ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id)),
      `operationIds: ${ids.join(", ")}`,
    );
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(
      doc.servers.map((s) => s.url),
      ["/"],
    );
  });

  it("describes every filter of the listing, the export and the summary", () => {
    for (const path of ["/api/events", "/api/export", "/api/summary"]) {
      for (const p of doc.paths[path]!["get"]!.parameters ?? []) {
        if (["limit", "cursor", "format"].includes(p.name)) continue;
        assert.ok(p.description && p.description.length > 10, `${path} ${p.name} has a description`);
      }
    }
  });

  it("documents the failures: 400 where input is validated, 404 where a record may be missing, 403 for read-only", () => {
    assert.ok(doc.paths["/api/events"]!["get"]!.responses["400"]);
    assert.ok(doc.paths["/api/events/{id}"]!["get"]!.responses["404"]);
    assert.ok(doc.paths["/api/articles"]!["post"]!.responses["403"]);
  });

  it("documents 400 on every operation that validates a query or a body, 404 on every path that names a record", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (op.requestBody || (op.parameters ?? []).some((p) => p.in === "query"))
          assert.ok(op.responses["400"], `${method} ${path} documents 400`);
        if (path.includes("{")) assert.ok(op.responses["404"], `${method} ${path} documents 404`);
      }
    }
  });
});

describe("GET /api/openapi.json: what the middleware decides", () => {
  let f: Fixture;
  let doc: Document & {
    components: { securitySchemes?: Record<string, { type: string; scheme: string }> };
    paths: Record<string, Record<string, Operation & { security?: Array<Record<string, string[]>> }>>;
  };
  before(async () => {
    f = emptyFixture();
    doc = (await getJson<typeof doc>(f.app, "/api/openapi.json")).body;
  });
  after(() => f.close());

  it("names the bearer token scheme; writes need it, reads may take it, health takes none", () => {
    assert.deepEqual(doc.components.securitySchemes?.["bearerToken"]?.scheme, "bearer");
    assert.deepEqual(doc.paths["/api/articles"]!["post"]!.security, [{ bearerToken: [] }]);
    assert.deepEqual(doc.paths["/api/events"]!["get"]!.security, [{}, { bearerToken: [] }]);
    assert.deepEqual(doc.paths["/api/health"]!["get"]!.security, []);
  });

  it("documents 401 wherever a token may be asked for, 403 and 415 on writes, 400 on the changes feed", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (path === "/api/health") continue;
        assert.ok(op.responses["401"], `${method} ${path} documents 401`);
        if (method === "post")
          for (const status of ["403", "415"]) assert.ok(op.responses[status], `${method} ${path} documents ${status}`);
      }
    }
    assert.ok(doc.paths["/api/changes"]!["get"]!.responses["400"]);
  });
});
