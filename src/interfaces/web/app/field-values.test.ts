import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatValue } from "./field-values.ts";

describe("field values in words", () => {
  it("reads the event's values and the claims' richer shapes alike", () => {
    assert.equal(formatValue("date", "2025-03-04"), "2025-03-04");
    assert.equal(formatValue("date", { start: "2025-03-01", end: "2025-03-31", precision: "month" }), "2025-03-01 to 2025-03-31 (month)");
    // The machine's date beside a reviewed one, as the event holds it.
    assert.equal(formatValue("date", { date: "2025-03-04", date_precision: "day", date_end: null }), "2025-03-04");
    assert.equal(
      formatValue("date", { date: "2025-03-02", date_precision: "week", date_end: "2025-03-08" }),
      "2025-03-02 to 2025-03-08 (week)",
    );
    assert.equal(formatValue("date", { date: null, date_precision: null, date_end: null }), "—");
    assert.equal(formatValue("actor1", { name: "Mali", kind: "state" }), "Mali (state)");
    assert.equal(formatValue("fatalities", { min: 3, max: 5 }), "3–5");
    assert.equal(formatValue("location", { name: "Gao", admin1: null, country: "ML", precision: "near" }), "Gao, ML (near)");
    assert.equal(formatValue("injured", null), "—");
    assert.equal(formatValue("injured", { min: 20, max: 20 }), "20");
    assert.equal(formatValue("type", "remote_explosive_landmine_ied"), "Remote explosive/landmine/IED");
  });
});
