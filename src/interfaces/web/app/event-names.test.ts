import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eventName } from "./event-names.ts";

const place = { name: "Westford", admin1: "Upland", country: "ML", lat: 1, lon: 2, precision: "exact" as const };

describe("an event in words", () => {
  it("says its type, place with province and country, date and deaths", () => {
    assert.equal(
      eventName({ type: "armed_clash", location: place, date: "2025-01-19", fatalities: { min: 8, max: 8 } }),
      "Armed clash, Westford, Upland, Mali, 2025-01-19, 8 deaths",
    );
  });

  it("says what it does not know, and a span of days and a range of deaths as such", () => {
    assert.equal(
      eventName({ type: "armed_clash", location: null, date: null, fatalities: null }),
      "Armed clash, unplaced, undated, deaths not reported",
    );
    assert.equal(
      eventName({ type: "armed_clash", location: place, date: "2025-01-19", date_end: "2025-01-21", fatalities: { min: 1, max: 3 } }),
      "Armed clash, Westford, Upland, Mali, 2025-01-19 to 2025-01-21, 1–3 deaths",
    );
  });
});
