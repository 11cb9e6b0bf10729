/**
 * Every editable field, edited through the API, reaches the store, the listing (and its
 * filters) and every export format, on SQLite and on PostgreSQL; a value of the wrong shape is a
 * 400 naming the field and changes nothing. A date is edited as the web view's date input sends
 * it (a bare day), and cleared with null.
 */

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { createPostgresStore } from "../../storage/postgres/postgres-store.ts";
import { createSqliteStore } from "../../storage/sqlite/sqlite-store.ts";
import type { Store } from "../../storage/store.ts";
import { DESK, MONITOR, WIRE } from "./api-fixture.ts";
import { createApp } from "./create-app.ts";

/** The PostgreSQL server the tests use: $SITREP_TEST_PG, or the local one (trust auth, database "test"). */
const PG_SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

interface Opened {
  store: Store;
  dispose(): Promise<void>;
}

const STORES: Record<string, () => Opened> = {
  SQLite: () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-review-edits-"));
    const store = createSqliteStore(join(dir, "sitrep.db"));
    return { store, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  PostgreSQL: () => {
    const schema = `sitrep_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    return {
      store: createPostgresStore(`${PG_SERVER}?schema=${schema}`),
      dispose: async () => {
        const client = new pg.Client({ connectionString: PG_SERVER });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};

type Json = Record<string, unknown>;

/** What one event looks like wherever it is served. */
interface Views {
  detail: Json;
  listed: Json;
  json: Json;
  jsonl: Json;
  feature: { geometry: { coordinates: number[] } | null; properties: Json };
  csv: Record<string, string>;
}

interface Edit {
  field: string;
  value: unknown;
  check(v: Views): void;
  /** A filter of `/api/events` that must now find the event. */
  finds?: string;
}

const EDITS: Edit[] = [
  {
    field: "type",
    value: "abduction_forced_disappearance",
    finds: "type=abduction_forced_disappearance",
    check: (v) => {
      assert.equal(v.detail["type"], "abduction_forced_disappearance");
      assert.equal(v.feature.properties["type"], "abduction_forced_disappearance");
      assert.equal(v.csv["sub_event_type"], "Abduction/forced disappearance");
      assert.equal(v.csv["event_type"], "Violence against civilians");
    },
  },
  {
    field: "date",
    value: "2025-01-02",
    finds: "since=2025-01-02&until=2025-01-02",
    check: (v) => {
      for (const e of [v.detail, v.listed, v.json, v.jsonl]) {
        assert.equal(e["date"], "2025-01-02");
        assert.equal(e["date_precision"], "day");
      }
      assert.equal(v.feature.properties["date"], "2025-01-02");
      assert.equal(v.csv["event_date"], "2025-01-02");
      assert.equal(v.csv["year"], "2025");
      assert.equal(v.csv["time_precision"], "1");
    },
  },
  {
    field: "date",
    value: { date: "2025-03-01", date_precision: "month", date_end: "2025-03-31" },
    finds: "since=2025-03-15&until=2025-03-15",
    check: (v) => {
      assert.equal(v.detail["date"], "2025-03-01");
      assert.equal(v.detail["date_end"], "2025-03-31");
      assert.equal(v.feature.properties["date_precision"], "month");
      assert.equal(v.csv["time_precision"], "3");
    },
  },
  {
    field: "date",
    value: null,
    check: (v) => {
      assert.equal(v.detail["date"], null);
      assert.equal(v.detail["date_precision"], null);
      assert.equal(v.csv["event_date"], "");
    },
  },
  {
    field: "location",
    value: { name: "Ansongo", admin1: "Gao", country: "ML", lat: 15.66, lon: 0.5, precision: "near" },
    finds: "country=ML&bbox=0,15,1,16",
    check: (v) => {
      assert.deepEqual(v.detail["location"], { name: "Ansongo", admin1: "Gao", country: "ML", lat: 15.66, lon: 0.5, precision: "near" });
      assert.deepEqual(v.feature.geometry?.coordinates, [0.5, 15.66]);
      assert.equal(v.feature.properties["place"], "Ansongo");
      assert.equal(v.csv["location"], "Ansongo");
      assert.equal(v.csv["admin1"], "Gao");
      assert.equal(v.csv["country"], "Mali");
      assert.equal(v.csv["latitude"], "15.66");
      assert.equal(v.csv["geo_precision"], "2");
    },
  },
  {
    field: "location",
    value: null,
    check: (v) => {
      assert.equal(v.detail["location"], null);
      assert.equal(v.feature.geometry, null);
      assert.equal(v.csv["location"], "");
    },
  },
  {
    field: "actor1",
    value: "  Ridge Brigade ",
    finds: "actor=ridge%20brigade",
    check: (v) => {
      for (const e of [v.detail, v.listed, v.json, v.jsonl]) assert.equal(e["actor1"], "Ridge Brigade");
      assert.equal(v.feature.properties["actor1"], "Ridge Brigade");
      assert.equal(v.csv["actor1"], "Ridge Brigade");
    },
  },
  {
    field: "actor2",
    value: "Civilians (Mali)",
    check: (v) => {
      assert.equal(v.detail["actor2"], "Civilians (Mali)");
      assert.equal(v.csv["actor2"], "Civilians (Mali)");
    },
  },
  {
    field: "actor2",
    value: null,
    check: (v) => {
      assert.equal(v.detail["actor2"], null);
      assert.equal(v.csv["actor2"], "");
    },
  },
  {
    field: "fatalities",
    value: 9,
    check: (v) => {
      for (const e of [v.detail, v.listed, v.json, v.jsonl]) assert.deepEqual(e["fatalities"], { min: 9, max: 9 });
      assert.equal(v.feature.properties["fatalities_max"], 9);
      assert.equal(v.csv["fatalities"], "9");
    },
  },
  {
    field: "fatalities",
    value: { min: 4, max: null },
    check: (v) => {
      assert.deepEqual(v.detail["fatalities"], { min: 4, max: null });
      assert.equal(v.csv["fatalities"], "4");
    },
  },
  {
    field: "injured",
    value: 11,
    check: (v) => {
      for (const e of [v.detail, v.listed, v.json, v.jsonl]) assert.equal(e["injured"], 11);
      assert.equal(v.feature.properties["injured"], 11);
    },
  },
  {
    field: "injured",
    value: null,
    check: (v) => assert.equal(v.detail["injured"], null),
  },
];

/** Values of the wrong shape, each with what the answer must say. */
const BAD: Array<[field: string, value: unknown, says: RegExp]> = [
  ["date", "2 January 2025", /^value: expected YYYY-MM-DD \(for field date\)/],
  ["date", "2025-02-30", /for field date/],
  ["date", 20250102, /^value: expected a day YYYY-MM-DD, \{date, date_precision, date_end\} or null/],
  ["date", { date: "2025-01-05", date_end: "2025-01-01" }, /^value\.date_end: is before date/],
  ["date", { date: "2025-01-05", date_precision: "decade" }, /^value\.date_precision/],
  ["type", null, /^value: expected an event type slug/],
  ["type", "skirmish", /^value: expected an event type slug/],
  ["location", { name: "Gao", country: "Mali" }, /^value\.country: expected a two-letter/],
  ["location", { name: "Gao", country: "QQ" }, /^value\.country: is not an ISO 3166-1 country code/],
  ["location", { name: "Gao", lat: 16.3 }, /^value\.lon: give both lat and lon/],
  ["location", { name: "Gao", lat: 95, lon: 0 }, /^value\.lat/],
  ["location", {}, /^value\.name/],
  ["location", "Gao", /for field location/],
  ["actor1", "", /^value: expected the actor's name, not empty text/],
  ["actor1", "Ridge\u0000Brigade", /^value: holds a control character/],
  ["actor2", { name: "Ridge Brigade" }, /^value: expected the actor's name as text/],
  ["fatalities", "many", /^value: expected a whole number, \{min, max\} or null/],
  ["fatalities", -1, /for field fatalities/],
  ["fatalities", { min: 5, max: 2 }, /^value: min is above max/],
  ["fatalities", {}, /^value\.min/],
  ["injured", 2.5, /^value: expected a whole number of people or null/],
  ["injured", { min: 1, max: 2 }, /^value: expected a whole number of people or null/],
];

for (const [label, open] of Object.entries(STORES)) {
  describe(`review edits reach every view of the event (${label})`, () => {
    let opened: Opened;
    let app: OpenAPIHono;
    let token: string;
    let id: string;

    const request = (path: string, init: RequestInit = {}) => app.request(path, init);
    const getJson = async (path: string) => {
      const res = await request(path);
      assert.equal(res.status, 200, `${path}: ${res.status}`);
      return (await res.json()) as Json;
    };
    const review = async (body: unknown) => {
      const res = await request(`/api/events/${id}/review`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Json };
    };
    const views = async (): Promise<Views> => {
      const detail = (await getJson(`/api/events/${encodeURIComponent(id)}`))["event"] as Json;
      const listed = ((await getJson("/api/events?limit=100"))["events"] as Json[]).find((e) => e["id"] === id)!;
      const json = ((await getJson("/api/export?format=json"))["events"] as Json[]).find((e) => e["id"] === id)!;
      const jsonlText = await (await request("/api/export?format=jsonl")).text();
      const jsonl = jsonlText
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Json)
        .find((e) => e["id"] === id)!;
      const features = (await getJson("/api/export?format=geojson"))["features"] as Views["feature"][];
      const feature = features.find((f) => f.properties["id"] === id)!;
      const rows = parse(await (await request("/api/export?format=csv&include_incomplete=true")).text(), { columns: true }) as Array<
        Record<string, string>
      >;
      const csv = rows.find((r) => r["event_id_cnty"]!.endsWith(id.replace(/^ev_/, "")))!;
      for (const [name, view] of Object.entries({ listed, json, jsonl, feature, csv })) assert.ok(view, `the event is in ${name}`);
      return { detail, listed, json, jsonl, feature, csv };
    };

    before(async () => {
      opened = open();
      app = createApp(opened.store);
      token = await opened.store.createToken("desk", "write");
      for (const article of [WIRE, MONITOR, DESK]) {
        const res = await request("/api/articles", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify(article),
        });
        assert.equal(res.status, 201, await res.text());
      }
      const events = (await getJson("/api/events"))["events"] as Json[];
      id = String(events.find((e) => (e["location"] as Json | null)?.["name"] === "Gao")!["id"]);
    });
    after(async () => {
      await opened.store.close();
      await opened.dispose();
    });

    for (const edit of EDITS) {
      it(`edits ${edit.field} to ${JSON.stringify(edit.value)}`, async () => {
        const answer = await review({ action: "edit", field: edit.field, value: edit.value });
        assert.deepEqual(answer, { status: 200, body: { events: [id] } });
        const v = await views();
        assert.equal(v.detail["status"], "reviewed");
        assert.ok(edit.field in (v.detail["machine"] as Json), "the machine's value is kept beside");
        edit.check(v);
        if (edit.finds) {
          const found = (await getJson(`/api/events?${edit.finds}`))["events"] as Json[];
          assert.ok(
            found.some((e) => e["id"] === id),
            `/api/events?${edit.finds} finds it`,
          );
        }
      });
    }

    it("refuses a value of the wrong shape with a 400 naming the field, and changes nothing", async () => {
      const before = await views();
      const reviews = ((await getJson(`/api/events/${encodeURIComponent(id)}`))["reviews"] as unknown[]).length;
      for (const [field, value, says] of BAD) {
        const answer = await review({ action: "edit", field, value });
        assert.equal(answer.status, 400, `${field} ${JSON.stringify(value)}`);
        assert.match(String(answer.body["error"]), says, `${field} ${JSON.stringify(value)}`);
        assert.match(String(answer.body["error"]), new RegExp(`for field ${field}`));
      }
      assert.equal(((await getJson(`/api/events/${encodeURIComponent(id)}`))["reviews"] as unknown[]).length, reviews);
      const after = await views();
      assert.deepEqual(after.detail, before.detail);
      assert.deepEqual(after.csv, { ...before.csv, timestamp: after.csv["timestamp"] });
    });

    it("refuses a note with a control character, and the machine's own date shape restores its date", async () => {
      const bad = await review({ action: "confirm", note: "checked\u0000" });
      assert.equal(bad.status, 400);
      assert.match(String(bad.body["error"]), /^note: holds a control character/);
      const machine = ((await getJson(`/api/events/${encodeURIComponent(id)}`))["event"] as Json)["machine"] as Json;
      const restored = await review({ action: "edit", field: "date", value: machine["date"] });
      assert.equal(restored.status, 200);
      const detail = (await getJson(`/api/events/${encodeURIComponent(id)}`))["event"] as Json;
      assert.deepEqual(
        { date: detail["date"], date_precision: detail["date_precision"], date_end: detail["date_end"] ?? null },
        machine["date"],
      );
    });
  });
}
