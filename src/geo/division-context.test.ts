import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDivisionContext, resolveInContext } from "./division-context.ts";
import { loadGazetteer } from "./gazetteer.ts";

// These tests read the generated index: `npm run build:gazetteer` first.

describe("readDivisionContext", () => {
  const gazetteer = loadGazetteer();

  it("finds the country and province that divisions written together name", () => {
    const context = readDivisionContext(
      [
        { name: "Mocimboa da Praia", level: null },
        { name: "Cabo Delgado", level: null },
      ],
      gazetteer,
      null,
    );
    assert.equal(context?.country, "MZ");
    assert.match(context?.admin1?.name ?? "", /Cabo Delgado/);
  });

  it("reads a province name as the province, not the city named like it", () => {
    const context = readDivisionContext([{ name: "Kharkiv", level: null }], gazetteer, null);
    assert.deepEqual([context?.country, context?.admin1?.kind, context?.district], ["UA", "admin1", null]);
  });

  it("keeps a district written as one though the gazetteer files it under a province split off the one written", () => {
    const context = readDivisionContext(
      [
        { name: "Mimika", level: "district" },
        { name: "Papua", level: "admin1" },
      ],
      gazetteer,
      null,
    );
    assert.deepEqual([context?.country, context?.district?.name, context?.district?.kind], ["ID", "Mimika", "admin2"]);
  });

  it("knows nothing from words that name no division", () => {
    assert.equal(readDivisionContext([{ name: "Tuesday", level: null }], gazetteer, null), null);
  });
});

describe("resolveInContext", () => {
  const gazetteer = loadGazetteer();

  it("takes the namesake inside the province written, not a larger one elsewhere", () => {
    const context = readDivisionContext([{ name: "Manipur", level: null }], gazetteer, null)!;
    const place = resolveInContext("Bishnupur", context, gazetteer);
    assert.deepEqual([place?.country, place?.admin1], ["IN", "Manipur"]);
  });

  it("finds nothing when the name is only elsewhere: the village is missing, not abroad", () => {
    const context = readDivisionContext([{ name: "Cabo Delgado", level: "admin1" }], gazetteer, null)!;
    assert.equal(resolveInContext("Praia", context, gazetteer), null);
  });
});

describe("resolveInContext beyond the province written", () => {
  const gazetteer = loadGazetteer();

  it("takes a large city of the country though the gazetteer files it in another province", () => {
    const context = readDivisionContext([{ name: "Manipur", level: "admin1" }], gazetteer, null)!;
    assert.equal(resolveInContext("Kolkata", context, gazetteer)?.country, "IN");
    assert.equal(resolveInContext("Kolkata", context, gazetteer)?.kind, "city");
  });
});

describe("readDivisionContext counting every item", () => {
  it("prefers the country where a town and its district are both found over one matching a single item", () => {
    const context = readDivisionContext(
      [
        { name: "Pandi", level: null },
        { name: "Bulacan", level: null },
      ],
      loadGazetteer(),
      null,
    );
    assert.equal(context?.country, "PH");
  });
});

describe("readDivisionContext with spellings of its own", () => {
  it("reads a loosely spelt capital named like its province as the province, and no other province", () => {
    assert.equal(readDivisionContext([{ name: "Idleb", level: null }], loadGazetteer(), null)?.admin1?.name, "Idlib");
    assert.equal(readDivisionContext([{ name: "Shan", level: "admin1" }], loadGazetteer(), null)?.country, "MM");
  });
});

describe("resolveInContext for a town known only as its district", () => {
  it("takes the district's seat", () => {
    const context = readDivisionContext([{ name: "Rajshahi", level: "admin1" }], loadGazetteer(), null)!;
    assert.equal(resolveInContext("Naogaon", context, loadGazetteer())?.kind, "admin2");
  });
});
