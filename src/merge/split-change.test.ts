import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredEvent } from "../core/model.ts";
import type { EventChange, MergeRepository, ReportRow } from "../storage/merge-repository.ts";
import { eventId, regroup } from "./merge-engine.ts";
import { FIXTURE_TEXT, report } from "./report-fixtures.ts";

/** A store in memory: every stored report is in every block. */
function memoryRepository(): MergeRepository & { rows: Map<string, ReportRow>; changes: EventChange[]; aliases: Map<string, string> } {
  const rows = new Map<string, ReportRow>();
  const events = new Map<string, StoredEvent>();
  const changes: EventChange[] = [];
  const aliases = new Map<string, string>();
  return {
    rows,
    changes,
    aliases,
    block: async () => [...rows.values()],
    reportsOfEvent: async (id) => [...rows.values()].filter((r) => r.event_id === id),
    articleText: async () => FIXTURE_TEXT,
    articleDay: async () => "2025-04-10",
    copiesOf: async () => [],
    reportById: async (id) => rows.get(id) ?? null,
    eventExists: async (id) => events.has(id),
    setReportEvent: async (id, eventIdValue) => void rows.set(id, { ...rows.get(id)!, event_id: eventIdValue }),
    saveEvent: async (event) => void events.set(event.id, event),
    deleteEvent: async (id) => void events.delete(id),
    recordChange: async (change) => void changes.push(change),
    recordAlias: async (oldId, newId) => void aliases.set(oldId, newId),
    constraintsOf: async () => ({ together: [], apart: [] }),
    reviewsOf: async () => [],
  };
}

async function add(repo: ReturnType<typeof memoryRepository>, refs: ReturnType<typeof report>[]): Promise<void> {
  const rows = refs.map((r) => ({ id: r.id, event_id: "", article_id: r.articleId, data: JSON.stringify(r.event) }));
  for (const row of rows) repo.rows.set(row.id, row);
  await regroup(repo, rows, "2025-04-11T00:00:00Z");
}

test("a report that regroups an event splits it: the part split off gets its own id and the feed says split", async () => {
  const repo = memoryRepository();
  // Two outlets on one morning at one town, typed and counted differently: one event.
  await add(repo, [report("a#0", { killed: 6 })]);
  await add(repo, [report("b#0", { type: "armed_clash", killed: 9 })]);
  const first = eventId("a#0");
  assert.deepEqual(
    [...repo.rows.values()].map((r) => r.event_id),
    [first, first],
  );
  // A third tells two incidents there, one as each outlet did: they are two, and b's goes with its twin.
  await add(repo, [report("c#0", { killed: 6 }), report("c#1", { type: "armed_clash", killed: 9 })]);
  const split = eventId("b#0");
  assert.equal(repo.rows.get("a#0")!.event_id, first);
  assert.equal(repo.rows.get("b#0")!.event_id, split);
  assert.ok(
    repo.changes.some((c) => c.kind === "split" && c.event === first && c.into === split),
    JSON.stringify(repo.changes),
  );
  assert.ok(repo.changes.some((c) => c.kind === "created" && c.event === split));
  // The event that kept its id lost reports: it is revised, for whoever keeps a copy.
  assert.ok(repo.changes.some((c) => c.kind === "revised" && c.event === first));
});
