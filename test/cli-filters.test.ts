/**
 * The command line's traps for an analyst: a mistyped `--db` on a read command, a country given by
 * name or three-letter code, an event type given as ACLED writes it, and the CSV export's
 * incomplete events. Each case runs the real `sitrep` program.
 */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-filters-"));
const db = join(dir, "store.db");

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLES = {
  "strike.txt": "A drone strike hit a truck near Idlib in Syria on Sunday, killing two fighters, a monitoring group said.\n",
  "ambush.txt": "Militants ambushed an army patrol near Gao in Mali on Monday, killing four soldiers, officials said.\n",
  "undated.txt": "A roadside bomb killed three policemen near Kandahar in Afghanistan, officials said.\n",
};

before(() => {
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  writeFileSync(
    join(dir, "manifest.jsonl"),
    [
      '{"id": "strike", "file": "strike.txt", "published": "2025-05-05"}',
      '{"id": "ambush", "file": "ambush.txt", "published": "2025-05-06"}',
      '{"id": "undated", "file": "undated.txt", "published": null}',
    ].join("\n"),
  );
  const r = sitrep("ingest", "--db", db, "--manifest", join(dir, "manifest.jsonl"));
  assert.equal(r.code, 0, r.err);
});

describe("a read command refuses a store that does not exist", () => {
  for (const command of [["events"], ["export", "--format", "csv"], ["actors"], ["show", "ev_000000000000"], ["watchlist", "list"]]) {
    it(`${command[0]} ${command[1] ?? ""}: an error naming the path, no file left behind`, () => {
      const missing = join(dir, "mistyped.db");
      const r = sitrep(...command, "--db", missing);
      assert.notEqual(r.code, 0);
      assert.match(r.err, /mistyped\.db: no Sitrep database there/);
      assert.equal(r.out, "");
      assert.equal(existsSync(missing), false);
    });
  }
});

describe("--country takes ISO codes and names", () => {
  for (const country of ["SY", "sy", "SYR", "Syria", "Syrian Arab Republic"]) {
    it(`${country} finds the Syrian event only`, () => {
      const r = sitrep("events", "--db", db, "--json", "--country", country);
      assert.equal(r.code, 0, r.err);
      const events = JSON.parse(r.out) as Array<{ location: { country: string } }>;
      assert.ok(events.length > 0);
      assert.ok(events.every((e) => e.location.country === "SY"));
    });
  }

  it("an unknown country is an error saying what is accepted and what was probably meant", () => {
    const r = sitrep("events", "--db", db, "--country", "Sirya");
    assert.notEqual(r.code, 0);
    assert.match(r.err, /"Sirya" is not a country: a country is given by its ISO 3166-1 code/);
    const near = sitrep("events", "--db", db, "--country", "Malli");
    assert.match(near.err, /did you mean .*Mali \(ML\)/);
  });
});

describe("--type takes slugs, ACLED sub-event labels and ACLED event types", () => {
  const typesOf = (type: string) => {
    const r = sitrep("events", "--db", db, "--json", "--type", type);
    assert.equal(r.code, 0, r.err);
    return (JSON.parse(r.out) as Array<{ type: string }>).map((e) => e.type);
  };

  it("a slug and its ACLED label find the same events", () => {
    const bySlug = typesOf("air_drone_strike");
    assert.ok(bySlug.length > 0);
    assert.deepEqual(typesOf("Air/drone strike"), bySlug);
  });

  it("an ACLED event type finds every sub-event of its family", () => {
    const battles = typesOf("Battles");
    assert.ok(battles.length > 0);
    assert.ok(battles.every((t) => ["armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"].includes(t)));
    assert.deepEqual(typesOf("Battles,Air/drone strike").sort(), [...battles, ...typesOf("air_drone_strike")].sort());
  });

  it("an unknown type is an error listing every accepted type", () => {
    const r = sitrep("export", "--db", db, "--type", "bombing");
    assert.notEqual(r.code, 0);
    assert.match(r.err, /"bombing" is not an event type/);
    assert.match(r.err, /Battles: Armed clash \(armed_clash\)/);
    assert.match(r.err, /Strategic developments: .*Arrests \(arrests\)/);
  });
});

describe("watchlists take countries and types as the listing does", () => {
  it("a country's name and an ACLED event type are kept as its code and its sub-event types", () => {
    const r = sitrep("watchlist", "add", "fights", "--db", db, "--country", "Mali", "--type", "Battles");
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /country=ML types=armed_clash,government_regains_territory,non_state_actor_overtakes_territory/);
    const bad = sitrep("watchlist", "add", "nowhere", "--db", db, "--country", "Atlantis");
    assert.notEqual(bad.code, 0);
    assert.match(bad.err, /"Atlantis" is not a country/);
  });
});

describe("the CSV export holds complete rows only, unless asked", () => {
  it("leaves out undated events and says so on stderr; --include-incomplete keeps them", () => {
    const all = JSON.parse(sitrep("events", "--db", db, "--json").out) as Array<{ date: string | null }>;
    const undated = all.filter((e) => e.date === null).length;
    assert.ok(undated > 0, "the undated dispatch must give an undated event");
    const r = sitrep("export", "--db", db, "--format", "csv");
    assert.equal(r.code, 0, r.err);
    const rows = parse(r.out, { columns: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, all.length - undated);
    assert.ok(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row["event_date"]!) && /^\d{4}$/.test(row["year"]!)));
    assert.match(r.err, new RegExp(`left out ${undated} incomplete event.*${undated} without a date.*--include-incomplete`));
    const kept = sitrep("export", "--db", db, "--format", "csv", "--include-incomplete");
    assert.equal((parse(kept.out, { columns: true }) as unknown[]).length, all.length);
    assert.equal(kept.err, "");
  });
});
