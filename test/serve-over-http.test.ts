import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { startServed } from "./served-process.ts";

describe("sitrep serve", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-serve-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("listens on a free port, answers /api/health over HTTP, and stops on SIGTERM", { timeout: 30_000 }, async () => {
    const db = join(dir, "sitrep.db");
    // Port 0 lets the system choose; the banner tells which one it chose.
    const served = await startServed(["serve", "--db", db, "--port", "0"], /^Sitrep on (http:\/\/127\.0\.0\.1:\d+)\/ \(store: (.+)\)/m);
    let code: number | null;
    try {
      assert.match(served.stdout(), new RegExp(`\\(store: .*sitrep\\.db\\)`));
      const res = await fetch(`${served.url}/api/health`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: "ok", articles: 0 });
    } finally {
      code = await served.stop();
    }
    assert.equal(code, 0, served.stderr());
    assert.match(served.stderr(), /stopped \(SIGTERM\)/);
  });
});
