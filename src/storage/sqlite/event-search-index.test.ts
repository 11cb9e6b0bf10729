import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { StoredEvent } from "../../core/model.ts";
import { dayDate, eventSearchIndex, searchDay } from "./event-search-index.ts";
import { openDatabase } from "./open-database.ts";

const event = (id: string, date: string | null, sentence: string) =>
  ({
    id,
    date,
    location: null,
    actor1: null,
    actor2: null,
    sources: [{ article: "a", evidence: [{ text: sentence }] }],
  }) as unknown as StoredEvent;

test("days count from 1 January of year 1, undated and unreadable dates on day 0", () => {
  assert.equal(searchDay("0001-01-01"), 1);
  assert.equal(searchDay("0001-01-02"), 2);
  assert.equal(searchDay("2025-03-01") - searchDay("2025-02-28"), 1);
  assert.equal(searchDay("2024-03-01") - searchDay("2024-02-28"), 2);
  assert.equal(searchDay(null), 0);
  assert.equal(searchDay("someday"), 0);
});

test("an event whose date moves is found on its new day only, and once; a removed one is not found", () => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), "sitrep-search-")), "s.db"));
  const index = eventSearchIndex(db);
  const matches = (phrase: string) =>
    db
      .prepare(
        "SELECT k.event_id AS id, k.key FROM events_fts JOIN event_search_keys k ON k.key = events_fts.rowid WHERE events_fts MATCH ? ORDER BY k.key",
      )
      .all(phrase) as Array<{ id: string; key: number }>;
  index.save(event("a", "2025-01-05", "Shelling hit the market."));
  index.save(event("b", "2025-01-05", "A market fire."));
  assert.equal(index.nextMatchingDay('"market"*', 0), searchDay("2025-01-05"));
  index.save(event("a", "2025-02-01", "Shelling hit the market again."));
  assert.deepEqual(
    matches('"market"*').map((m) => m.id),
    ["b", "a"],
  );
  assert.equal(index.nextMatchingDay('"again"', 0), searchDay("2025-02-01"));
  assert.equal(index.nextMatchingDay('"again"', searchDay("2025-02-02")), null);
  index.remove("b");
  assert.deepEqual(
    matches('"market"*').map((m) => m.id),
    ["a"],
  );
  assert.equal(db.prepare("SELECT count(*) FROM event_search_keys").pluck().get(), 1);
  db.close();
});

test("a day's first date is the date it was counted from", () => {
  for (const date of ["0001-01-01", "1999-12-31", "2024-02-29", "2025-04-10"]) assert.equal(dayDate(searchDay(date)), date);
  assert.equal(dayDate(0), "");
});
