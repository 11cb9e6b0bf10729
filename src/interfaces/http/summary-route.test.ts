import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { z } from "@hono/zod-openapi";
import { filledFixture, getJson, type Fixture } from "./api-fixture.ts";
import { EventSummary } from "./summary-routes.ts";

type Summary = z.infer<typeof EventSummary>;

describe("GET /api/summary", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
  });
  after(() => f.close());

  const summary = async (query: string): Promise<Summary> => {
    const { status, body } = await getJson<Summary>(f.app, `/api/summary${query}`);
    assert.equal(status, 200, JSON.stringify(body));
    return EventSummary.parse(body);
  };

  it("counts every event the filters keep, per day and per cell, as the listing has them", async () => {
    const all = await summary("?period=day&cell=10");
    assert.equal(all.total, 3);
    assert.deepEqual(all.periods, [
      { start: "2025-11-11", count: 1 },
      { start: "2025-11-16", count: 1 },
      { start: "2025-11-17", count: 1 },
    ]);
    // Gao in one cell, both Idlib events in another.
    assert.deepEqual(all.cells.map((c) => c.count).sort(), [1, 2]);
  });

  it("takes the listing's filters: country, dates, type", async () => {
    assert.equal((await summary("?country=sy")).total, 2);
    assert.equal((await summary("?since=2025-11-16&until=2025-11-16")).total, 1);
    assert.deepEqual((await summary("?type=air_drone_strike&period=month")).periods, [{ start: "2025-11-01", count: 1 }]);
  });

  it("counts per country when asked, and nothing per period, cell or country unless asked", async () => {
    assert.deepEqual((await summary("?by_country=true")).countries, [
      { country: "ML", count: 1 },
      { country: "SY", count: 2 },
    ]);
    const bare = await summary("");
    assert.deepEqual([bare.periods, bare.cells, bare.countries], [[], [], []]);
  });

  it("refuses an unknown period and a cell size out of range, naming the parameter", async () => {
    for (const query of ["?period=fortnight", "?cell=0", "?cell=500", "?since=2025-12-01&until=2025-11-01"]) {
      const { status, body } = await getJson<{ error: string }>(f.app, `/api/summary${query}`);
      assert.equal(status, 400, query);
      assert.match(body.error, /period|cell|since/);
    }
  });
});
