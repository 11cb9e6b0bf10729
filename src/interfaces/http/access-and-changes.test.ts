import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createApp } from "./create-app.ts";
import { authorised, filledFixture, getJson, WIRE, type Fixture } from "./api-fixture.ts";

describe("tokens guard writing, and reading when asked to", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
  });
  after(async () => f.close());

  const ingest = (headers: Record<string, string>) =>
    f.app.request("/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(WIRE),
    });

  it("refuses a write without a token, or with an unknown one, saying how to get one", async () => {
    const none = await ingest({});
    assert.equal(none.status, 401);
    assert.match(((await none.json()) as { error: string }).error, /needs a token.*sitrep token create/);
    assert.equal((await ingest({ authorization: "Bearer sitrep_nope" })).status, 401);
  });

  it("refuses a write with a read-only token, and accepts one with a write token", async () => {
    const reader = await f.store.createToken("reader", "read");
    assert.equal((await ingest({ authorization: `Bearer ${reader}` })).status, 403);
    assert.equal((await ingest(await authorised(f.app))).status, 200);
  });

  it("serves reads to anyone by default, and only to token holders when set so", async () => {
    assert.equal((await f.app.request("/api/events")).status, 200);
    const closed = createApp(f.store, { reads: "token" });
    assert.equal((await closed.request("/api/events")).status, 401);
    assert.equal((await closed.request("/api/health")).status, 200);
    const reader = await f.store.createToken("reader-2", "read");
    assert.equal((await closed.request("/api/events", { headers: { authorization: `Bearer ${reader}` } })).status, 200);
  });
});

describe("GET /api/changes", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
  });
  after(async () => f.close());

  it("lists the events created so far, then nothing new from where it stopped", async () => {
    const first = await getJson<{ changes: Array<{ seq: number; event: string; kind: string }>; next: number }>(f.app, "/api/changes");
    assert.equal(first.status, 200);
    assert.ok(first.body.changes.some((c) => c.kind === "created"));
    const events = await getJson<{ events: Array<{ id: string }> }>(f.app, "/api/events");
    // Every event listed now was announced by the feed.
    for (const e of events.body.events)
      assert.ok(
        first.body.changes.some((c) => c.event === e.id),
        e.id,
      );
    const again = await getJson<{ changes: unknown[]; next: number }>(f.app, `/api/changes?since=${first.body.next}`);
    assert.deepEqual(again.body, { changes: [], next: first.body.next });
  });

  it("rejects a position that is not a number, and a limit out of range", async () => {
    const bad = await getJson<{ error: string }>(f.app, "/api/changes?since=yesterday");
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /^since: /);
    assert.equal((await getJson(f.app, "/api/changes?limit=0")).status, 400);
  });
});
