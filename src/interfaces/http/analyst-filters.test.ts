/**
 * The analysts' filters on the API: min_fatalities, admin1, actor_kind, min_sources and reviewed
 * select the same events in the listing, the export (every format) and the summary, and a bad
 * value is a 400 naming the parameter and what it accepts.
 */

import { reviewEvent } from "../../app/review-event.ts";
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { EXPORT_FORMATS } from "../../export/export-formats.ts";
import { filledFixture, getJson, type Fixture } from "./api-fixture.ts";

describe("the analysts' filters on /api/events, /api/export and /api/summary", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
    // A reviewer confirms the drone strike.
    const strike = (await f.store.listEvents({ type: "air_drone_strike" }))[0]!;
    await reviewEvent(f.store, strike.id, { action: "confirm" }, "analyst");
  });
  after(() => f.close());

  /** The events a query selects on the listing, as "place type", checked against the summary's and the export's counts. */
  async function listed(query: string): Promise<string[]> {
    const { status, body } = await getJson<{ events: Array<{ type: string; location: { name: string } | null }> }>(
      f.app,
      `/api/events?${query}`,
    );
    assert.equal(status, 200, JSON.stringify(body));
    const events = body.events.map((e) => `${e.location?.name} ${e.type}`);
    const summary = await getJson<{ total: number }>(f.app, `/api/summary?${query}`);
    assert.equal(summary.status, 200, JSON.stringify(summary.body));
    assert.equal(summary.body.total, events.length, `the summary counts what /api/events?${query} lists`);
    const exported = await getJson<{ events: unknown[] }>(f.app, `/api/export?format=json&${query}`);
    assert.equal(exported.body.events.length, events.length, `the export holds what /api/events?${query} lists`);
    return events;
  }

  it("min_fatalities keeps events with at least that many deaths, no toll told counting as none", async () => {
    assert.deepEqual(await listed("min_fatalities=3"), ["Gao armed_clash", "Idlib air_drone_strike"]);
    assert.deepEqual(await listed("min_fatalities=7"), ["Gao armed_clash"]);
    assert.equal((await listed("min_fatalities=0")).length, 3);
  });

  it("admin1 takes divisions with or without their kind, comma-separated", async () => {
    assert.deepEqual(await listed("admin1=Idlib%20Governorate"), ["Idlib air_drone_strike", "Idlib armed_clash"]);
    assert.deepEqual(await listed("admin1=gao%20region,Kharkiv"), ["Gao armed_clash"]);
  });

  it("actor_kind takes Sitrep's kinds and ACLED's actor types", async () => {
    assert.equal((await listed("actor_kind=armed_group")).length, 3);
    assert.equal((await listed("actor_kind=Rebel%20group")).length, 3);
    // The ambushed convoy's soldiers are Mali's forces: the ambush is the only event with a state side.
    assert.deepEqual(await listed("actor_kind=State%20forces,protesters"), ["Gao armed_clash"]);
    assert.deepEqual(await listed("actor_kind=protesters"), []);
  });

  it("min_sources keeps events told by that many independent sources", async () => {
    assert.deepEqual(await listed("min_sources=2"), ["Gao armed_clash"]);
  });

  it("reviewed=true and false split the events between those reviewed and the others", async () => {
    assert.deepEqual(await listed("reviewed=true"), ["Idlib air_drone_strike"]);
    assert.deepEqual(await listed("reviewed=false"), ["Gao armed_clash", "Idlib armed_clash"]);
    assert.deepEqual(await listed("reviewed=false&admin1=idlib"), ["Idlib armed_clash"]);
  });

  it("every export format applies them", async () => {
    for (const format of EXPORT_FORMATS) {
      const res = await f.app.request(`/api/export?format=${format}&admin1=Idlib&reviewed=false&include_incomplete=true`);
      assert.equal(res.status, 200, format);
      const body = await res.text();
      assert.ok(/armed.clash/i.test(body), `${format} holds the attack in Idlib`);
      assert.ok(!/air.drone.strike/i.test(body), `${format} leaves the reviewed strike out`);
      assert.ok(!body.includes("Gao"), `${format} leaves the Malian event out`);
    }
  });

  it("a bad value is a 400 naming the parameter and what it accepts, on every route", async () => {
    const cases: Array<[string, RegExp]> = [
      ["min_fatalities=many", /^min_fatalities: expected a whole number of 0 or more$/],
      ["min_fatalities=2.5", /^min_fatalities: expected a whole number of 0 or more$/],
      ["admin1=", /^admin1: "" names no division; expected a first-level division by name/],
      ["actor_kind=soldiers", /^actor_kind: "soldiers" is not an actor kind; expected .*state, armed_group.*State forces \(state\)/],
      ["min_sources=0", /^min_sources: expected a whole number of 1 or more$/],
      ["reviewed=yes%3F", /^reviewed: expected true or false$/],
    ];
    for (const path of ["/api/events", "/api/export", "/api/summary"]) {
      for (const [query, message] of cases) {
        const { status, body } = await getJson<{ error: string }>(f.app, `${path}?${query}`);
        assert.equal(status, 400, `${path}?${query}`);
        assert.deepEqual(Object.keys(body), ["error"]);
        assert.match(body.error, message, `${path}?${query}`);
      }
    }
  });
});
