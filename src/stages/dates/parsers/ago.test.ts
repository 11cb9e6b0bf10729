import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ago } from "./ago.ts";
import { days, only } from "./parser-fixtures.ts";

describe("'ago' parser", () => {
  it("counts days back from publication, exactly", () => {
    const r = only(ago, "The bridge fell three days ago.", "2025-12-20");
    assert.deepEqual(r.value, days("2025-12-17"));
    assert.equal(r.vague, false);
  });

  it("counts years back as a vague year", () => {
    const r = only(ago, "The camp opened about a decade ago.", "2025-12-20");
    assert.equal(r.text, "about a decade ago");
    assert.deepEqual(r.value, { start: "2015-01-01", end: "2015-12-31", precision: "year" });
    assert.equal(r.vague, true);
  });

  it("reads a week ago as the week around that day", () => {
    assert.deepEqual(only(ago, "Two weeks ago the road reopened.", "2025-12-20").value, {
      start: "2025-12-03",
      end: "2025-12-09",
      precision: "week",
    });
  });

  it("has no value for an uncounted plural", () => {
    const r = only(ago, "The mine was dug years ago.", "2025-12-20");
    assert.equal(r.value, null);
    assert.equal(r.vague, true);
  });
});
