import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadGazetteer, type GazetteerPlace } from "./gazetteer.ts";
import * as gazetteerModule from "./gazetteer.ts";

// These tests read the generated index: `npm run build:gazetteer` first.
const gazetteer = loadGazetteer();

function first(name: string, country?: string): GazetteerPlace {
  const [place] = gazetteer.findPlaces(name, country);
  assert.ok(place, `no place found for "${name}"`);
  return place;
}

function firstCity(name: string, country?: string): GazetteerPlace {
  const place = gazetteer.findPlaces(name, country).find((candidate) => candidate.kind === "city");
  assert.ok(place, `no city found for "${name}"`);
  return place;
}

function assertNear(place: { lat: number; lon: number }, lat: number, lon: number, within = 0.2): void {
  assert.ok(Math.abs(place.lat - lat) < within && Math.abs(place.lon - lon) < within, JSON.stringify(place));
}

describe("loadGazetteer", () => {
  it("loads once and shares the result", () => {
    assert.equal(loadGazetteer(), gazetteer);
  });

  it("exports the documented surface", () => {
    assert.deepEqual(Object.keys(gazetteerModule).sort(), [
      "GazetteerLoadError",
      "countryAsPlace",
      "loadGazetteer",
      "loadGazetteerFrom",
      "openGazetteer",
    ]);
  });

  it("says how to build a missing index", () => {
    assert.throws(() => gazetteerModule.loadGazetteerFrom("/nonexistent/gazetteer.bin"), /npm run build:gazetteer/);
  });
});

describe("findPlaces", () => {
  it("finds Palmyra, shown by its English name, also as Tadmur", () => {
    const palmyra = first("Palmyra");
    assert.deepEqual([palmyra.name, palmyra.country, palmyra.admin1, palmyra.kind], ["Palmyra", "SY", "Homs", "city"]);
    assertNear(palmyra, 34.56, 38.28);
    assert.deepEqual(first("Tadmur"), palmyra);
  });

  it("finds Deir ez-Zor under the spellings news uses", () => {
    for (const spelling of ["Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr", "Deir al-Zor", "deir ezzor", "DEIR EZ ZOR"]) {
      const place = firstCity(spelling);
      assert.equal(place.country, "SY", spelling);
      assertNear(place, 35.34, 40.14);
    }
  });

  it("finds Homs the city and Homs the governorate", () => {
    const kinds = gazetteer.findPlaces("Homs", "SY").map((place) => place.kind);
    assert.deepEqual(kinds.slice(0, 2).sort(), ["admin1", "city"]);
    assertNear(firstCity("Homs"), 34.73, 36.72);
  });

  it("finds Tripoli in Libya first, and in Lebanon when asked", () => {
    assert.equal(firstCity("Tripoli").country, "LY");
    const lebanese = firstCity("Tripoli", "LB");
    assert.equal(lebanese.country, "LB");
    assertNear(lebanese, 34.43, 35.84);
    assert.equal(firstCity("Tripoli", "Lebanon").country, "LB");
  });

  it("finds the capitals and cities of recent conflicts", () => {
    const cases: [string, string, number, number][] = [
      ["Mogadishu", "SO", 2.04, 45.34],
      ["Kerman", "IR", 30.28, 57.08],
      ["Sanaa", "YE", 15.35, 44.21],
      ["Sana'a", "YE", 15.35, 44.21],
      ["Pretoria", "ZA", -25.74, 28.19],
      ["El Fasher", "SD", 13.63, 25.35],
      ["Al Fashir", "SD", 13.63, 25.35],
      ["Kirkuk", "IQ", 35.47, 44.39],
      ["Khan Younis", "PS", 31.34, 34.31],
      ["Khan Yunis", "PS", 31.34, 34.31],
      ["Marib", "YE", 15.46, 45.33],
    ];
    for (const [name, country, lat, lon] of cases) {
      const place = firstCity(name, country);
      assert.equal(place.country, country, name);
      assertNear(place, lat, lon);
      assert.equal(firstCity(name).country, country, `${name} without a country`);
    }
  });

  it("fills the first-level division of a city", () => {
    assert.equal(firstCity("Kerman", "IR").admin1, "Kerman");
    assert.equal(firstCity("Pretoria").admin1, "Gauteng");
    assert.equal(firstCity("El Fasher").admin1, "Northern Darfur");
  });

  it("finds a division named with its kind word", () => {
    const kirkuk = first("Kirkuk province");
    assert.deepEqual([kirkuk.kind, kirkuk.country, kirkuk.admin1], ["admin1", "IQ", "Kirkuk"]);
    assert.equal(first("Tahoua region").kind, "admin1");
    assert.equal(first("North Darfur").name, "Northern Darfur");
  });

  it("does not make unrelated towns meet", () => {
    assert.equal(first("Lome").country, "TG");
    assert.equal(first("Lima").country, "PE");
    assert.equal(firstCity("Hama").country, "SY");
    assert.notDeepEqual(firstCity("Hama"), firstCity("Homs"));
    assert.notEqual(first("Aden").country, first("Adana").country);
    assert.deepEqual(gazetteer.findPlaces("Oicha"), []);
  });

  it("treats a bare compass word as no place, though divisions bear such names", () => {
    assert.deepEqual(gazetteer.findPlaces("North"), []);
    assert.deepEqual(gazetteer.findPlaces("the Centre"), []);
    assert.equal(first("North-West", "CM").kind, "admin1");
  });

  it("can demand a place's own name rather than an alternate one", () => {
    assert.equal(first("Hamas").country, "DE", "GeoNames lists Hamas as a Lithuanian name of Hamm");
    assert.deepEqual(gazetteer.findPlaces("Hamas", undefined, { alternates: false }), []);
    assert.equal(first("Tripoli", undefined).country, "LY");
    assert.equal(gazetteer.findPlaces("Tripoli", undefined, { alternates: false })[0]?.country, "LY");
  });

  it("gives nothing for an unknown name or country", () => {
    assert.deepEqual(gazetteer.findPlaces("Xqzzyville"), []);
    assert.deepEqual(gazetteer.findPlaces("Homs", "Atlantis"), []);
    assert.deepEqual(gazetteer.findPlaces(""), []);
  });
});

describe("repeated lookups", () => {
  it("answer alike, and a caller changing one answer does not change the next", () => {
    const homs = gazetteer.findPlaces("Homs", "SY");
    const expected = structuredClone(homs);
    homs[0].name = "Changed";
    homs.length = 0;
    assert.deepEqual(gazetteer.findPlaces("Homs", "SY"), expected);
  });

  it("keep apart the same name asked about with other options or countries", () => {
    assert.ok(gazetteer.findPlaces("Hamas").length > 0);
    assert.deepEqual(gazetteer.findPlaces("Hamas", undefined, { alternates: false }), []);
    assert.ok(gazetteer.findPlaces("Tripoli", "LY").every((place) => place.country === "LY"));
    assert.ok(gazetteer.findPlaces("Tripoli", "LB").every((place) => place.country === "LB"));
    assert.deepEqual(gazetteer.findPlaces("Tripoli", ""), []);
  });

  it("keep country lookups with and without codes apart", () => {
    assert.equal(gazetteer.country("IS")?.code, "IS");
    assert.equal(gazetteer.country("IS", { codes: false }), null);
    assert.equal(gazetteer.country("IS")?.code, "IS");
  });
});

describe("country", () => {
  it("reads demonyms", () => {
    assert.equal(gazetteer.country("Syrian")?.code, "SY");
    assert.equal(gazetteer.country("Nigerien")?.code, "NE");
    assert.equal(gazetteer.country("Nigerian")?.code, "NG");
    assert.equal(gazetteer.country("Iraqi")?.code, "IQ");
    assert.equal(gazetteer.country("Iraqis")?.code, "IQ");
    assert.equal(gazetteer.country("Congolese")?.code, "CD");
  });

  it("reads names, with or without the article", () => {
    assert.equal(gazetteer.country("Syria")?.name, "Syria");
    assert.equal(gazetteer.country("the United States")?.code, "US");
    assert.equal(gazetteer.country("DR Congo")?.code, "CD");
    assert.equal(gazetteer.country("Ivory Coast")?.code, "CI");
    assert.equal(gazetteer.country("Turkey")?.code, "TR");
    assert.equal(gazetteer.country("Britain")?.code, "GB");
  });

  it("reads ISO codes in capitals only, and can be told to ignore them", () => {
    assert.equal(gazetteer.country("SY")?.code, "SY");
    assert.equal(gazetteer.country("SYR")?.code, "SY");
    assert.equal(gazetteer.country("U.S.")?.code, "US");
    assert.equal(gazetteer.country("in"), null);
    assert.equal(gazetteer.country("IS", { codes: false }), null);
    assert.equal(gazetteer.country("U.S.", { codes: false })?.code, "US");
  });

  it("gives a centre, demonyms and names", () => {
    const syria = gazetteer.country("Syria");
    assert.ok(syria);
    assertNear(syria, 35, 38, 1.5);
    assert.deepEqual(syria.demonyms, ["Syrian"]);
    assert.equal(syria.names[0], "Syria");
  });

  it("is null for what names no country", () => {
    assert.equal(gazetteer.country("Homs"), null);
    assert.equal(gazetteer.country("Salvador"), null);
    assert.equal(gazetteer.country("Kurdish"), null);
  });
});

describe("regionPoint", () => {
  it("puts northwestern Syria in Idlib and Latakia country", () => {
    const point = gazetteer.regionPoint("SY", "northwest");
    assert.ok(point && point.lat > 35.3 && point.lon < 37.2, JSON.stringify(point));
    assert.equal(gazetteer.admin1At(point.lat, point.lon, "SY") !== null, true);
  });

  it("orders the compass parts of a country", () => {
    const north = gazetteer.regionPoint("Syria", "north");
    const south = gazetteer.regionPoint("Syria", "south");
    const east = gazetteer.regionPoint("SY", "east");
    const west = gazetteer.regionPoint("SY", "west");
    assert.ok(north && south && east && west);
    assert.ok(north.lat > south.lat + 1 && east.lon > west.lon + 1);
  });

  it("is null for an unknown country", () => {
    assert.equal(gazetteer.regionPoint("Atlantis", "north"), null);
  });
});

describe("admin1At", () => {
  it("names the division containing a point", () => {
    assert.equal(gazetteer.admin1At(36.2, 37.16, "SY"), "Aleppo");
    assert.equal(gazetteer.admin1At(34.55, 38.27, "SY"), "Homs");
    assert.equal(gazetteer.admin1At(35.47, 44.39, "IQ"), "Kirkuk");
    assert.equal(gazetteer.admin1At(2.05, 45.32, "SO"), "Banaadir");
  });

  it("is null for an unknown country", () => {
    assert.equal(gazetteer.admin1At(36.2, 37.16, "Atlantis"), null);
  });
});
