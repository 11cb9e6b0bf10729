import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReportRef } from "./cluster-reports.ts";
import { ReportRefCache } from "./report-ref-cache.ts";

const ref = (id: string) => ({ id, articleId: "a", event: {}, evidenceText: "" }) as unknown as ReportRef;

test("a kept report is given back only for the same stored row and article day", () => {
  const cache = new ReportRefCache();
  const r = ref("a#0");
  cache.set("a#0", '{"v":1}', "2025-01-01", r);
  assert.equal(cache.get("a#0", '{"v":1}', "2025-01-01"), r);
  assert.equal(cache.get("a#0", '{"v":1}', "2025-01-02"), undefined);
  // A mismatch drops the entry: the row it was made from is gone.
  assert.equal(cache.get("a#0", '{"v":1}', "2025-01-01"), undefined);
  cache.set("a#0", '{"v":1}', null, r);
  assert.equal(cache.get("a#0", '{"v":2}', null), undefined);
});

test("past its bound the least recently used report goes first", () => {
  const cache = new ReportRefCache(2);
  cache.set("x", "1", null, ref("x"));
  cache.set("y", "1", null, ref("y"));
  cache.get("x", "1", null);
  cache.set("z", "1", null, ref("z"));
  assert.equal(cache.size, 2);
  assert.equal(cache.get("y", "1", null), undefined);
  assert.ok(cache.get("x", "1", null));
  assert.ok(cache.get("z", "1", null));
});
