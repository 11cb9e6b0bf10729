/**
 * Bad input and crashes: a batch holding an empty file, a binary file, invalid UTF-8, a 50 MB
 * text, HTML nested 10,000 deep and a manifest with broken lines ingests everything else and
 * names each bad input; a `kill -9` in the middle of a large ingest leaves a store that a second
 * ingest completes, every article in exactly once; two processes ingesting into one SQLite file at
 * once both succeed. The articles are generated here from sentences of our own.
 */

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import Database from "better-sqlite3";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-robust-"));

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const TOWNS = [
  "Kano",
  "Maiduguri",
  "Gao",
  "Mopti",
  "Kidal",
  "Mosul",
  "Kirkuk",
  "Aleppo",
  "Homs",
  "Kharkiv",
  "Kherson",
  "Goma",
  "Beni",
  "Mogadishu",
  "Taiz",
];
const ACTS = [
  "Gunmen attacked a village near {town} on {day}, killing {n} people, officials said.",
  "A roadside bomb struck an army patrol near {town} on {day}, killing {n} soldiers.",
  "An air strike hit a compound outside {town} on {day}, killing {n} fighters, a monitoring group said.",
  "Militants ambushed a convoy on the road north of {town} on {day}, killing {n} guards.",
];

/** A manifest of `count` one-incident dispatches, a day apart, in a folder of their own. */
function generateArticles(count: number): string {
  const folder = join(dir, `articles-${count}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(folder);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + i));
    const iso = day.toISOString().slice(0, 10);
    const sentence = ACTS[i % ACTS.length]!.replace("{town}", TOWNS[i % TOWNS.length]!)
      .replace("{day}", day.toLocaleDateString("en-GB", { month: "long", day: "numeric", timeZone: "UTC" }))
      .replace("{n}", String(2 + (i % 9)));
    writeFileSync(join(folder, `a${i}.txt`), `Dispatch ${i}\n\n${sentence}\n\nResidents said the roads were closed for a day.\n`);
    lines.push(JSON.stringify({ id: `gen-${i}`, file: `a${i}.txt`, published: iso, outlet: i % 2 ? "Test Wire" : "Test Daily" }));
  }
  const manifest = join(folder, "manifest.jsonl");
  writeFileSync(manifest, lines.join("\n") + "\n");
  return manifest;
}

function articleIds(db: string): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare("SELECT id FROM articles ORDER BY id").all() as { id: string }[]).map((r) => r.id);
  } finally {
    conn.close();
  }
}

function integrity(db: string): string {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.pragma("integrity_check", { simple: true }) as string;
  } finally {
    conn.close();
  }
}

test("a batch of bad inputs names each one and ingests everything else", { timeout: 120_000 }, () => {
  const folder = join(dir, "bad");
  mkdirSync(folder);
  writeFileSync(join(folder, "empty.txt"), "");
  writeFileSync(join(folder, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(folder, "latin1.txt"), Buffer.from("Un caf\xe9 a Gao", "latin1"));
  writeFileSync(join(folder, "huge.txt"), "Farmers in the valley harvested maize and sorghum this week.\n".repeat(860_000));
  const nested = 10_000;
  writeFileSync(
    join(folder, "deep.html"),
    `<html><body>${"<div>".repeat(nested)}<p>Gunmen attacked a police post near Kano on Monday, killing two officers, police said.</p>${"</div>".repeat(nested)}</body></html>`,
  );
  writeFileSync(join(folder, "good.txt"), "A roadside bomb killed three soldiers near Kidal on Tuesday, the army said.\n");
  writeFileSync(
    join(folder, "manifest.jsonl"),
    [
      JSON.stringify({ id: "listed", file: "good.txt", published: "2025-02-04", outlet: "Test Wire" }),
      "{not json",
      JSON.stringify({ id: "no-file" }),
      JSON.stringify({ id: "gone", file: "missing.txt", published: "2025-02-04" }),
      JSON.stringify({ id: "bad-date", file: "good.txt", published: "4 February" }),
    ].join("\n"),
  );
  const db = join(dir, "bad.db");
  const r = sitrep(
    "ingest",
    "--db",
    db,
    join(folder, "empty.txt"),
    join(folder, "binary.txt"),
    join(folder, "latin1.txt"),
    join(folder, "huge.txt"),
    join(folder, "deep.html"),
    "--manifest",
    join(folder, "manifest.jsonl"),
  );
  assert.equal(r.code, 1, "a batch with failures exits non-zero");
  for (const [input, why] of [
    ["empty.txt", /is empty/],
    ["binary.txt", /binary/],
    ["latin1.txt", /not valid UTF-8/],
    ["huge.txt", /is 5\d\.\d MB; an article is at most 5\.0 MB/],
    ["manifest.jsonl:2:", /not valid JSON/],
    ["missing.txt", /no such file/],
  ] as const) {
    assert.match(r.err, new RegExp(`${input.replace(".", "\\.")}.*`), `${input} is named`);
    assert.match(
      r.err.split("\n").find((l) => l.includes(input))!,
      why,
      input,
    );
  }
  assert.match(r.err, /manifest\.jsonl:3:/, "a manifest line without a file is named");
  assert.match(r.err, /manifest\.jsonl:5:/, "a manifest line with a bad date is named");
  // The deep HTML and the good manifest line were stored, and their incidents found.
  assert.deepEqual(articleIds(db).length, 2);
  const places = (JSON.parse(sitrep("export", "--db", db).out) as { events: Array<{ location: { name: string } | null }> }).events.map(
    (e) => e.location?.name,
  );
  assert.deepEqual(places.sort(), ["Kano", "Kidal"]);
});

test(
  "kill -9 in the middle of a large ingest: a second ingest completes it, every article exactly once",
  { timeout: 240_000 },
  async () => {
    const manifest = generateArticles(150);
    const clean = join(dir, "clean.db");
    assert.equal(sitrep("ingest", "--db", clean, "--manifest", manifest).code, 0);
    const reference = sitrep("export", "--db", clean).out;

    const crashed = join(dir, "crashed.db");
    const child = spawn(process.execPath, [BIN, "ingest", "--db", crashed, "--manifest", manifest], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Wait until it is well under way, then pull the plug.
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      let stored = 0;
      try {
        stored = articleIds(crashed).length;
      } catch {
        // The file or its tables are not there yet.
      }
      if (stored >= 30 || child.exitCode !== null) break;
    }
    child.kill("SIGKILL");
    await exited;
    const partial = articleIds(crashed).length;
    assert.ok(partial > 0 && partial < 150, `killed part-way (${partial} of 150 stored)`);
    assert.equal(integrity(crashed), "ok");

    const resumed = sitrep("ingest", "--db", crashed, "--manifest", manifest);
    assert.equal(resumed.code, 0, resumed.err);
    assert.deepEqual(articleIds(crashed), articleIds(clean));
    assert.equal(integrity(crashed), "ok");
    assert.equal(sitrep("export", "--db", crashed).out, reference, "the same events as an uninterrupted ingest");
  },
);

test("two processes ingesting into one SQLite file at once both succeed", { timeout: 240_000 }, async () => {
  const manifest = generateArticles(80);
  const clean = join(dir, "clean-80.db");
  assert.equal(sitrep("ingest", "--db", clean, "--manifest", manifest).code, 0);

  const shared = join(dir, "shared.db");
  const lines = (await import("node:fs")).readFileSync(manifest, "utf8").trim().split("\n");
  const halves = [lines.filter((_, i) => i % 2 === 0), lines.filter((_, i) => i % 2 === 1)].map((half, i) => {
    const path = manifest.replace(/manifest\.jsonl$/, `half-${i}.jsonl`);
    writeFileSync(path, half.join("\n") + "\n");
    return path;
  });
  const run = (m: string) =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, "ingest", "--db", shared, "--manifest", m], { stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      child.on("exit", (code) => resolve({ code, err }));
    });
  const results = await Promise.all(halves.map(run));
  assert.deepEqual(
    results.map((r) => r.code),
    [0, 0],
    results.map((r) => r.err).join("\n"),
  );
  assert.deepEqual(articleIds(shared), articleIds(clean));
  assert.equal(integrity(shared), "ok");
  assert.equal(sitrep("export", "--db", shared).out, sitrep("export", "--db", clean).out, "the same events as one process");
});
