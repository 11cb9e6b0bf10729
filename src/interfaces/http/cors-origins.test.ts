import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { emptyFixture } from "./api-fixture.ts";

const ALLOWED = "https://desk.example";
const OTHER = "https://elsewhere.example";

function preflight(origin: string): RequestInit {
  return {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
  };
}

describe("CORS for configured origins", () => {
  const f = emptyFixture({ corsOrigins: [ALLOWED] });
  after(() => f.close());

  it("lets a page from a configured origin read an answer", async () => {
    const res = await f.app.request("/api/health", { headers: { origin: ALLOWED } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("access-control-allow-origin"), ALLOWED);
    assert.match(res.headers.get("vary") ?? "", /Origin/);
  });

  it("gives a page from another origin no permission to read", async () => {
    const res = await f.app.request("/api/health", { headers: { origin: OTHER } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("access-control-allow-origin"), null);
  });

  it("answers a configured origin's preflight before the token check, with the methods and headers it may send", async () => {
    const res = await f.app.request("/api/articles", preflight(ALLOWED));
    assert.equal(res.status, 204);
    assert.equal(res.headers.get("access-control-allow-origin"), ALLOWED);
    assert.match(res.headers.get("access-control-allow-methods") ?? "", /\bPOST\b/);
    assert.match(res.headers.get("access-control-allow-headers") ?? "", /Authorization/);
    assert.equal(res.headers.get("access-control-allow-credentials"), null);
    // The secure headers still apply to the preflight's answer.
    assert.ok(res.headers.get("content-security-policy"));
  });

  it("answers another origin's preflight without allowing it", async () => {
    const res = await f.app.request("/api/articles", preflight(OTHER));
    assert.equal(res.headers.get("access-control-allow-origin"), null);
  });

  it("leaves an OPTIONS request that is no browser's preflight to the method check", async () => {
    const res = await f.app.request("/api/articles", { method: "OPTIONS" });
    assert.equal(res.status, 405);
    assert.match(res.headers.get("vary") ?? "", /Origin/);
  });
});

describe("CORS when no origin is configured", () => {
  const f = emptyFixture();
  after(() => f.close());

  it("allows no origin and answers a preflight 405", async () => {
    const res = await f.app.request("/api/health", { headers: { origin: ALLOWED } });
    assert.equal(res.headers.get("access-control-allow-origin"), null);
    const pre = await f.app.request("/api/articles", preflight(ALLOWED));
    assert.equal(pre.status, 405);
    assert.equal(pre.headers.get("access-control-allow-origin"), null);
  });
});
