import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { openGazetteer } from "../gazetteer.ts";
import { decodeGazetteerIndex, encodeGazetteerIndex } from "../gazetteer-index-file.ts";
import { assembleGazetteerIndex } from "./assemble-gazetteer-index.ts";
import { collectCountries } from "./collect-countries.ts";
import type { GeoNamesCity } from "./read-geonames-cities.ts";

function city(fields: Partial<GeoNamesCity> & Pick<GeoNamesCity, "geonameId" | "name" | "country">): GeoNamesCity {
  return {
    asciiName: fields.name,
    alternateNames: [],
    lat: 0,
    lon: 0,
    featureCode: "PPL",
    admin1Code: "",
    population: 0,
    ...fields,
  };
}

const countries = collectCountries(
  [
    {
      cca2: "SY",
      cca3: "SYR",
      name: { common: "Syria", official: "Syrian Arab Republic" },
      latlng: [35, 38],
      demonyms: { eng: { m: "Syrian", f: "Syrian" } },
    },
    { cca2: "US", cca3: "USA", name: { common: "United States", official: "United States of America" }, latlng: [38, -97] },
  ],
  [{ alias: "Yanks", country: "US", kind: "demonym", why: "test" }],
);

const index = assembleGazetteerIndex({
  cities: [
    city({
      geonameId: 1,
      name: "Tadmur",
      country: "SY",
      admin1Code: "11",
      lat: 34.56,
      lon: 38.28,
      population: 51_015,
      alternateNames: ["Tadmor", "PMS"],
    }),
    city({ geonameId: 2, name: "Homs", country: "SY", admin1Code: "11", lat: 34.73, lon: 36.72, population: 775_404, featureCode: "PPLA" }),
    city({ geonameId: 3, name: "Palmyra", country: "US", admin1Code: "NY", lat: 43.06, lon: -77.23, population: 3_413 }),
  ],
  admin1Names: [
    { code: "SY.11", name: "Homs Governorate" },
    { code: "US.NY", name: "New York" },
  ],
  countries,
  placeAliases: [{ alias: "Palmyra", canonical: "Tadmur", country: "SY", why: "test" }],
  versions: { test: "1" },
  fingerprint: "abc",
});
// Through the file format, as the real loader does.
const gazetteer = openGazetteer(decodeGazetteerIndex(encodeGazetteerIndex(index)));

describe("assembleGazetteerIndex", () => {
  it("keys a place under its alias, shown under that name, ahead of a smaller namesake", () => {
    const found = gazetteer.findPlaces("Palmyra");
    assert.deepEqual(
      found.map((place) => [place.name, place.country]),
      [
        ["Palmyra", "SY"],
        ["Palmyra", "US"],
      ],
    );
    assert.equal(gazetteer.findPlaces("Tadmor")[0].name, "Palmyra");
  });

  it("keeps usable alternate names only", () => {
    assert.deepEqual(gazetteer.findPlaces("PMS"), []);
  });

  it("turns GeoNames division codes into division places named in full and bare", () => {
    const [division] = gazetteer.findPlaces("Homs Governorate");
    assert.deepEqual(
      { name: division.name, kind: division.kind, admin1: division.admin1, lat: division.lat },
      { name: "Homs Governorate", kind: "admin1", admin1: "Homs Governorate", lat: 34.73 },
    );
    assert.deepEqual(
      gazetteer.findPlaces("Homs").map((place) => place.kind),
      ["admin1", "city"],
    );
    assert.equal(gazetteer.findPlaces("Homs")[1].admin1, "Homs Governorate");
  });

  it("records aliases from the country file", () => {
    assert.equal(gazetteer.country("Yanks")?.code, "US");
  });

  it("fails when an alias names a place the data lacks", () => {
    assert.throws(
      () =>
        assembleGazetteerIndex({
          cities: [],
          admin1Names: [],
          countries,
          placeAliases: [{ alias: "X", canonical: "Nowhere", country: "SY", why: "test" }],
          versions: {},
          fingerprint: "",
        }),
      /no place "Nowhere" in SY/,
    );
  });
});
