import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { authorised, filledFixture, getJson, type Fixture } from "./api-fixture.ts";

describe("POST /api/events/{id}/review", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
  });
  after(async () => f.close());

  const review = async (id: string, body: unknown, headers?: Record<string, string>) => {
    const res = await f.app.request(`/api/events/${id}/review`, {
      method: "POST",
      headers: headers ?? (await authorised(f.app, { "content-type": "application/json" })),
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const firstEvent = async () => (await getJson<{ events: Array<{ id: string }> }>(f.app, "/api/events")).body.events[0]!.id;

  it("edits a field, signed by the token's name, and shows the review and the machine's value", async () => {
    const id = await firstEvent();
    const edited = await review(id, { action: "edit", field: "injured", value: 4, note: "hospital figure" });
    assert.deepEqual(edited, { status: 200, body: { events: [id] } });
    const detail = await getJson<{
      event: { injured: number; status: string; machine: Record<string, unknown> };
      reviews: Array<{ by: string; action: string }>;
    }>(f.app, `/api/events/${id}`);
    assert.equal(detail.body.event.injured, 4);
    assert.equal(detail.body.event.status, "reviewed");
    assert.ok("injured" in detail.body.event.machine);
    assert.deepEqual(
      detail.body.reviews.map((r) => [r.action, r.by]),
      [["edit", "fixture"]],
    );
  });

  it("merges two events into one", async () => {
    const events = (await getJson<{ events: Array<{ id: string }> }>(f.app, "/api/events")).body.events;
    assert.ok(events.length >= 2);
    const merged = await review(events[0]!.id, { action: "merge", with: events[1]!.id });
    assert.equal(merged.status, 200);
    assert.equal((merged.body["events"] as string[]).length, 1);
    const after = (await getJson<{ events: unknown[] }>(f.app, "/api/events")).body.events;
    assert.equal(after.length, events.length - 1);
  });

  it("stores a bare number of fatalities as an exact range", async () => {
    const id = await firstEvent();
    assert.equal((await review(id, { action: "edit", field: "fatalities", value: 7 })).status, 200);
    const detail = await getJson<{ event: { fatalities: unknown } }>(f.app, `/api/events/${id}`);
    assert.deepEqual(detail.body.event.fatalities, { min: 7, max: 7 });
  });

  it("refuses bad requests with a message, an unknown event with 404, and a missing token with 401", async () => {
    const id = await firstEvent();
    const badField = await review(id, { action: "edit", field: "colour", value: 1 });
    assert.equal(badField.status, 400);
    assert.match(String(badField.body["error"]), /field/);
    assert.equal((await review(id, { action: "explode" })).status, 400);
    const badValue = await review(id, { action: "edit", field: "fatalities", value: "many" });
    assert.equal(badValue.status, 400);
    assert.match(String(badValue.body["error"]), /^value: .*fatalities/);
    const badPlace = await review(id, { action: "edit", field: "location", value: { name: "Gao", country: "Mali" } });
    assert.equal(badPlace.status, 400);
    assert.match(String(badPlace.body["error"]), /value\.country/);
    assert.equal((await review(id, { action: "split", reports: [] })).status, 400);
    assert.equal((await review(id, { action: "split", reports: ["nothing#0"] })).status, 400);
    assert.equal((await review("ev_000000000000", { action: "confirm" })).status, 404);
    assert.equal((await review(id, { action: "merge", with: "ev_000000000000" })).status, 404);
    assert.equal((await review(id, { action: "confirm" }, { "content-type": "application/json" })).status, 401);
  });
});
