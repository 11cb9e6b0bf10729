import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../../bin/sitrep.js", import.meta.url));

describe("sitrep serve", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-serve-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("listens on a free port, answers /api/health over HTTP, and stops on SIGTERM", { timeout: 30_000 }, async () => {
    const db = join(dir, "sitrep.db");
    const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      // Port 0 lets the system choose; the banner tells which one it chose.
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          stdout += d.toString();
          const m = /^Sitrep on (http:\/\/127\.0\.0\.1:\d+)\/ \(store: (.+)\)/m.exec(stdout);
          if (m) resolve(m[1]!);
        });
        void exited.then((code) => reject(new Error(`exited with ${code} before listening: ${stderr}`)));
      });
      assert.match(stdout, new RegExp(`\\(store: .*sitrep\\.db\\)`));
      const res = await fetch(`${url}/api/health`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: "ok", articles: 0 });
    } finally {
      child.kill("SIGTERM");
    }
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /stopped \(SIGTERM\)/);
  });
});
