/**
 * The reviews part of the conformance suite: confirming, editing, merging and splitting events,
 * recorded alike and honoured alike by every store's regrouping.
 */

import assert from "node:assert/strict";
import { reviewEvent } from "../app/review-event.ts";
import type { ArticleInput } from "../core/article.ts";
import { ambushDaily, ambushUndated, ambushWire, strike } from "./conformance-articles.ts";
import type { Store } from "./store.ts";

type WithStore = (name: string, body: (store: Store) => Promise<void>) => void;
type IngestAll = (store: Store, inputs: ArticleInput[]) => Promise<void>;

export function runReviewConformance(withStore: WithStore, ingestAll: IngestAll): void {
  withStore("a reviewer confirms and edits an event: recorded with who and when, the machine's value kept", async (store) => {
    await ingestAll(store, [ambushWire, ambushDaily]);
    const [event] = await store.listEvents();
    await reviewEvent(store, event!.id, { action: "confirm" }, "ana");
    await reviewEvent(store, event!.id, { action: "edit", field: "fatalities", value: { min: 7, max: 7 }, note: "ministry figure" }, "ana");
    const detail = await store.getEvent(event!.id);
    assert.equal(detail?.event.status, "reviewed");
    assert.equal(detail?.event.version, 3);
    assert.deepEqual(detail?.event.fatalities, { min: 7, max: 7 });
    assert.deepEqual(detail?.event.machine, { fatalities: { min: 6, max: 6 } });
    assert.deepEqual(
      detail?.reviews.map((r) => [r.action, r.by, r.field ?? null, r.note ?? null]),
      [
        ["confirm", "ana", null, null],
        ["edit", "ana", "fatalities", "ministry figure"],
      ],
    );
    // A new source re-derives the event; the reviewer's figure stays.
    await ingestAll(store, [ambushUndated]);
    const [again] = (await store.listEvents()).filter((e) => e.sources.some((s) => s.article === "wire"));
    assert.deepEqual(again?.fatalities, { min: 7, max: 7 });
    assert.equal((await store.listChanges(0)).changes.filter((c) => c.kind === "reviewed").length, 2);
  });

  withStore("a reviewer merges two events and splits one; later regrouping keeps both decisions", async (store) => {
    await ingestAll(store, [ambushWire, strike]);
    const [a, b] = await store.listEvents();
    const merged = await reviewEvent(store, a!.id, { action: "merge", with: b!.id }, "ben");
    assert.equal(merged.events.length, 1);
    assert.equal((await store.listEvents()).length, 1);
    const [one] = await store.listEvents();
    const detail = await store.getEvent(one!.id);
    const strikeReport = detail!.reports.find((r) => r.articleId === "strike")!.id;
    const split = await reviewEvent(store, one!.id, { action: "split", reports: [strikeReport] }, "ben");
    assert.equal(split.events.length, 2);
    assert.equal((await store.listEvents()).length, 2);
    // Each event holds only its own reports again, whichever of them sorts first.
    assert.deepEqual((await store.listEvents()).map((e) => e.sources.map((s) => s.article).join()).sort(), ["strike", "wire"]);
    // A second merge undoes the split, and a second split the merge: the latest decision holds.
    const [x, y] = await store.listEvents();
    assert.equal((await reviewEvent(store, x!.id, { action: "merge", with: y!.id }, "ben")).events.length, 1);
    const [joined] = await store.listEvents();
    const again = (await store.getEvent(joined!.id))!.reports.find((r) => r.articleId === "wire")!.id;
    assert.equal((await reviewEvent(store, joined!.id, { action: "split", reports: [again] }, "ben")).events.length, 2);
    assert.deepEqual((await store.listEvents()).map((e) => e.sources.map((s) => s.article).join()).sort(), ["strike", "wire"]);
    // The daily report of the ambush joins it, and the split still holds.
    await ingestAll(store, [ambushDaily]);
    const events = await store.listEvents();
    assert.equal(events.length, 2);
    assert.ok(
      events.some(
        (e) =>
          e.sources
            .map((s) => s.article)
            .sort()
            .join() === "daily,wire",
      ),
    );
  });

  withStore("a review of an unknown event, or that does not fit the event, is refused", async (store) => {
    await ingestAll(store, [ambushWire]);
    const [event] = await store.listEvents();
    await assert.rejects(reviewEvent(store, "ev_nothing", { action: "confirm" }, "x"), /no event "ev_nothing"/);
    await assert.rejects(reviewEvent(store, event!.id, { action: "merge", with: event!.id }, "x"), /itself/);
    await assert.rejects(reviewEvent(store, event!.id, { action: "split", reports: ["nope#0"] }, "x"), /not reports of event/);
    await assert.rejects(reviewEvent(store, event!.id, { action: "edit", field: "colour" as never, value: 1 }, "x"), /cannot be edited/);
  });

  withStore("an edit whose value is not of the field's stored shape is refused and records nothing", async (store) => {
    await ingestAll(store, [ambushWire]);
    const [event] = await store.listEvents();
    const edit = (field: string, value: unknown) => reviewEvent(store, event!.id, { action: "edit", field: field as never, value }, "x");
    await assert.rejects(edit("date", "2025-01-02"), /value: expected \{date, date_precision, date_end\}.* \(for field date\)/);
    await assert.rejects(edit("date", { date: "2025-01-02", date_precision: "day", date_end: "2025-01-01" }), /date_end is before date/);
    await assert.rejects(edit("location", { name: "Gao" }), /value: lacks key\(s\) admin1, country, lat, lon, precision/);
    await assert.rejects(edit("fatalities", 3), /for field fatalities/);
    await assert.rejects(edit("actor1", "a\u0000b"), /control character/);
    await assert.rejects(reviewEvent(store, event!.id, { action: "confirm", note: "\u0000" }, "x"), /note: holds a control character/);
    const detail = await store.getEvent(event!.id);
    assert.deepEqual(detail?.reviews, []);
    assert.equal(detail?.event.date, event!.date);
    await reviewEvent(
      store,
      event!.id,
      { action: "edit", field: "date", value: { date: "2025-01-02", date_precision: "day", date_end: null } },
      "x",
    );
    assert.equal((await store.getEvent(event!.id))?.event.date, "2025-01-02");
  });
}
