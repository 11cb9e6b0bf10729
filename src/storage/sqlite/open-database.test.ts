import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { MIGRATIONS } from "./migrations.ts";
import { openDatabase } from "./open-database.ts";

const MODULE = fileURLToPath(new URL("./open-database.ts", import.meta.url));

/** Opens `path` in a process of its own; resolves to its exit code and what it wrote on stderr. */
function openInProcess(path: string): Promise<{ code: number | null; err: string }> {
  const script = `const { openDatabase } = await import(${JSON.stringify(MODULE)}); openDatabase(${JSON.stringify(path)}).close();`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, err })));
}

test("two processes creating one new database at once both open it, migrated once", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-open-"));
  try {
    for (let round = 0; round < 4; round++) {
      const path = join(dir, `new-${round}.db`);
      const results = await Promise.all([openInProcess(path), openInProcess(path), openInProcess(path)]);
      for (const r of results) assert.equal(r.code, 0, r.err);
      const db = openDatabase(path);
      assert.equal(db.pragma("user_version", { simple: true }), MIGRATIONS.length);
      assert.equal((db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'app'").get() as { n: number }).n, 1);
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("told not to create, opening a missing or empty file is an error naming it, and creates nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-open-"));
  try {
    const missing = join(dir, "missing.db");
    assert.throws(() => openDatabase(missing, { create: false }), /missing\.db: no Sitrep database there/);
    assert.equal(existsSync(missing), false);
    openDatabase(join(dir, "made.db")).close();
    openDatabase(join(dir, "made.db"), { create: false }).close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
