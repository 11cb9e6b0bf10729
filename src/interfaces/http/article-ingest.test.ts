import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { DESK, emptyFixture, getJson, MONITOR, post, WIRE, type Fixture } from "./api-fixture.ts";
import { ArticleView, IngestOutcome } from "./response-schemas.ts";

describe("POST /api/articles and GET /api/articles/{id}", () => {
  let f: Fixture;
  before(() => {
    f = emptyFixture();
  });
  after(() => f.close());

  async function ingest(body: unknown): Promise<{ status: number; outcome: unknown }> {
    const res = await post(f.app, "/api/articles", body);
    return { status: res.status, outcome: await res.json() };
  }

  it("reports an empty store as healthy", async () => {
    assert.deepEqual(await getJson(f.app, "/api/health"), { status: 200, body: { status: "ok", articles: 0 } });
  });

  it("stores a text article and answers 201 with the events it created", async () => {
    const { status, outcome } = await ingest(WIRE);
    assert.equal(status, 201);
    assert.deepEqual(IngestOutcome.parse(outcome), { article: "wire-gao", stored: true, events_created: 1, events_updated: 0 });
  });

  it("merges a second outlet's HTML report of the same ambush into the stored event", async () => {
    const { status, outcome } = await ingest(MONITOR);
    assert.equal(status, 201);
    // Event ids come from the first report by id, whatever the arrival order: this merge may re-issue the event.
    const o = IngestOutcome.parse(outcome);
    assert.equal(o.stored, true);
    assert.equal(o.events_created + o.events_updated, 1);
    const { events } = (await getJson<{ events: Array<{ sources: unknown[] }> }>(f.app, "/api/events")).body;
    assert.deepEqual(
      events.map((e) => e.sources.length),
      [2],
    );
  });

  it("serves the stored article: the HTML read into text, its title taken from the page", async () => {
    const { status, body } = await getJson(f.app, "/api/articles/monitor-gao");
    assert.equal(status, 200);
    const a = ArticleView.parse(body);
    assert.equal(a.title, "Convoy ambushed near Gao");
    assert.equal(a.outlet, "Sahel Monitor");
    assert.equal(a.published, "2025-11-13");
    assert.ok(a.text.startsWith("Seven soldiers were killed on Tuesday"), a.text);
    assert.ok(!a.text.includes("<p>") && !a.text.includes("Home | World"), "markup and navigation left out");
  });

  it("answers 200 and stored:false when the same content comes again, under any id", async () => {
    const { status, outcome } = await ingest({ ...WIRE, id: "wire-gao-again" });
    assert.equal(status, 200);
    assert.deepEqual(outcome, { article: "wire-gao", stored: false, events_created: 0, events_updated: 0 });
    assert.equal((await getJson<{ articles: number }>(f.app, "/api/health")).body.articles, 2);
  });

  it("names an article without an id by its content hash, and accepts an unknown publication date", async () => {
    const { status, outcome } = await ingest({ text: DESK.text, published: null });
    assert.equal(status, 201);
    const { article } = IngestOutcome.parse(outcome);
    assert.match(article, /^[0-9a-f]{16}$/);
    const stored = ArticleView.parse((await getJson(f.app, `/api/articles/${article}`)).body);
    assert.equal(stored.published, null);
    assert.equal(stored.text, DESK.text);
  });

  it("answers 404 for an unknown article", async () => {
    assert.deepEqual(await getJson(f.app, "/api/articles/nothing-here"), { status: 404, body: { error: 'no article "nothing-here"' } });
  });
});

describe("a read-only server", () => {
  let f: Fixture;
  before(() => {
    f = emptyFixture({ readOnly: true });
  });
  after(() => f.close());

  it("refuses ingestion with 403, before looking at the body", async () => {
    for (const body of [WIRE, {}, { text: "x", html: "y" }]) {
      const res = await post(f.app, "/api/articles", body);
      assert.equal(res.status, 403);
      assert.deepEqual(await res.json(), { error: "this server is read-only: ingesting is disabled" });
    }
    assert.equal((await getJson<{ articles: number }>(f.app, "/api/health")).body.articles, 0);
  });

  it("still answers reads", async () => {
    assert.equal((await getJson(f.app, "/api/events")).status, 200);
  });
});
