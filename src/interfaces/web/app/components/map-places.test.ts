import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ApiPlace } from "../api-types.ts";
import { namedPlaces } from "./map-places.ts";

const at = (name: string, admin1: string | null, lon: number, lat: number, precision: ApiPlace["precision"] = "exact") => ({
  location: { name, admin1, country: "XX", lat, lon, precision },
});

describe("towns and provinces worth naming", () => {
  it("names each town once, busiest first, and each province at the middle of its events", () => {
    const { towns, provinces } = namedPlaces([
      at("Westford", "Upland", 10, 20),
      at("Eastbury", "Upland", 14, 22),
      at("Eastbury", "Upland", 14, 22, "near"),
      at("Harbour", "Coast", 30, 5),
    ]);
    assert.deepEqual(
      towns.map((t) => [t.name, t.events]),
      [
        ["Eastbury", 2],
        ["Harbour", 1],
        ["Westford", 1],
      ],
    );
    assert.deepEqual(
      provinces.map((p) => [p.name, p.events, p.lon, p.lat]),
      [
        ["Upland", 3, 38 / 3, 22 - 2 / 3],
        ["Coast", 1, 30, 5],
      ],
    );
  });

  it("names no town for an event placed only at its province, region or country, nor one without coordinates", () => {
    const { towns, provinces } = namedPlaces([
      at("Upland", "Upland", 10, 20, "admin1"),
      at("the north", null, 11, 21, "region"),
      { location: { name: "Nowhere", admin1: "Coast", country: "XX", lat: null, lon: null, precision: "exact" } },
      { location: null },
    ]);
    assert.deepEqual(towns, []);
    assert.deepEqual(
      provinces.map((p) => p.name),
      ["Upland"],
    );
  });
});
