import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { EVENT_TYPE_LABELS, SUB_EVENT_LABELS } from "../core/event-types.ts";
import { CLAIMED_FIELDS, type ActorValue, type StoredEvent } from "../core/model.ts";
import { readTsv } from "../core/data-file.ts";
import { ACLED_ACTOR_TYPES } from "./acled-codes.ts";
import { ACLED_COLUMNS, ACLED_INTEGER_COLUMNS, acledCsv, acledRow, incompleteReasons, type AcledContext } from "./acled-csv.ts";
import { NOTE_LIMIT } from "./acled-notes.ts";

/** A stored event as the store serves it, with the actors' kinds claimed by one source. */
function event(over: Partial<StoredEvent> & { a1?: ActorValue; a2?: ActorValue }): StoredEvent {
  const { a1, a2, ...rest } = over;
  const claims = Object.fromEntries(CLAIMED_FIELDS.map((f) => [f, []])) as unknown as StoredEvent["claims"];
  const claim = (value: ActorValue) => ({ article: "a1", value, evidence: { start: 0, end: 1, text: "x" }, rule: "test" });
  if (a1) claims.actor1 = [claim(a1)];
  if (a2) claims.actor2 = [claim(a2)];
  return {
    id: "ev_0123456789ab",
    type: "attack",
    date: "2025-06-10",
    date_precision: "day",
    date_end: null,
    location: { name: "Akure", admin1: "Ondo State", country: "NG", lat: 7.25, lon: 5.19, precision: "exact" },
    actor1: a1?.name ?? null,
    actor2: a2?.name ?? null,
    fatalities: { min: 4, max: 4 },
    injured: null,
    sources: [
      {
        article: "a1",
        evidence: [
          { start: 0, end: 60, text: "Residents said the attackers came at dawn and left before noon." },
          { start: 61, end: 120, text: "Gunmen killed four farmers near Akure on Tuesday, police said." },
          { start: 121, end: 160, text: "Officials gave no further details." },
        ],
      },
    ],
    independent_sources: 1,
    claims,
    disagreements: [],
    status: "machine",
    version: 1,
    ...rest,
  };
}

const CONTEXT: AcledContext = { outletOf: () => "Test Outlet", actorByName: () => null, timestamp: 1_750_000_000 };
const gunmen: ActorValue = { name: "Unidentified armed group (Nigeria)", kind: "armed_group", country: "NG" };
const farmers: ActorValue = { name: "Civilians (Nigeria)", kind: "civilians", country: "NG" };

/** A spread of events: every actor kind, every date precision, countries whose names ACLED writes its own way. */
const EVENTS: StoredEvent[] = [
  event({ a1: gunmen, a2: farmers }),
  event({
    id: "ev_1111111111aa",
    type: "air_drone_strike",
    a1: { name: "Israel", kind: "state", country: "IL" },
    a2: { name: "Hezbollah", kind: "armed_group", country: "LB" },
    location: { name: "Nabatieh", admin1: "Nabatieh Governorate", country: "LB", lat: 33.38, lon: 35.48, precision: "exact" },
    fatalities: { min: 12, max: null },
  }),
  event({
    id: "ev_2222222222bb",
    type: "armed_clash",
    date: "2025-03-03",
    date_end: "2025-03-09",
    date_precision: "week",
    a1: { name: "Military Forces of the Democratic Republic of Congo", kind: "state", country: "CD" },
    a2: { name: "M23: March 23 Movement", kind: "armed_group", country: "CD" },
    location: { name: "North Kivu", admin1: "North Kivu", country: "CD", lat: -1.6, lon: 29.2, precision: "admin1" },
    fatalities: null,
  }),
  event({
    id: "ev_3333333333cc",
    type: "violent_demonstration",
    date: "2025-11-01",
    date_end: "2025-11-30",
    date_precision: "month",
    a1: { name: "Rioters (Turkey)", kind: "protesters", country: "TR" },
    a2: { name: "Police Forces of Turkey", kind: "state", country: "TR" },
    location: { name: "Istanbul", admin1: "Istanbul", country: "TR", lat: 41.0, lon: 28.9, precision: "near" },
    fatalities: { min: 0, max: 0 },
  }),
  event({
    id: "ev_4444444444dd",
    type: "peaceful_protest",
    a1: { name: "Protesters (Kenya)", kind: "protesters", country: "KE" },
    location: { name: "Kenya", admin1: null, country: "KE", lat: 0.1, lon: 37.9, precision: "country" },
    fatalities: null,
  }),
];

function parsedRows(events: StoredEvent[]): Array<Record<string, string>> {
  return parse(acledCsv(events.map((e) => acledRow(e, CONTEXT))), { columns: true, skip_empty_lines: true }) as Array<
    Record<string, string>
  >;
}

describe("ACLED CSV rows, read back by a real CSV parser", () => {
  const rows = parsedRows(EVENTS);
  const interactions = new Set(readTsv(new URL("acled-interactions.tsv", import.meta.url)).map((r) => r[1]));

  it("keeps every column within ACLED's codebook vocabulary", () => {
    assert.deepEqual(Object.keys(rows[0]!), [...ACLED_COLUMNS]);
    for (const row of rows) {
      for (const column of ACLED_INTEGER_COLUMNS) assert.match(row[column]!, /^\d+$/, `${column} of ${row["event_id_cnty"]}`);
      assert.match(row["event_date"]!, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(Object.values(EVENT_TYPE_LABELS).includes(row["event_type"]!), row["event_type"]);
      assert.ok(Object.values(SUB_EVENT_LABELS).includes(row["sub_event_type"]!), row["sub_event_type"]);
      for (const column of ["inter1", "inter2"]) assert.ok(["", ...ACLED_ACTOR_TYPES].includes(row[column]!), `${column}: ${row[column]}`);
      assert.notEqual(row["inter1"], "");
      assert.ok(interactions.has(row["interaction"]), row["interaction"]);
      assert.match(row["country"]!, /^[A-Za-z][A-Za-z ,.'-]+$/);
      assert.doesNotMatch(row["admin1"]!, /\b(?:State|Region|Province|Governorate)$/);
      assert.ok(row["notes"]!.length > 0 && row["notes"]!.length <= NOTE_LIMIT, row["notes"]);
    }
  });

  it("codes armed men nobody named as ACLED does", () => {
    const row = rows[0]!;
    assert.equal(row["actor1"], "Unidentified Armed Group (Nigeria)");
    assert.equal(row["inter1"], "Political militia");
    assert.equal(row["inter2"], "Civilians");
    assert.equal(row["interaction"], "Political militia-Civilians");
    assert.equal(row["civilian_targeting"], "Civilian targeting");
    assert.equal(row["admin1"], "Ondo");
  });

  it("names a state's forces and the countries as ACLED's data does", () => {
    const strike = rows[1]!;
    assert.equal(strike["actor1"], "Military Forces of Israel");
    assert.equal(strike["inter1"], "External/Other forces");
    assert.equal(strike["country"], "Lebanon");
    assert.equal(strike["admin1"], "Nabatieh");
    assert.equal(rows[2]!["country"], "Democratic Republic of Congo");
    assert.equal(rows[2]!["interaction"], "State forces-Rebel group");
    assert.equal(rows[3]!["country"], "Turkey");
    assert.equal(rows[3]!["interaction"], "State forces-Rioters");
  });

  it("dates a week or a month on its middle day, with ACLED's precision", () => {
    assert.equal(rows[2]!["event_date"], "2025-03-06");
    assert.equal(rows[2]!["time_precision"], "2");
    assert.equal(rows[3]!["event_date"], "2025-11-15");
    assert.equal(rows[3]!["time_precision"], "3");
  });

  it("keeps one conservative toll: the floor of a range, 0 when no number was given", () => {
    assert.equal(rows[1]!["fatalities"], "12");
    assert.equal(rows[2]!["fatalities"], "0");
    assert.equal(rows[0]!["fatalities"], "4");
  });

  it("writes a short note from the fields and the shortest sentence naming the place", () => {
    const note = rows[0]!["notes"]!;
    assert.match(
      note,
      /^On 10 June 2025, Unidentified Armed Group \(Nigeria\) attacked Civilians \(Nigeria\) in Akure \(Ondo\), Nigeria\. 4 fatalities\./,
    );
    assert.match(note, /Source: "Gunmen killed four farmers near Akure on Tuesday, police said\."$/);
    assert.match(rows[4]!["notes"]!, /Protesters \(Kenya\) protested peacefully in Kenya\./);
  });

  it("cuts a long evidence sentence to keep the note within its limit", () => {
    const long =
      "Witnesses in Akure described the attack at length, " + "and the word of it spread from village to village ".repeat(20) + "by night.";
    const e = event({ a1: gunmen, a2: farmers, sources: [{ article: "a1", evidence: [{ start: 0, end: long.length, text: long }] }] });
    const note = parsedRows([e])[0]!["notes"]!;
    assert.ok(note.length <= NOTE_LIMIT, String(note.length));
    assert.match(note, /…"$/);
  });

  it("tells what an incomplete event lacks", () => {
    assert.deepEqual(incompleteReasons(EVENTS[0]!), []);
    assert.deepEqual(incompleteReasons(event({ date: null, location: null })), ["without a date", "without actor1", "without a country"]);
  });
});
