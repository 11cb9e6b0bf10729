/**
 * The worker fleet on the evaluation sets: the seeds and dev articles are queued, taken by two
 * `sitrep worker` processes of which one is killed while working and replaced, and the export
 * must be exactly what one process ingesting them all gives. Skipped where the sets are absent.
 */

import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, test } from "node:test";
import pg from "pg";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const SETS = fileURLToPath(new URL("../../shared/sets/", import.meta.url));
const MANIFESTS = ["seeds", "dev"].map((s) => join(SETS, s, "manifest.jsonl"));
const SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `sitrep_fleet_${process.pid}_${randomBytes(3).toString("hex")}`;
const URL_ = `${SERVER}?schema=${schema}`;
// Short enough that a killed worker's job comes back within the test.
const env = { ...process.env, SITREP_JOB_EXPIRE_SECONDS: "2" };

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env });
  assert.equal(r.status, 0, `sitrep ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

function worker(): { child: ChildProcess; done: Promise<number | null>; ingested: () => number } {
  const child = spawn(process.execPath, [BIN, "worker", "--until-empty", "--db", URL_], { env, stdio: ["ignore", "pipe", "pipe"] });
  let lines = 0;
  child.stdout!.on(
    "data",
    (chunk: Buffer) =>
      (lines += chunk
        .toString()
        .split("\n")
        .filter((l) => l.includes(": ")).length),
  );
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, done, ingested: () => lines };
}

after(async () => {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  await client.end();
});

test(
  "two workers, one killed while working, store the seeds and dev sets exactly as one process does",
  { skip: MANIFESTS.every(existsSync) ? false : "the evaluation sets are not beside this checkout", timeout: 240_000 },
  async () => {
    const single = join(mkdtempSync(join(tmpdir(), "sitrep-fleet-")), "single.db");
    sitrep("ingest", "--db", single, "--manifest", ...MANIFESTS);
    const reference = sitrep("export", "--db", single, "--format", "json");

    sitrep("ingest", "--queue", "--db", URL_, "--manifest", ...MANIFESTS);
    const a = worker();
    const b = worker();
    // Kill the first worker once it has got going, whatever it holds at that moment.
    while (a.ingested() < 2 && a.child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    a.child.kill("SIGKILL");
    await a.done;
    const c = worker();
    assert.deepEqual(await Promise.all([b.done, c.done]), [0, 0]);

    const fleet = sitrep("export", "--db", URL_, "--format", "json");
    assert.equal(fleet, reference);
    // Every article once: none lost with the killed worker, none stored twice.
    const expected = MANIFESTS.flatMap((m) =>
      readFileSync(m, "utf8")
        .split("\n")
        .filter((l) => l.trim()),
    ).length;
    const client = new pg.Client({ connectionString: SERVER });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.articles`);
    await client.end();
    assert.equal(rows[0].n, expected);
  },
);
