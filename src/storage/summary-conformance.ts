/**
 * The summary part of the conformance suite: counts per period and per map cell, which each store
 * groups in its own SQL, must equal what counting the listed events gives, for every filter.
 */

import assert from "node:assert/strict";
import type { ArticleInput } from "../core/article.ts";
import { DISPATCHES, storeForAnalystFilters } from "./listing-conformance.ts";
import { summarizeListed } from "./shared/event-summary.ts";
import type { EventFilter, EventSummary, EventSummaryRequest, Store } from "./store.ts";

type WithStore = (name: string, body: (store: Store) => Promise<void>) => void;
type IngestAll = (store: Store, inputs: ArticleInput[]) => Promise<void>;

/** Cells compared to a hair: SQL and JavaScript may add the same coordinates in another order. */
function normalised(s: EventSummary): EventSummary {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    ...s,
    cells: s.cells.map((c) => ({ lat: round(c.lat), lon: round(c.lon), count: c.count })).sort((a, b) => a.lat - b.lat || a.lon - b.lon),
  };
}

export function runSummaryConformance(withStore: WithStore, ingestAll: IngestAll): void {
  withStore("a summary counts what the listing holds, per period and per cell, whatever the filter", async (store) => {
    await ingestAll(store, DISPATCHES);
    const filters: EventFilter[] = [
      {},
      { country: "ng" },
      { since: "2025-04-11" },
      { until: "2025-04-10", type: "remote_explosive_landmine_ied" },
      { bbox: { minLon: -20, minLat: -5, maxLon: 50, maxLat: 20 } },
      { actor: "forces" },
      { mentions: "killing" },
    ];
    for (const period of ["day", "week", "month", "year"] as const) {
      for (const filter of filters) {
        const request: EventSummaryRequest = { period, cellDegrees: period === "day" ? 10 : 0.5, countries: period !== "year" };
        const expected = summarizeListed(await store.listEvents(filter), request);
        assert.deepEqual(
          normalised(await store.summarizeEvents(filter, request)),
          normalised(expected),
          `${period} ${JSON.stringify(filter)}`,
        );
      }
    }
    const all = await store.summarizeEvents({}, { period: "week", cellDegrees: 180 });
    assert.equal(all.total, 7);
    assert.equal(all.undated, 1);
    assert.deepEqual(
      all.periods.map((p) => p.start),
      ["2025-04-07", "2025-04-14"],
      "weeks start on Monday",
    );
    assert.equal(
      all.cells.reduce((n, c) => n + c.count, 0),
      all.located,
    );
    assert.deepEqual(all.countries, [], "no counts per country unless asked");
  });

  withStore("a summary counts what the listing holds under the analysts' filters too", async (store) => {
    await storeForAnalystFilters(store, ingestAll);
    const filters: EventFilter[] = [
      { minFatalities: 5 },
      { admin1: ["borno", "kharkiv"] },
      { actorKinds: ["civilians"] },
      { actorKinds: ["state", "protesters"], admin1: ["kano"] },
      { minSources: 2 },
      { reviewed: true },
      { reviewed: false, minFatalities: 3, country: "NG" },
    ];
    for (const filter of filters) {
      const request: EventSummaryRequest = { period: "day", cellDegrees: 1, countries: true };
      const listed = await store.listEvents(filter);
      assert.ok(listed.length > 0, `the data must hold events for ${JSON.stringify(filter)}`);
      assert.deepEqual(
        normalised(await store.summarizeEvents(filter, request)),
        normalised(summarizeListed(listed, request)),
        JSON.stringify(filter),
      );
    }
  });
}
