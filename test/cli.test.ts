import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-"));

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

writeFileSync(join(dir, "a.txt"), "Militants attacked an army post near Mosul on Monday, killing three soldiers, officials said.\n");
writeFileSync(join(dir, "b.txt"), "Shelling hit a market in Kharkiv on Sunday, killing five civilians and wounding 12.\n");
writeFileSync(join(dir, "empty.txt"), "");
writeFileSync(
  join(dir, "manifest.jsonl"),
  [
    '{"id": "a", "file": "a.txt", "published": "2025-04-08", "url": null, "outlet": "Wire"}',
    '{"id": "b", "file": "b.txt", "published": "2025-04-07", "url": null, "outlet": "Daily"}',
    "{broken",
    '{"id": "e", "file": "empty.txt", "published": null}',
  ].join("\n"),
);

test("help is printed for the program and each command", () => {
  const top = sitrep("--help");
  assert.equal(top.code, 0);
  for (const cmd of ["ingest", "events", "show", "export", "extract"]) {
    assert.match(top.out, new RegExp(`\\b${cmd}\\b`));
    const sub = sitrep(cmd, "--help");
    assert.equal(sub.code, 0, cmd);
    assert.match(sub.out, /Usage: sitrep/);
  }
});

test("an unknown command or option gets a clear message and a non-zero exit", () => {
  const cmd = sitrep("frobnicate");
  assert.notEqual(cmd.code, 0);
  assert.match(cmd.err, /unknown command 'frobnicate'/);
  const opt = sitrep("events", "--colour", "red");
  assert.notEqual(opt.code, 0);
  assert.match(opt.err, /unknown option '--colour'/);
});

test("a manifest with bad lines ingests the good ones, names the bad ones and exits non-zero", () => {
  const db = join(dir, "m.db");
  const r = sitrep("ingest", "--db", db, "--manifest", join(dir, "manifest.jsonl"));
  assert.equal(r.code, 1);
  assert.match(r.out, /ingested 2 article\(s\)/);
  assert.match(r.err, /manifest.jsonl:3: not valid JSON/);
  assert.match(r.err, /manifest.jsonl:4: article "e": .*empty.txt: is empty/);
  const again = sitrep("ingest", "--db", db, join(dir, "a.txt"));
  assert.equal(again.code, 0);
  assert.match(again.out, /ingested 0 article\(s\).*1 already stored/);
});

test("--db in a missing folder or on a foreign file says so", () => {
  const missing = sitrep("events", "--db", join(dir, "nope", "x.db"));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /nope does not exist/);
  const foreign = sitrep("events", "--db", join(dir, "a.txt"));
  assert.equal(foreign.code, 1);
  assert.match(foreign.err, /is not a Sitrep database/);
});

test("the JSON export parses back with the contract's fields and evidence that slices the article", () => {
  const db = join(dir, "export.db");
  sitrep("ingest", "--db", db, "--manifest", join(dir, "manifest.jsonl"));
  const r = sitrep("export", "--db", db, "--format", "json");
  assert.equal(r.code, 0);
  const data = JSON.parse(r.out) as { events: Array<Record<string, unknown>>; links: unknown[] };
  assert.ok(Array.isArray(data.links));
  assert.ok(data.events.length >= 2);
  const texts: Record<string, string> = {
    a: "Militants attacked an army post near Mosul on Monday, killing three soldiers, officials said.\n",
    b: "Shelling hit a market in Kharkiv on Sunday, killing five civilians and wounding 12.\n",
  };
  for (const e of data.events) {
    for (const key of ["id", "type", "date", "date_precision", "location", "actor1", "actor2", "fatalities", "injured", "sources"])
      assert.ok(key in e, key);
    assert.match(String(e["date"]), /^\d{4}-\d{2}-\d{2}$/);
    const loc = e["location"] as Record<string, unknown>;
    for (const key of ["name", "admin1", "country", "lat", "lon", "precision"]) assert.ok(key in loc, key);
    const sources = e["sources"] as Array<{ article: string; evidence: Array<{ start: number; end: number; text: string }> }>;
    for (const s of sources) {
      for (const ev of s.evidence) assert.equal(texts[s.article]!.slice(ev.start, ev.end), ev.text);
    }
  }
  const mosul = data.events.find((e) => (e["location"] as { name: string }).name === "Mosul");
  assert.ok(mosul, "the Mosul attack is exported");
  assert.equal(mosul["type"], "armed_clash");
  assert.equal(mosul["date"], "2025-04-07");
  assert.deepEqual(mosul["fatalities"], { min: 3, max: 3 });
  const kharkiv = data.events.find((e) => (e["location"] as { name: string }).name === "Kharkiv");
  assert.ok(kharkiv, "the Kharkiv shelling is exported");
  assert.equal(kharkiv["type"], "shelling_artillery_missile_attack");
  assert.equal(kharkiv["injured"], 12);
});

test("events can be searched by the words of their sources", () => {
  const db = join(dir, "search.db");
  sitrep("ingest", "--db", db, join(dir, "a.txt"), join(dir, "b.txt"));
  const market = sitrep("events", "--db", db, "--text", "market shelling", "--json");
  assert.equal(market.code, 0);
  const found = JSON.parse(market.out) as Array<{ location: { name: string } }>;
  assert.deepEqual(
    found.map((e) => e.location.name),
    ["Kharkiv"],
  );
  assert.deepEqual(JSON.parse(sitrep("events", "--db", db, "--text", "submarine", "--json").out), []);
});

test("every export format is written by the CLI, with the events' filters", () => {
  const db = join(dir, "formats.db");
  sitrep("ingest", "--db", db, "--manifest", join(dir, "manifest.jsonl"));
  const csv = sitrep("export", "--db", db, "--format", "csv", "--country", "UA");
  assert.equal(csv.code, 0, csv.err);
  assert.match(csv.out, /^event_id_cnty,event_date,year,/);
  assert.match(csv.out, /Kharkiv/);
  assert.doesNotMatch(csv.out, /Mosul/);
  assert.equal(sitrep("export", "--db", db, "--format", "jsonl").out.trimEnd().split("\n").length, 2);
  assert.match(sitrep("export", "--db", db, "--format", "geojson").out, /^\{"type":"FeatureCollection"/);
});
