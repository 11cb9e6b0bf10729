/**
 * The filters analysts ask for, on the command line: deaths, first-level division, actor kind,
 * independent sources and review, each in `events` and in every format of `export`, and each
 * refusing a bad value with the option's name and what it accepts. Each case runs the real
 * `sitrep` program.
 */

import { reviewEvent } from "../src/app/review-event.ts";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { EXPORT_FORMATS } from "../src/export/export-formats.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-analyst-"));
const db = join(dir, "store.db");

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Listed {
  id: string;
  location: { name: string; admin1: string | null } | null;
  status: string;
}

/** The places of the events `events` lists with these options. */
function places(...options: string[]): string[] {
  const r = sitrep("events", "--db", db, "--json", ...options);
  assert.equal(r.code, 0, r.err);
  return (JSON.parse(r.out) as Listed[]).map((e) => e.location?.name ?? "").sort();
}

const ARTICLES = {
  "ambush.txt": "Militants ambushed an army patrol near Gao in Mali on Monday, killing four soldiers, officials said.\n",
  "ambush-again.txt":
    "Four Malian soldiers died on Monday when militants attacked their patrol close to Gao, a local official told reporters.\n",
  "protest.txt": "Police fired tear gas at protesters in Kano, Nigeria, on Sunday, injuring three people, witnesses said.\n",
  "village.txt":
    "Gunmen attacked a village near Maiduguri in Borno State, Nigeria, on Saturday, killing eleven villagers, residents said.\n",
  "strike.txt": "A drone strike hit a truck near Idlib in Syria on Sunday, killing two fighters, a monitoring group said.\n",
};

before(async () => {
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  writeFileSync(
    join(dir, "manifest.jsonl"),
    [
      '{"id": "ambush", "file": "ambush.txt", "published": "2025-05-06", "outlet": "Wire One"}',
      '{"id": "ambush-again", "file": "ambush-again.txt", "published": "2025-05-06", "outlet": "Daily Two"}',
      '{"id": "protest", "file": "protest.txt", "published": "2025-05-05"}',
      '{"id": "village", "file": "village.txt", "published": "2025-05-04"}',
      '{"id": "strike", "file": "strike.txt", "published": "2025-05-05"}',
    ].join("\n"),
  );
  const r = sitrep("ingest", "--db", db, "--manifest", join(dir, "manifest.jsonl"));
  assert.equal(r.code, 0, r.err);
  // A reviewer confirms the drone strike.
  const store = createSqliteStore(db);
  const strike = (await store.listEvents({ country: "SY" }))[0]!;
  await reviewEvent(store, strike.id, { action: "confirm" }, "analyst");
  await store.close();
});

describe("the analysts' filters select events", () => {
  it("--min-fatalities keeps events with at least that many deaths", () => {
    assert.deepEqual(places("--min-fatalities", "4"), ["Gao", "Maiduguri"]);
    assert.deepEqual(places("--min-fatalities", "10"), ["Maiduguri"]);
    assert.equal(places("--min-fatalities", "0").length, places().length);
  });

  it("--admin1 takes a division with or without its kind, in any case, several at once", () => {
    assert.deepEqual(places("--admin1", "Borno"), ["Maiduguri"]);
    assert.deepEqual(places("--admin1", "borno state"), ["Maiduguri"]);
    assert.deepEqual(places("--admin1", "Borno State,Kano"), ["Kano", "Maiduguri"]);
    assert.deepEqual(places("--admin1", "Borno", "--admin1", "Idlib Governorate"), ["Idlib", "Maiduguri"]);
  });

  it("--actor-kind takes Sitrep's kinds and ACLED's actor types", () => {
    assert.deepEqual(places("--actor-kind", "protesters"), ["Kano"]);
    assert.deepEqual(places("--actor-kind", "Protesters"), ["Kano"]);
    assert.deepEqual(places("--actor-kind", "civilians"), ["Maiduguri"]);
    assert.deepEqual(places("--actor-kind", "State forces", "--min-fatalities", "1"), ["Gao"]);
  });

  it("--min-sources keeps events told by that many independent sources", () => {
    assert.deepEqual(places("--min-sources", "2"), ["Gao"]);
  });

  it("--reviewed yes and no split the events between those a reviewer confirmed and the others", () => {
    assert.deepEqual(places("--reviewed", "yes"), ["Idlib"]);
    assert.deepEqual(places("--reviewed", "no"), ["Gao", "Kano", "Maiduguri"]);
  });

  for (const format of EXPORT_FORMATS) {
    it(`export --format ${format} holds the filtered events only`, () => {
      const r = sitrep("export", "--db", db, "--format", format, "--admin1", "borno, kano", "--min-fatalities", "1", "--reviewed", "no");
      assert.equal(r.code, 0, r.err);
      const rows =
        format === "csv"
          ? (parse(r.out, { columns: true }) as Array<Record<string, string>>).map((row) => row["location"])
          : format === "geojson"
            ? (JSON.parse(r.out) as { features: Array<{ properties: { place: string } }> }).features.map((f) => f.properties.place)
            : format === "jsonl"
              ? r.out
                  .trim()
                  .split("\n")
                  .map((l) => (JSON.parse(l) as Listed).location?.name)
              : (JSON.parse(r.out) as { events: Listed[] }).events.map((e) => e.location?.name);
      assert.deepEqual(rows, ["Maiduguri"]);
    });
  }
});

describe("a bad value is an error naming the option and what it accepts", () => {
  const cases: Array<[string[], RegExp]> = [
    [["--min-fatalities", "many"], /--min-fatalities.*"many" is not a whole number of 0 or more/],
    [["--min-fatalities", "-2"], /--min-fatalities.*not a whole number/],
    [["--admin1", " , "], /--admin1.*names no division.*"Borno" or "Borno State"/],
    [["--actor-kind", "soldiers"], /--actor-kind.*"soldiers" is not an actor kind.*state, armed_group.*State forces \(state\)/],
    [["--min-sources", "0"], /--min-sources.*"0" is not a whole number of 1 or more/],
    [["--reviewed", "maybe"], /--reviewed.*"maybe" is neither yes nor no \(accepted: yes, no, true, false\)/],
  ];
  for (const [options, message] of cases) {
    for (const command of ["events", "export"]) {
      it(`${command} ${options.join(" ")}`, () => {
        const r = sitrep(command, "--db", db, ...options);
        assert.notEqual(r.code, 0);
        assert.match(r.err, message);
        assert.equal(r.out, "");
      });
    }
  }
});
