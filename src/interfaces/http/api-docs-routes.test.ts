import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { emptyFixture, type Fixture } from "./api-fixture.ts";

/** The addresses a page loads (scripts, style sheets, links), as written in it. */
function loadedAddresses(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
}

describe("GET /api/docs", () => {
  let f: Fixture;
  let html: string;
  let res: Response;
  before(async () => {
    f = emptyFixture();
    res = await f.app.request("/api/docs");
    html = await res.text();
  });
  after(() => f.close());

  it("answers the reference's page", () => {
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(html, /<title>Sitrep API reference<\/title>/);
  });

  it("loads only files this server serves, each with its media type", async () => {
    const addresses = loadedAddresses(html);
    assert.deepEqual(addresses, ["docs/swagger-ui.css", "docs/swagger-ui-bundle.js", "docs/start.js"]);
    for (const address of addresses) {
      const file = await f.app.request(new URL(address, "http://localhost/api/docs").pathname);
      assert.equal(file.status, 200, address);
      assert.match(file.headers.get("content-type") ?? "", address.endsWith(".css") ? /^text\/css/ : /^text\/javascript/, address);
      assert.ok((await file.arrayBuffer()).byteLength > 0, address);
    }
  });

  it("draws the document the server serves, and runs no inline script the policy would refuse", async () => {
    const start = await (await f.app.request("/api/docs/start.js")).text();
    assert.match(start, /"openapi\.json"/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
  });

  it("answers 404 for a file the reference does not have", async () => {
    const missing = await f.app.request("/api/docs/index.js");
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { error: string }).error, /index\.js/);
  });

  it("sends /api/docs/ to /api/docs, where the page's relative addresses hold", async () => {
    const slash = await f.app.request("/api/docs/");
    assert.equal(slash.status, 301);
    assert.equal(slash.headers.get("location"), "/api/docs");
  });
});

describe("GET /api/docs on a server whose reads need a token", () => {
  let f: Fixture;
  before(() => {
    f = emptyFixture({ reads: "token" });
  });
  after(() => f.close());

  it("shows the reference without a token, as it does the document", async () => {
    for (const path of ["/api/docs", "/api/docs/start.js", "/api/openapi.json"]) {
      assert.equal((await f.app.request(path)).status, 200, path);
    }
    assert.equal((await f.app.request("/api/events")).status, 401);
  });
});
