import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EventIdSet } from "./event-id-set.ts";

describe("EventIdSet", () => {
  it("holds merge-engine ids and any other id, and nothing else", () => {
    const set = new EventIdSet();
    const ids = Array.from({ length: 3000 }, (_, i) => `ev_${(i * 7919 * 104729).toString(16).padStart(12, "0").slice(-12)}`);
    for (const id of ids) set.add(id);
    set.add("custom-event");
    set.add("ev_ABCDEF123456");
    for (const id of ids) assert.ok(set.has(id), id);
    assert.ok(set.has("custom-event"));
    assert.ok(set.has("ev_ABCDEF123456"));
    assert.equal(set.has("ev_abcdef123456"), false);
    assert.equal(set.has("ev_000000000001"), false);
    assert.equal(set.has("custom"), false);
  });

  it("answers for ids added after a lookup", () => {
    const set = new EventIdSet();
    set.add("ev_ffffffffffff");
    assert.equal(set.has("ev_000000000000"), false);
    set.add("ev_000000000000");
    assert.ok(set.has("ev_000000000000"));
    assert.ok(set.has("ev_ffffffffffff"));
  });
});
