import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeExtraCities } from "./merge-extra-cities.ts";
import type { GeoNamesCity } from "./read-geonames-cities.ts";

function city(name: string, lat: number, lon: number, country = "LB"): GeoNamesCity {
  return {
    geonameId: 1,
    name,
    asciiName: name,
    alternateNames: [],
    lat,
    lon,
    featureCode: "PPL",
    country,
    admin1Code: "07",
    population: 900,
  };
}

describe("mergeExtraCities", () => {
  it("adds a place the first list lacks, with no population and its division code", () => {
    const added = mergeExtraCities(
      [city("Marjayoun", 33.36, 35.59)],
      [{ name: "Kfar Kila", lat: "33.277", lng: "35.552", country: "LB", admin1: "07" }],
    );
    assert.deepEqual(
      added.map((c) => [c.name, c.country, c.admin1Code, c.population, c.lat]),
      [["Kfar Kila", "LB", "07", 0, 33.277]],
    );
  });

  it("skips a name already listed in the same country, however it is spelt", () => {
    assert.deepEqual(
      mergeExtraCities(
        [city("Deir ez-Zor", 35.33, 40.14, "SY")],
        [{ name: "Deir Ez Zor", lat: 35.4, lng: 40.2, country: "SY", admin1: "" }],
      ),
      [],
    );
  });

  it("turns a new name for a listed place a stone's throw away into its alternate name", () => {
    const listed = city("Old Name", 10, 10, "NE");
    assert.deepEqual(mergeExtraCities([listed], [{ name: "New Name", lat: 10.01, lng: 10.01, country: "NE", admin1: "" }]), []);
    assert.deepEqual(listed.alternateNames, ["New Name"]);
  });

  it("keeps a namesake in another country as a place of its own", () => {
    const added = mergeExtraCities(
      [city("Tripoli", 34.43, 35.84)],
      [{ name: "Tripoli", lat: 32.88, lng: 13.19, country: "LY", admin1: "" }],
    );
    assert.equal(added.length, 1);
  });

  it("ignores entries without usable coordinates or country", () => {
    assert.deepEqual(
      mergeExtraCities(
        [],
        [
          { name: "Nowhere", lat: "x", lng: "1", country: "LB", admin1: "" },
          { name: "Somewhere", lat: 1, lng: 1, country: "", admin1: "" },
        ],
      ),
      [],
    );
  });
});
