/**
 * `npm start` runs `sitrep demo`: the examples go into an empty store, the web view is served on
 * 127.0.0.1 and its address printed; a store that already holds articles is left as it is.
 */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { BIN, startServed } from "./served-process.ts";

test("the demo fills an empty store with the examples, serves the web view and prints where", { timeout: 120_000 }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-demo-")), "demo.db");
  const served = await startServed(["demo", "--db", db, "--port", "0"], /^Open (http:\/\/127\.0\.0\.1:\d+)\/ in a browser/m);
  const { url } = served;
  let code: number | null;
  try {
    assert.match(served.stdout(), /example report\(s\) ingested into/);
    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    assert.match(await page.text(), /<script type="module" src="\/app\.js">/);
    const { events } = (await (await fetch(`${url}/api/events`)).json()) as { events: unknown[] };
    assert.ok(events.length >= 5, `the examples give events (got ${events.length})`);
  } finally {
    code = await served.stop();
  }
  assert.equal(code, 0, served.stderr());

  const again = spawnSync(process.execPath, [BIN, "demo", "--db", db, "--no-serve"], { encoding: "utf8" });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /already holds articles; the examples were not added/);
});
