import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { days, only } from "./parser-fixtures.ts";
import { publicationDay } from "./publication-day.ts";

describe("publication day parser", () => {
  it("reads 'today' as the publication day, ready to take a date beside it", () => {
    const r = only(publicationDay, "Markets reopened today in the capital.", "2025-12-20");
    assert.deepEqual(r.value, days("2025-12-20"));
    assert.equal(r.anchor, true);
    assert.equal(r.source, "publication-day");
  });

  it("reads 'late yesterday evening' as the day before publication", () => {
    const r = only(publicationDay, "A drone fell late yesterday evening on the port.", "2025-12-20");
    assert.equal(r.text, "late yesterday evening");
    assert.deepEqual(r.value, days("2025-12-19"));
    assert.equal(r.source, "publication-day-offset");
  });

  it("has no value without a publication date", () => {
    assert.equal(only(publicationDay, "Shots were heard last night.", null).value, null);
  });
});
