/** `sitrep articles --failed` lists the articles sent but not read, with their reasons; `sitrep articles` says some failed. */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { before, test } from "node:test";
import { failureOfInput, keepFailedArticle } from "../src/app/failed-articles.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-failed-"));
const db = join(dir, "store.db");

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(async () => {
  const store = createSqliteStore(db);
  const late = { id: "late-report", body: "A convoy was ambushed on the road north of the town." };
  await keepFailedArticle(store, failureOfInput(late, "api", "not read within 30 s, the time allowed to read an article"));
  await store.close();
});

test("the failed articles are listed with their reason, size and attempts", () => {
  const r = sitrep("articles", "--failed", "--db", db);
  assert.equal(r.code, 0, r.err);
  const [header, , row] = r.out.trimEnd().split("\n");
  assert.match(header!, /^id +failed at +attempts +size +source +reason$/);
  assert.match(row!, /^late-report +\d{4}-\d\d-\d\dT[\d:.]+Z +1 +52 +api +not read within 30 s, the time allowed to read an article$/);
  const json = JSON.parse(sitrep("articles", "--failed", "--json", "--db", db).out) as Array<{ id: string; reason: string }>;
  assert.deepEqual(
    json.map((f) => f.id),
    ["late-report"],
  );
});

test("without --failed, the count of stored articles says that some failed", () => {
  const r = sitrep("articles", "--db", db);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, "0 article(s) stored; some failed: list them with --failed\n");
});
