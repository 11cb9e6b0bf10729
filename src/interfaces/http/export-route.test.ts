import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { exportJson } from "../../export/export-json.ts";
import { filledFixture, getJson, type Fixture } from "./api-fixture.ts";
import { Export } from "./response-schemas.ts";

describe("GET /api/export", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
  });
  after(() => f.close());

  it("gives what `sitrep export --format json` writes", async () => {
    const { status, body } = await getJson(f.app, "/api/export?format=json");
    assert.equal(status, 200);
    assert.deepEqual(body, JSON.parse(JSON.stringify(await exportJson(f.store))));
    const e = Export.parse(body);
    assert.equal(e.events.length, 3);
    assert.equal(e.links.length, 1);
    assert.equal(e.claims.length, 1);
  });

  it("takes json as the default format", async () => {
    assert.deepEqual((await getJson(f.app, "/api/export")).body, (await getJson(f.app, "/api/export?format=json")).body);
  });

  it("applies the event filters", async () => {
    const sy = Export.parse((await getJson(f.app, "/api/export?country=SY&since=2025-11-17")).body);
    assert.equal(sy.events.length, 1);
    assert.equal(sy.events[0]!.type, "armed_clash");
    assert.deepEqual(sy.links, [], "a link is exported only when both its events are");
    const typed = Export.parse((await getJson(f.app, "/api/export?type=air_drone_strike&actor=syria")).body);
    assert.deepEqual(
      typed.events.map((e) => e.location?.name),
      ["Idlib"],
    );
  });

  it("leaves incomplete events out of the CSV unless asked, and says how many in a header", async () => {
    const rows = (text: string) => text.trim().split("\n").length - 1;
    const byDefault = await f.app.request("/api/export?format=csv");
    const all = await f.app.request("/api/export?format=csv&include_incomplete=true");
    assert.equal(rows(await all.text()), 3, "every event when asked");
    const leftOut = Number(byDefault.headers.get("x-sitrep-left-out") ?? 0);
    assert.equal(rows(await byDefault.text()) + leftOut, 3);
    assert.equal(all.headers.get("x-sitrep-left-out"), null);
  });

  it("takes a country by code or name and types by slug, ACLED label or ACLED event type", async () => {
    const ids = async (query: string) => Export.parse((await getJson(f.app, `/api/export?${query}`)).body).events.map((e) => e.id);
    const bySlug = await ids("country=SY");
    assert.ok(bySlug.length > 0);
    assert.deepEqual(await ids("country=SYR"), bySlug);
    assert.deepEqual(await ids("country=Syria"), bySlug);
    assert.deepEqual(await ids("type=Air%2Fdrone%20strike"), await ids("type=air_drone_strike"));
    const battles = Export.parse((await getJson(f.app, "/api/export?type=Battles")).body).events;
    assert.ok(
      battles.length > 0 &&
        battles.every((e) => ["armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"].includes(e.type)),
    );
    const several = Export.parse((await getJson(f.app, "/api/export?type=armed_clash,air_drone_strike")).body).events;
    assert.deepEqual(new Set(several.map((e) => e.type)), new Set(["armed_clash", "air_drone_strike"]));
  });

  it("answers 400 naming the known formats for an unknown one", async () => {
    assert.deepEqual(await getJson(f.app, "/api/export?format=xlsx"), {
      status: 400,
      body: { error: 'unknown format "xlsx"; known: json, jsonl, geojson, csv' },
    });
  });

  it("takes the map's box and free text like the listing", async () => {
    const boxed = Export.parse((await getJson(f.app, "/api/export?bbox=35,35,38,37")).body);
    assert.ok(boxed.events.length > 0);
    assert.ok(boxed.events.every((e) => e.location?.country === "SY"));
    const worded = Export.parse((await getJson(f.app, "/api/export?q=convoy")).body);
    assert.deepEqual(
      worded.events.map((e) => e.location?.name),
      ["Gao"],
    );
  });

  it("serves each format with its media type, filtered like the JSON", async () => {
    for (const [format, type] of [
      ["jsonl", "application/x-ndjson"],
      ["geojson", "application/geo+json"],
      ["csv", "text/csv; charset=utf-8"],
    ] as const) {
      const res = await f.app.request(`/api/export?format=${format}&country=SY`);
      assert.equal(res.status, 200, format);
      assert.equal(res.headers.get("content-type"), type);
      assert.match(res.headers.get("content-disposition") ?? "", new RegExp(`filename="sitrep-events\\.${format}"`));
      const body = await res.text();
      assert.ok(body.includes("Idlib"), `${format} holds the Syrian events`);
      assert.ok(!body.includes("Gao"), `${format} leaves the Malian event out`);
    }
  });
});
