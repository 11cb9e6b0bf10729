import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { StoredEvent } from "../../core/model.ts";
import { ftsQuery } from "../shared/event-search-text.ts";
import { eventMentions } from "../shared/unindexed-filters.ts";
import type { EventKey, Store } from "../store.ts";
import { eventColumns } from "./event-columns.ts";
import { eventSearchIndex } from "./event-search-index.ts";
import { freeTextSearch } from "./free-text-search.ts";
import { indexVocabulary, MAX_EXPANDED_WORDS, wordIndexQuery } from "./free-text-terms.ts";
import { openDatabase } from "./open-database.ts";
import { createSqliteStore } from "./sqlite-store.ts";

/** More words beginning "zq" than a prefix is expanded into. */
const MANY = Array.from({ length: MAX_EXPANDED_WORDS + 6 }, (_, i) => `zq${i}`);

/**
 * A store of 300 events on 40 days and 60 undated: "convoy" in most, "convoys" and "convened" in
 * some, "Galkayo" in four, a "zq" word in each, an accented town in a few, and a mid-word "convoy"
 * that only a substring test would find.
 */
function buildStore(): { file: string; store: Store } {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-free-text-")), "s.db");
  const db = openDatabase(file);
  const insert = db.prepare(
    `INSERT INTO events (id, type, date_start, date_end, country, actor1, actor2, lat, lon, fatalities, admin1_key,
       actor1_kind, actor2_kind, sources, status, data, created_at, updated_at)
     VALUES (@id, @type, @date_start, @date_end, @country, @actor1, @actor2, @lat, @lon, @fatalities, @admin1_key,
       @actor1_kind, @actor2_kind, @sources, @status, @data, @now, @now)`,
  );
  const index = eventSearchIndex(db);
  for (let i = 0; i < 300; i++) {
    const words = [
      i % 5 < 3 ? "Gunmen ambushed a convoy" : "Shelling hit a market",
      i % 7 === 0 ? "and two convoys" : "",
      i % 11 === 0 ? "after elders convened" : "",
      i % 97 === 5 ? "near Galkayo" : "",
      i % 13 === 0 ? "in Kharkív" : "",
      i % 17 === 0 ? "of the reconvoyed column" : "",
      `(${MANY[i % MANY.length]})`,
      i % 3 === 0 ? "with a roadside bomb" : "",
    ];
    const event = {
      id: `ev-${String((i * 37) % 300).padStart(3, "0")}`,
      type: "attack",
      date: i < 60 ? null : `2025-03-${String(1 + (i % 28)).padStart(2, "0")}`,
      date_end: null,
      location: null,
      actor1: i % 4 === 0 ? "Convoy Guards" : null,
      actor2: null,
      sources: [{ article: `a${i}`, evidence: [{ text: `${words.filter(Boolean).join(" ")}.` }] }],
      claims: {},
      status: "machine",
    } as unknown as StoredEvent;
    insert.run(eventColumns(event, "2025-04-01T00:00:00Z"));
    index.save(event);
  }
  db.close();
  return { file, store: createSqliteStore(file) };
}

/**
 * What a search must return, the plain way: every event in listing order that the word index
 * matches with the prefix query itself (ftsQuery, not expanded) and that holds the text as typed.
 */
async function reference(file: string, store: Store, needle: string): Promise<string[]> {
  const db = openDatabase(file);
  const query = ftsQuery(needle);
  const matched = new Set(
    db
      .prepare("SELECT k.event_id FROM events_fts JOIN event_search_keys k ON k.key = events_fts.rowid WHERE events_fts MATCH ?")
      .pluck()
      .all(query) as string[],
  );
  db.close();
  return (await store.listEvents()).filter((e) => matched.has(e.id) && eventMentions(e, needle)).map((e) => e.id);
}

/** Every page of the search, `size` at a time, each after the last key of the one before. */
async function paged(store: Store, needle: string, size: number): Promise<string[]> {
  const ids: string[] = [];
  let after: EventKey | undefined;
  for (;;) {
    const page = await store.listEvents({ mentions: needle }, after ? { after, limit: size } : { limit: size });
    ids.push(...page.map((e) => e.id));
    if (page.length < size) return ids;
    const last = page[page.length - 1]!;
    after = [last.date ?? "", last.id];
  }
}

const NEEDLES = ["convoy", "Conv", "convoys", "convened", "Galkayo", "galk", "zq", "zq1", "zq17", "Khar", "kharkiv", "roadside bomb"];
const MORE_NEEDLES = ["Guards", "convoy guards", "reconvoy", "voy", "nothing", "a", "conv convoy", "Kharkív", "2025"];

test("a free-text search finds the same events in the same order as the plain prefix search, whole or page by page", async () => {
  const { file, store } = buildStore();
  try {
    for (const needle of [...NEEDLES, ...MORE_NEEDLES]) {
      const expected = await reference(file, store, needle);
      const all = (await store.listEvents({ mentions: needle })).map((e) => e.id);
      assert.deepEqual(all, expected, `all of "${needle}"`);
      for (const size of [1, 7, 50]) assert.deepEqual(await paged(store, needle, size), expected, `"${needle}" ${size} at a time`);
    }
    assert.ok((await reference(file, store, "convoy")).length > 150, "a common word");
    assert.equal((await reference(file, store, "Galkayo")).length, 4, "a rare word");
  } finally {
    await store.close();
  }
});

test("a prefix is looked up as the whole words it begins, unless it begins many or is not plain ASCII", () => {
  const { file, store } = buildStore();
  const db = openDatabase(file);
  try {
    const words = indexVocabulary(db);
    assert.equal(wordIndexQuery("Conv", words), '"convened" OR "convoy" OR "convoys"');
    assert.equal(wordIndexQuery("convoys hit", words), '"convoys"', "a word before the last is whole");
    assert.equal(wordIndexQuery("roadside conv", words), '"roadside"');
    assert.equal(wordIndexQuery("hit conv", words), '"convened" OR "convoy" OR "convoys"');
    assert.equal(wordIndexQuery("zq", words), '"zq"*');
    assert.equal(wordIndexQuery("zq9", words), '"zq9"');
    assert.equal(
      wordIndexQuery("zq2", words),
      ["zq2", ...MANY.filter((w) => w.startsWith("zq2") && w !== "zq2")].map((w) => `"${w}"`).join(" OR "),
    );
    assert.equal(wordIndexQuery("nothing", words), '"nothing"');
    assert.equal(wordIndexQuery("Kharkí", words), '"kharkí"*');
    assert.equal(wordIndexQuery("khar", words), '"kharkiv"', "the index holds the accented town without its accent");
    assert.equal(wordIndexQuery(" ,", words), null);
  } finally {
    db.close();
    void store.close();
  }
});

test("the undated events are walked for a common word and looked up for a rare one", () => {
  const { file, store } = buildStore();
  const db = openDatabase(file);
  try {
    const search = freeTextSearch(db, eventSearchIndex(db));
    assert.equal(search.walk('"convoy"', 0, 0, 7), true);
    assert.equal(search.walk('"galkayo"', 0, 0, 7), false);
    assert.equal(search.walk('"convoy"', 0, 0, 1000), false, "a page larger than the undated events: looked up");
    assert.equal(search.walk('"convoy"', 0, 0, undefined), false, "every match wanted: looked up");
    assert.equal(search.walk('"convoy"', 1, 5, 7), false, "dated days: read from their matches");
  } finally {
    db.close();
    void store.close();
  }
});
