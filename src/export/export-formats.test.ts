import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { check } from "@placemarkio/check-geojson";
import { parse } from "csv-parse/sync";
import { filledFixture, type Fixture } from "../interfaces/http/api-fixture.ts";
import { ACLED_COLUMNS } from "./acled-csv.ts";
import { writeExport } from "./export-formats.ts";

describe("export formats, each read back by a real parser", () => {
  let f: Fixture;
  let ids: string[];
  before(async () => {
    f = await filledFixture();
    ids = (await f.store.listEvents()).map((e) => e.id);
  });
  after(() => f.close());

  it("JSON Lines: one event a line, the same events as the JSON export", async () => {
    const text = await writeExport(f.store, "jsonl");
    const lines = text.trimEnd().split("\n");
    assert.equal(lines.length, ids.length);
    const json = JSON.parse(await writeExport(f.store, "json")) as { events: unknown[] };
    assert.deepEqual(
      lines.map((l) => JSON.parse(l)),
      json.events,
    );
  });

  it("GeoJSON: a valid FeatureCollection with a point per located event, longitude first", async () => {
    const text = await writeExport(f.store, "geojson");
    const collection = check(text);
    assert.equal(collection.type, "FeatureCollection");
    assert.equal(collection.features.length, ids.length);
    const gao = collection.features.find((x) => x.properties?.["place"] === "Gao")!;
    assert.equal(gao.geometry?.type, "Point");
    const [lon, lat] = (gao.geometry as { coordinates: number[] }).coordinates;
    assert.ok(lon! > -1 && lon! < 1 && lat! > 16 && lat! < 17, `Gao is at ${lon},${lat}`);
    assert.equal(gao.properties?.["country"], "ML");
    assert.equal(typeof gao.properties?.["fatalities_min"], "number");
  });

  it("CSV: ACLED's columns in ACLED's order, values ACLED's tools expect, text surviving quoting", async () => {
    const text = await writeExport(f.store, "csv");
    const rows = parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    assert.deepEqual(Object.keys(rows[0]!), [...ACLED_COLUMNS]);
    assert.equal(rows.length, ids.length);
    const gao = rows.find((r) => r["location"] === "Gao")!;
    assert.match(gao["event_id_cnty"]!, /^MLI[0-9a-f]{12}$/);
    assert.equal(gao["iso"], "466");
    assert.equal(gao["country"], "Mali");
    assert.equal(gao["region"], "Western Africa");
    assert.equal(gao["event_type"], "Battles");
    assert.equal(gao["sub_event_type"], "Armed clash");
    assert.equal(gao["disorder_type"], "Political violence");
    assert.equal(gao["time_precision"], "1");
    assert.equal(gao["year"], gao["event_date"]!.slice(0, 4));
    assert.equal(gao["fatalities"], "7");
    assert.match(gao["source"]!, /Northern Wire/);
    assert.match(gao["source"]!, /Sahel Monitor/);
    assert.match(gao["notes"]!, /ambushed/);
    assert.match(gao["tags"]!, /sitrep_id=ev_[0-9a-f]{12}/);
    assert.ok(Number(gao["latitude"]) > 16);
    const idlib = rows.find((r) => r["location"] === "Idlib" && r["sub_event_type"] === "Air/drone strike")!;
    assert.equal(idlib["region"], "Middle East");
    assert.equal(idlib["iso"], "760");
  });

  it("CSV: leaves out events ACLED would not have, says how many and why, and keeps them when asked", async () => {
    const all = await f.store.listEvents();
    const incomplete = all.filter((e) => !e.date || !e.actor1 || !e.location?.country);
    let told: { count: number; byReason: object } | null = null;
    const text = await writeExport(f.store, "csv", {}, { onLeftOut: (count, byReason) => (told = { count, byReason }) });
    const rows = parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, all.length - incomplete.length);
    for (const row of rows) assert.ok(row["event_date"] && row["actor1"] && row["country"], JSON.stringify(row));
    if (incomplete.length > 0) assert.equal(told!.count, incomplete.length);
    else assert.equal(told, null);
    const kept = parse(await writeExport(f.store, "csv", {}, { includeIncomplete: true }), { columns: true, skip_empty_lines: true });
    assert.equal(kept.length, all.length);
  });

  it("applies the event filters to every format", async () => {
    for (const format of ["jsonl", "geojson", "csv"] as const) {
      const text = await writeExport(f.store, format, { country: "ML" });
      assert.ok(text.includes("Gao"), format);
      assert.ok(!text.includes("Idlib"), format);
    }
  });
});
