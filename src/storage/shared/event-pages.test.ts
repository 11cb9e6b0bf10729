import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredEvent } from "../../core/model.ts";
import type { EventKey } from "../store.ts";
import { collectEvents, eventKey, type FetchEvents } from "./event-pages.ts";

/** 1,000 events in key order, a day apart by tens, and a fetch over them that counts its calls and rows. */
function table(): { fetch: FetchEvents; calls: Array<{ after: EventKey | undefined; limit: number | undefined; rows: number }> } {
  const events = Array.from(
    { length: 1000 },
    (_, i) =>
      ({
        id: `ev_${String(i).padStart(4, "0")}`,
        date: i < 10 ? null : `2025-01-${String(10 + Math.floor(i / 100)).padStart(2, "0")}`,
      }) as StoredEvent,
  );
  const calls: Array<{ after: EventKey | undefined; limit: number | undefined; rows: number }> = [];
  const after = (e: StoredEvent, k: EventKey) => {
    const [d, id] = eventKey(e);
    return d > k[0] || (d === k[0] && id > k[1]);
  };
  return {
    calls,
    fetch: async (from, limit) => {
      const rest = events.filter((e) => !from || after(e, from));
      const rows = limit === undefined ? rest : rest.slice(0, limit);
      calls.push({ after: from, limit, rows: rows.length });
      return rows;
    },
  };
}

test("with no filter left to apply, a page is one fetch of exactly its size", async () => {
  const { fetch, calls } = table();
  const page = await collectEvents(fetch, null, { after: ["", "ev_0003"], limit: 5 });
  assert.deepEqual(
    page.map((e) => e.id),
    ["ev_0004", "ev_0005", "ev_0006", "ev_0007", "ev_0008"],
  );
  assert.deepEqual(calls, [{ after: ["", "ev_0003"], limit: 5, rows: 5 }]);
});

test("a filter applied after SQL fetches the page's size, then larger batches, each resuming after the last row read, until the page is full", async () => {
  const { fetch, calls } = table();
  const rare = (e: StoredEvent) => e.id.endsWith("99");
  const page = await collectEvents(fetch, rare, { limit: 4 });
  assert.deepEqual(
    page.map((e) => e.id),
    ["ev_0099", "ev_0199", "ev_0299", "ev_0399"],
  );
  assert.ok(calls.length > 1);
  assert.deepEqual(
    calls.map((c) => c.limit),
    [4, ...calls.slice(1).map(() => 200)],
  );
  for (let i = 1; i < calls.length; i++) assert.equal(calls[i]!.after![1], `ev_${String(4 + 200 * (i - 1) - 1).padStart(4, "0")}`);
  // The last page of such a listing ends when the rows do, short.
  assert.deepEqual(
    (await collectEvents(fetch, rare, { after: ["2025-01-18", "ev_0850"], limit: 4 })).map((e) => e.id),
    ["ev_0899", "ev_0999"],
  );
});

test("without a limit, every row the filter keeps; with a limit of zero, none", async () => {
  const { fetch } = table();
  assert.equal((await collectEvents(fetch, (e) => e.date === null)).length, 10);
  assert.equal((await collectEvents(fetch, null)).length, 1000);
  assert.deepEqual(await collectEvents(fetch, null, { limit: 0 }), []);
});
