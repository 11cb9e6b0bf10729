import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupAdmin1Divisions } from "./group-admin1-divisions.ts";
import type { GeoNamesCity } from "./read-geonames-cities.ts";

function city(name: string, admin1Code: string, lat: number, lon: number, population: number, featureCode = "PPL"): GeoNamesCity {
  return { geonameId: population, name, asciiName: name, alternateNames: [], lat, lon, featureCode, country: "SY", admin1Code, population };
}

describe("groupAdmin1Divisions", () => {
  const cities = [
    city("Big Town", "09", 36.3, 37.5, 200_000),
    city("Seat", "09", 36.2, 37.2, 100_000, "PPLA"),
    city("Other Seat", "11", 34.7, 36.7, 50_000, "PPLA"),
    city("Renumbered", "99", 36.25, 37.3, 1_000),
  ];
  const { divisions, divisionOfCity } = groupAdmin1Divisions(cities, [
    { code: "SY.09", name: "Aleppo" },
    { code: "SY.11", name: "Homs" },
  ]);

  it("places a division at its seat and sums its settlements", () => {
    const aleppo = divisions.find((division) => division.name === "Aleppo");
    assert.deepEqual(aleppo && { lat: aleppo.lat, lon: aleppo.lon, population: aleppo.population, country: aleppo.country }, {
      lat: 36.2,
      lon: 37.2,
      population: 301_000,
      country: "SY",
    });
  });

  it("gives a city with an unnamed code the division of its nearest named neighbour", () => {
    assert.equal(divisions[divisionOfCity[3]].name, "Aleppo");
    assert.equal(divisions[divisionOfCity[2]].name, "Homs");
  });
});
