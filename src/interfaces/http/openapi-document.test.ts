import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { emptyFixture, getJson, type Fixture } from "./api-fixture.ts";

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: unknown;
  responses: Record<string, unknown>;
}
interface Document {
  openapi: string;
  info: { title: string };
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
    assert.deepEqual(names("/api/events"), ["since", "until", "country", "type", "actor", "bbox", "q", "limit", "cursor"]);
    assert.deepEqual(names("/api/export"), ["since", "until", "country", "type", "actor", "bbox", "q", "format"]);
    assert.deepEqual(names("/api/actors"), ["q", "kind"]);
    assert.deepEqual(names("/api/events/{id}"), ["id"]);
    assert.ok(doc.paths["/api/articles"]!["post"]!.requestBody);
  });

  it("documents the failures: 400 where input is validated, 404 where a record may be missing, 403 for read-only", () => {
    assert.ok(doc.paths["/api/events"]!["get"]!.responses["400"]);
    assert.ok(doc.paths["/api/events/{id}"]!["get"]!.responses["404"]);
    assert.ok(doc.paths["/api/articles"]!["post"]!.responses["403"]);
  });
});
