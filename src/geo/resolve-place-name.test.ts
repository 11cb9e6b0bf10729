import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolvePlaceName } from "./resolve-place-name.ts";

// These tests read the generated index: `npm run build:gazetteer` first.

describe("resolvePlaceName", () => {
  it("prefers a city over the governorate named after it", () => {
    const homs = resolvePlaceName("Homs", {});
    assert.deepEqual([homs?.kind, homs?.country, homs?.admin1], ["city", "SY", "Homs"]);
    assert.equal(resolvePlaceName("Kirkuk", {})?.kind, "city");
    assert.equal(resolvePlaceName("Damascus", {})?.kind, "city");
  });

  it("keeps a division when the text names one", () => {
    assert.equal(resolvePlaceName("Kirkuk province", { countryHint: "IQ" })?.kind, "admin1");
    assert.equal(resolvePlaceName("Cabo Delgado", {})?.kind, "admin1");
  });

  it("prefers the hinted country", () => {
    assert.equal(resolvePlaceName("Tripoli", { countryHint: "LY" })?.country, "LY");
    assert.equal(resolvePlaceName("Tripoli", { countryHint: "LB" })?.country, "LB");
    assert.equal(resolvePlaceName("Tripoli", { countryHint: "Lebanon" })?.country, "LB");
    assert.equal(resolvePlaceName("Samarra", { countryHint: "IQ" })?.country, "IQ");
  });

  it("prefers the namesake near the article's other places", () => {
    const nearHoms = [{ lat: 34.73, lon: 36.72 }];
    assert.equal(resolvePlaceName("Tripoli", { nearPlaces: nearHoms })?.country, "LB");
  });

  it("takes a large place abroad, but not a foreign hamlet, when the hint does not fit", () => {
    assert.equal(resolvePlaceName("Tel Aviv", { countryHint: "PS" })?.country, "IL");
    assert.equal(resolvePlaceName("Metula", { countryHint: "LB" }), null);
    const nearKfarKila = [{ lat: 33.28, lon: 35.57 }];
    assert.equal(resolvePlaceName("Metula", { countryHint: "LB", nearPlaces: nearKfarKila })?.country, "IL");
  });

  it("takes a town of some size across a border of the hinted country, under its own name only", () => {
    // Safed (about 36,000 people) is in Israel, next to Lebanon; Madaba (about 60,000) is in Jordan, which is not.
    assert.equal(resolvePlaceName("Safed", { countryHint: "LB" })?.country, "IL");
    assert.equal(resolvePlaceName("Madaba", { countryHint: "LB" }), null);
    // Spelt as the other side spells it.
    assert.equal(resolvePlaceName("Safad", { countryHint: "LB" })?.name, "Safed");
  });

  it("finds villages that only the later GeoNames extract lists, however the words are spaced", () => {
    const village = resolvePlaceName("Kfarkila", { countryHint: "LB" });
    assert.deepEqual([village?.name, village?.country, village?.kind], ["Kfar Kila", "LB", "city"]);
  });

  it("does not follow a foreign town's alternate name abroad unless the town is a world city", () => {
    assert.equal(resolvePlaceName("Hamas", { countryHint: "PS" }), null);
    assert.equal(resolvePlaceName("Kiev", { countryHint: "RU" })?.country, "UA");
  });

  it("does not take a loosely spelt small town abroad", () => {
    assert.equal(resolvePlaceName("Sevare", {}), null);
    assert.equal(resolvePlaceName("Khiam", { countryHint: "LB" }), null);
  });

  it("resolves loose transliterations in the hinted country", () => {
    assert.equal(resolvePlaceName("Deir al-Zour", { countryHint: "SY" })?.name, "Deir ez-Zor");
  });

  it("is null for a name the gazetteer lacks", () => {
    assert.equal(resolvePlaceName("Xqzzyville", { countryHint: "SY" }), null);
  });

  it("answers a repeated question alike, whatever the caller did with the first answer", () => {
    const first = resolvePlaceName("Homs", { countryHint: "SY" });
    assert.ok(first);
    const expected = { ...first };
    first.lat = 0;
    assert.deepEqual(resolvePlaceName("Homs", { countryHint: "SY" }), expected);
    assert.equal(resolvePlaceName("Tripoli", { countryHint: "LB" })?.country, "LB");
    assert.equal(resolvePlaceName("Tripoli", { countryHint: "LY" })?.country, "LY");
  });
});
