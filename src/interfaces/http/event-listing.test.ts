import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { z } from "@hono/zod-openapi";
import { filledFixture, getJson, type Fixture } from "./api-fixture.ts";
import { EventPage } from "./response-schemas.ts";

type Page = z.infer<typeof EventPage>;

describe("GET /api/events", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
  });
  after(() => f.close());

  /** The events a query selects, as "place type date" so that failures read well. */
  async function listed(query: string): Promise<string[]> {
    const { status, body } = await getJson<Page>(f.app, `/api/events${query}`);
    assert.equal(status, 200, JSON.stringify(body));
    return EventPage.parse(body).events.map((e) => `${e.location?.name} ${e.type} ${e.date}`);
  }

  it("lists every event, the two reports of the Gao ambush merged into one, by date", async () => {
    assert.deepEqual(await listed(""), ["Gao armed_clash 2025-11-11", "Idlib air_drone_strike 2025-11-16", "Idlib armed_clash 2025-11-17"]);
    const { body } = await getJson<Page>(f.app, "/api/events");
    const gao = body.events[0]!;
    assert.deepEqual(gao.sources.map((s) => s.article).sort(), ["monitor-gao", "wire-gao"]);
    assert.deepEqual(gao.fatalities, { min: 7, max: 7 });
    assert.equal(body.next_cursor, null);
  });

  it("filters by country, in any case", async () => {
    assert.deepEqual(await listed("?country=ml"), ["Gao armed_clash 2025-11-11"]);
    assert.equal((await listed("?country=SY")).length, 2);
    assert.deepEqual(await listed("?country=FR"), []);
  });

  it("filters by event type", async () => {
    assert.deepEqual(await listed("?type=air_drone_strike"), ["Idlib air_drone_strike 2025-11-16"]);
  });

  it("filters by dates, both ends included", async () => {
    assert.deepEqual(await listed("?since=2025-11-16&until=2025-11-16"), ["Idlib air_drone_strike 2025-11-16"]);
    assert.deepEqual(await listed("?until=2025-11-11"), ["Gao armed_clash 2025-11-11"]);
    assert.equal((await listed("?since=2025-11-12")).length, 2);
  });

  it("filters by actor name substring", async () => {
    assert.deepEqual(await listed("?actor=jnim"), ["Gao armed_clash 2025-11-11"]);
  });

  it("keeps the events located inside a bbox, across the antimeridian too", async () => {
    assert.deepEqual(await listed("?bbox=-5,10,5,20"), ["Gao armed_clash 2025-11-11"]);
    assert.equal((await listed("?bbox=35,34,38,37")).length, 2);
    assert.deepEqual(await listed("?bbox=170,-10,-170,10"), []);
    assert.equal((await listed("?bbox=30,-90,-10,90")).length, 2, "from 30°E east round the date line to 10°W: Idlib, not Gao");
  });

  it("searches evidence, place names and actor names with q, in any case", async () => {
    assert.deepEqual(await listed("?q=CONVOY"), ["Gao armed_clash 2025-11-11"], "evidence text");
    assert.deepEqual(await listed("?q=weapons%20Depot"), ["Idlib air_drone_strike 2025-11-16"], "evidence text");
    assert.equal((await listed("?q=idlib")).length, 2, "place name");
    assert.deepEqual(await listed("?q=Support of Islam"), ["Gao armed_clash 2025-11-11"], "actor name");
    assert.deepEqual(await listed("?q=Timbuktu"), []);
  });

  it("combines filters", async () => {
    assert.deepEqual(await listed("?country=SY&type=armed_clash&q=guards"), ["Idlib armed_clash 2025-11-17"]);
    assert.deepEqual(await listed("?country=SY&bbox=-5,10,5,20"), []);
  });

  it("pages by cursor: pages of one cover every event once, in order, and the last has no cursor", async () => {
    const all = (await getJson<Page>(f.app, "/api/events")).body.events.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const { body } = await getJson<Page>(f.app, `/api/events${query}`);
      assert.equal(body.events.length, 1);
      seen.push(body.events[0]!.id);
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    assert.equal(pages, all.length);
    assert.deepEqual(seen, all);
  });

  it("pages within a filter, two at a time", async () => {
    const first = (await getJson<Page>(f.app, "/api/events?limit=2")).body;
    assert.equal(first.events.length, 2);
    assert.ok(first.next_cursor);
    const second = (await getJson<Page>(f.app, `/api/events?limit=2&cursor=${first.next_cursor}`)).body;
    assert.equal(second.events.length, 1);
    assert.equal(second.next_cursor, null);
    const ids = [...first.events, ...second.events].map((e) => e.id);
    assert.equal(new Set(ids).size, 3);
  });
});
