/**
 * `npm start` runs `sitrep demo`: the examples go into an empty store, the web view is served on
 * 127.0.0.1 and its address printed; a store that already holds articles is left as it is.
 */

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));

test("the demo fills an empty store with the examples, serves the web view and prints where", { timeout: 120_000 }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-demo-")), "demo.db");
  const child = spawn(process.execPath, [BIN, "demo", "--db", db, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
        const m = /^Open (http:\/\/127\.0\.0\.1:\d+)\/ in a browser/m.exec(stdout);
        if (m) resolve(m[1]!);
      });
      void exited.then((code) => reject(new Error(`exited with ${code} before serving: ${stderr}`)));
    });
    assert.match(stdout, /example report\(s\) ingested into/);
    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    assert.match(await page.text(), /<script type="module" src="\/app\.js">/);
    const { events } = (await (await fetch(`${url}/api/events`)).json()) as { events: unknown[] };
    assert.ok(events.length >= 5, `the examples give events (got ${events.length})`);
  } finally {
    child.kill("SIGTERM");
  }
  assert.equal(await exited, 0, stderr);

  const again = spawnSync(process.execPath, [BIN, "demo", "--db", db, "--no-serve"], { encoding: "utf8" });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /already holds articles; the examples were not added/);
});
