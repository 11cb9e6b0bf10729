import assert from "node:assert/strict";
import { test } from "node:test";
import { bareDistrictName, groupAdmin2Divisions } from "./group-admin2-divisions.ts";
import type { GeoNamesCity } from "./read-geonames-cities.ts";

const kindWords = { leading: ["Caza", "Distrito"], trailing: ["District", "Raion"] };

function city(name: string, admin2Code: string, population: number, featureCode = "PPL"): GeoNamesCity {
  return {
    geonameId: population,
    name,
    asciiName: name,
    alternateNames: [],
    lat: population / 1000,
    lon: 1,
    featureCode,
    country: "XX",
    admin1Code: "01",
    admin2Code,
    population,
  };
}

test("a district's kind words go, so news's bare name finds it", () => {
  assert.equal(bareDistrictName("Caza de Foo", kindWords), "Foo");
  assert.equal(bareDistrictName("Foo Raion", kindWords), "Foo");
  assert.equal(bareDistrictName("Distrito", kindWords), null);
  assert.equal(bareDistrictName("Foo", kindWords), null);
});

test("a district sits at its seat and counts its settlements' people", () => {
  const districts = groupAdmin2Divisions(
    [city("Big", "7", 5000), city("Seat", "7", 2000, "PPLA2"), city("Elsewhere", "8", 100)],
    [{ code: "XX.01.7", name: "Foo District" }],
  );
  assert.deepEqual(
    districts.map((d) => [d.name, d.admin1Code, d.lat, d.population]),
    [["Foo District", "XX.01", 2, 7000]],
  );
});
