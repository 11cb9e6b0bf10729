import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayToTime, timeToDay } from "./day-counts.ts";

describe("timeline days", () => {
  it("turns days into instants and back without a time zone shift", () => {
    assert.equal(timeToDay(dayToTime("2025-12-31")), "2025-12-31");
  });
});
