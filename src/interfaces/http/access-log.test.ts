import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createLogger } from "../logging/logger.ts";
import { emptyFixture } from "./api-fixture.ts";

describe("the access log", () => {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", stream: { write: (line: string) => lines.push(line) } });
  const f = emptyFixture({ logger });
  after(() => f.close());

  it("writes one JSON line per request with method, path, status, time taken and request id", async () => {
    lines.length = 0;
    const res = await f.app.request("/api/events?country=Atlantis");
    assert.equal(res.status, 400);
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(entry["msg"], "request");
    assert.equal(entry["method"], "GET");
    assert.equal(entry["path"], "/api/events");
    assert.equal(entry["status"], 400);
    assert.equal(typeof entry["duration_ms"], "number");
    assert.equal(entry["request_id"], res.headers.get("x-request-id"));
    assert.ok(entry["request_id"]);
  });

  it("keeps the id a proxy sent, so its lines and ours can be matched", async () => {
    lines.length = 0;
    const res = await f.app.request("/api/health", { headers: { "x-request-id": "proxy-42" } });
    assert.equal(res.headers.get("x-request-id"), "proxy-42");
    assert.equal((JSON.parse(lines[0]!) as { request_id: string }).request_id, "proxy-42");
  });
});
