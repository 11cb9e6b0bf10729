import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { authorised, emptyFixture, post, type Fixture } from "./api-fixture.ts";

describe("bad requests", () => {
  let f: Fixture;
  before(() => {
    f = emptyFixture();
  });
  after(() => f.close());

  /** The status and error message a request gets. */
  async function failure(res: Response | Promise<Response>): Promise<[number, string]> {
    const r = await res;
    const body = (await r.json()) as { error: string };
    assert.deepEqual(Object.keys(body), ["error"], "an error is {error} and nothing else");
    return [r.status, body.error];
  }
  const get = (path: string) => failure(f.app.request(path));
  const ingest = (body: unknown) => failure(post(f.app, "/api/articles", body));

  it("rejects malformed event filters with 400, naming the parameter", async () => {
    assert.deepEqual(await get("/api/events?since=2025-13-01"), [400, "since: expected YYYY-MM-DD"]);
    assert.deepEqual(await get("/api/events?until=2025-02-30"), [400, "until: expected YYYY-MM-DD"], "not a calendar day");
    assert.deepEqual(await get("/api/events?since=yesterday"), [400, "since: expected YYYY-MM-DD"]);
    assert.deepEqual(await get("/api/events?since=2025-12-01&until=2025-11-01"), [400, "since: is after until"]);
    const [countryStatus, countryMessage] = await get("/api/events?country=Syrai");
    assert.equal(countryStatus, 400);
    assert.match(countryMessage, /^unknown country "Syrai": .*did you mean Syria \(SY\)/);
    const [status, message] = await get("/api/events?type=airstrike");
    assert.equal(status, 400);
    assert.match(message, /^type: unknown event type: /);
  });

  it("rejects limits outside 1 to 500 and unknown cursors", async () => {
    for (const limit of ["0", "501", "-3", "2.5", "ten", ""]) {
      assert.deepEqual(await get(`/api/events?limit=${limit}`), [400, "limit: expected an integer from 1 to 500"], `limit=${limit}`);
    }
    assert.deepEqual(await get("/api/events?cursor=not-ours"), [400, "cursor: not a cursor this API returned"]);
  });

  it("rejects a bbox that is not four numbers in range, south not above north", async () => {
    for (const bbox of ["1,2,3", "a,b,c,d", "0,0,200,10", "0,10,5,0", "1,2,3,4,5"]) {
      const [status, message] = await get(`/api/events?bbox=${bbox}`);
      assert.equal(status, 400, bbox);
      assert.match(message, /^bbox: expected minLon,minLat,maxLon,maxLat/);
    }
  });

  it("reports every bad parameter of a request at once", async () => {
    const [status, message] = await get("/api/events?since=x&limit=0");
    assert.equal(status, 400);
    assert.match(message, /since: .*; limit: /);
  });

  it("rejects unknown actor kinds", async () => {
    assert.deepEqual(await get("/api/actors?kind=militia"), [
      400,
      "kind: expected one of state, armed_group, person, organisation, civilians, protesters, other",
    ]);
  });

  it("rejects an article body without text or html, or with both", async () => {
    assert.deepEqual(await ingest({ published: "2025-11-14" }), [400, "body: give exactly one of text or html (or only url, to fetch it)"]);
    assert.deepEqual(await ingest({ text: "Gunmen fired.", html: "<p>Gunmen fired.</p>" }), [
      400,
      "body: give exactly one of text or html (or only url, to fetch it)",
    ]);
  });

  it("rejects a bad publication date, a bad id, an unknown field and blank text", async () => {
    assert.deepEqual(await ingest({ text: "Gunmen fired.", published: "14/11/2025" }), [400, "published: expected YYYY-MM-DD"]);
    assert.deepEqual(await ingest({ text: "Gunmen fired.", published: "2025-02-29" }), [400, "published: expected YYYY-MM-DD"]);
    const [, badId] = await ingest({ text: "Gunmen fired.", id: "a/b" });
    assert.match(badId, /^id: expected up to 128 letters/);
    const [status, unknown] = await ingest({ text: "Gunmen fired.", publised: "2025-11-14" });
    assert.equal(status, 400);
    assert.match(unknown, /^body: .*publised/);
    assert.deepEqual(await ingest({ text: " \n " }), [400, "text: is empty: no text to read"]);
    assert.deepEqual(await ingest({ text: 42 }), [400, "text: Invalid input: expected string, received number"]);
  });

  it("rejects a body that is not JSON", async () => {
    const malformed = f.app.request("/api/articles", {
      method: "POST",
      headers: await authorised(f.app, { "content-type": "application/json" }),
      body: "{text:",
    });
    assert.deepEqual(await failure(malformed), [400, "body: malformed JSON"]);
    const plain = f.app.request("/api/articles", {
      method: "POST",
      headers: await authorised(f.app, { "content-type": "text/plain" }),
      body: "Gunmen fired.",
    });
    assert.deepEqual(await failure(plain), [415, "body: send JSON with Content-Type: application/json"]);
  });

  it("answers 404 JSON for an unknown route, 405 for a method a route does not take", async () => {
    assert.deepEqual(await get("/api/nothing"), [404, "no route GET /api/nothing"]);
    // The path exists, so no token would make DELETE work: 405, with or without one.
    for (const headers of [{}, await authorised(f.app)]) {
      assert.deepEqual(await failure(f.app.request("/api/events", { method: "DELETE", headers })), [
        405,
        "DELETE is not allowed on /api/events; allowed: GET, HEAD",
      ]);
    }
  });
});
