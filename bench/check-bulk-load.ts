/**
 * Checks that a bulk-loaded store answers as a store filled by ingestion would: a small load is
 * served by the real API (createApp over the SQLite store), and for each filter every page of
 * `GET /api/events` together must hold exactly the events the filter's definition selects, in
 * listing order; the first page must be the first 100 of them; and a few events must open in
 * detail with all their sources.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/interfaces/http/create-app.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";
import { bulkLoad } from "./bulk-load.ts";
import { FILTER_KINDS, listingOrder, listingQueries, matches, queryPath, type ListingQuery } from "./listing-queries.ts";
import { syntheticIncident, type IncidentSpace } from "./synthetic-events.ts";

interface Page {
  events: Array<{ id: string }>;
  next_cursor: string | null;
}

export interface BulkLoadCheck {
  events: number;
  queries: number;
  /** Events the checked queries returned, all pages together. */
  eventsCompared: number;
  details: number;
}

export async function checkBulkLoad(space: IncidentSpace, events: number, queriesPerFilter = 4): Promise<BulkLoadCheck> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-check-"));
  const file = join(dir, "check.db");
  try {
    bulkLoad(file, space, 0, events);
    const expectedAll = Array.from({ length: events }, (_, i) => syntheticIncident(space, i).event).sort(listingOrder);
    const store = createSqliteStore(file);
    const app = createApp(store);
    const get = async (path: string): Promise<unknown> => {
      const res = await app.request(path);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    let queries = 0;
    let compared = 0;
    try {
      for (const kind of FILTER_KINDS) {
        for (const query of listingQueries(space, kind, kind === "none" ? 1 : queriesPerFilter, 99)) {
          const expected = expectedAll.filter((e) => matches(e, query)).map((e) => e.id);
          const got: string[] = [];
          let cursor: string | null = null;
          do {
            const page = (await get(queryPath(query, { limit: "500", ...(cursor ? { cursor } : {}) }))) as Page;
            got.push(...page.events.map((e) => e.id));
            cursor = page.next_cursor;
          } while (cursor);
          const first = ((await get(queryPath(query))) as Page).events.map((e) => e.id);
          if (got.join() !== expected.join() || first.join() !== expected.slice(0, 100).join()) {
            throw new Error(mismatch(query, expected, got));
          }
          queries++;
          compared += got.length;
        }
      }
      const sample = [0, 1, Math.floor(events / 2), events - 1].map((i) => syntheticIncident(space, i).event);
      for (const e of sample) {
        // The reports' sentences, cut from the stored articles' texts, must be the event's evidence.
        const detail = (await get(`/api/events/${e.id}`)) as {
          event: { id: string };
          reports: Array<{ evidence: Array<{ text: string }> }>;
        };
        const said = detail.reports.flatMap((r) => r.evidence.map((ev) => ev.text)).sort();
        const evidence = e.sources.flatMap((src) => src.evidence.map((ev) => ev.text)).sort();
        if (detail.event.id !== e.id || said.join("\n") !== evidence.join("\n")) {
          throw new Error(`GET /api/events/${e.id}: its reports do not give the event's evidence: ${JSON.stringify(detail).slice(0, 300)}`);
        }
      }
      return { events, queries, eventsCompared: compared, details: sample.length };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function mismatch(query: ListingQuery, expected: string[], got: string[]): string {
  const missing = expected.filter((id) => !got.includes(id)).slice(0, 5);
  const extra = got.filter((id) => !expected.includes(id)).slice(0, 5);
  return (
    `bulk-loaded store answers ${queryPath(query)} unlike the filter's definition: expected ${expected.length} events, got ${got.length}` +
    ` (missing e.g. ${missing.join(", ") || "none"}; unexpected e.g. ${extra.join(", ") || "none"}; order differs: ${missing.length === 0 && extra.length === 0})`
  );
}
