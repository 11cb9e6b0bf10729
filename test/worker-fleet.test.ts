/**
 * The worker fleet: articles are queued, taken by two `sitrep worker` processes of which one is
 * killed while working and replaced, and the export must be exactly what one process ingesting
 * them all gives. The articles are the evaluation sets' seeds and dev where the sets sit beside
 * the checkout, else the bundled examples, so that a fresh clone runs it too.
 */

import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { after, test } from "node:test";
import pg from "pg";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const SETS = fileURLToPath(new URL("../../shared/sets/", import.meta.url));
const SET_MANIFESTS = ["seeds", "dev"].map((s) => join(SETS, s, "manifest.jsonl"));
const EXAMPLES = fileURLToPath(new URL("../examples/manifest.jsonl", import.meta.url));
const SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `sitrep_fleet_${process.pid}_${randomBytes(3).toString("hex")}`;
const URL_ = `${SERVER}?schema=${schema}`;
// Short enough that a killed worker's job comes back within the test.
const env = { ...process.env, SITREP_JOB_EXPIRE_SECONDS: "2" };
/** Temporary folders, removed after the test. */
const folders: string[] = [];
const folder = () => {
  folders.push(mkdtempSync(join(tmpdir(), "sitrep-fleet-")));
  return folders[folders.length - 1]!;
};

/**
 * A copy of a manifest's complete entries and of the files they name. Others may be adding
 * examples while the test runs: the single process and the fleet must read the same articles.
 */
function snapshot(manifest: string): string {
  const dir = folder();
  const entries = readFileSync(manifest, "utf8")
    .split("\n")
    .filter((line) => {
      try {
        const file: unknown = (JSON.parse(line) as { file?: unknown }).file;
        return typeof file === "string" && existsSync(resolve(dirname(manifest), file));
      } catch {
        return false; // Blank, or a line still being written.
      }
    });
  for (const line of entries) {
    const file = (JSON.parse(line) as { file: string }).file;
    mkdirSync(dirname(resolve(dir, file)), { recursive: true });
    copyFileSync(resolve(dirname(manifest), file), resolve(dir, file));
  }
  writeFileSync(join(dir, "manifest.jsonl"), entries.map((l) => `${l}\n`).join(""));
  return join(dir, "manifest.jsonl");
}

/**
 * What the fleet ingests, and after how many stored articles the first worker dies: two into the
 * sets; one into the few examples, or it might have taken the last of them before it is killed.
 */
const run = SET_MANIFESTS.every(existsSync)
  ? { manifests: SET_MANIFESTS, killAfter: 2, label: "the seeds and dev sets" }
  : { manifests: [snapshot(EXAMPLES)], killAfter: 1, label: "the bundled examples" };

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env });
  assert.equal(r.status, 0, `sitrep ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** A worker process, and a promise of its having stored `n` articles (or exited, whichever comes first). */
function worker(): { child: ChildProcess; done: Promise<number | null>; stored: (n: number) => Promise<void>; count: () => number } {
  const child = spawn(process.execPath, [BIN, "worker", "--until-empty", "--db", URL_], { env, stdio: ["ignore", "pipe", "pipe"] });
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let count = 0;
  const waiting: Array<{ n: number; resolve: () => void }> = [];
  // Whole lines, so that a line split across chunks counts once: "<name>: 1 new event(s), 0 updated" or "<name>: already stored".
  createInterface({ input: child.stdout! }).on("line", (line) => {
    if (!/: (\d+ new event|already stored)/.test(line)) return;
    count++;
    for (const w of waiting) if (count >= w.n) w.resolve();
  });
  const stored = (n: number) =>
    Promise.race([done.then(() => undefined), new Promise<void>((resolve) => (count >= n ? resolve() : waiting.push({ n, resolve })))]);
  return { child, done, stored, count: () => count };
}

after(async () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  await client.end();
});

test(`two workers, one killed while working, store ${run.label} exactly as one process does`, { timeout: 240_000 }, async (t) => {
  const expected = run.manifests.flatMap((m) =>
    readFileSync(m, "utf8")
      .split("\n")
      .filter((l) => l.trim()),
  ).length;
  assert.ok(expected >= 2, `${run.label}: ${expected} article(s), too few for one worker to die among others`);
  const single = join(folder(), "single.db");
  sitrep("ingest", "--db", single, "--manifest", ...run.manifests);
  const reference = sitrep("export", "--db", single, "--format", "json");

  sitrep("ingest", "--queue", "--db", URL_, "--manifest", ...run.manifests);
  const a = worker();
  const b = worker();
  // Kill the first worker the moment it has stored its share, whatever it holds then (most
  // likely the next article, half-read, whose job must come back to another worker). One that
  // finished first is past killing: the run must agree all the same.
  await a.stored(run.killAfter);
  a.child.kill("SIGKILL");
  await a.done;
  t.diagnostic(
    a.child.signalCode === "SIGKILL"
      ? `first worker killed after ${a.count()} stored article(s)`
      : "first worker finished before it could be killed",
  );
  const c = worker();
  assert.deepEqual(await Promise.all([b.done, c.done]), [0, 0]);

  const fleet = sitrep("export", "--db", URL_, "--format", "json");
  assert.equal(fleet, reference);
  // Every article once: none lost with the killed worker, none stored twice.
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.articles`);
  await client.end();
  assert.equal(rows[0].n, expected);
});
