import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));

test("ingest warns of an article not in English, stores it, and says nothing of one in English", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-language-"));
  writeFileSync(
    join(dir, "depeche.txt"),
    "Des hommes armés ont attaqué lundi un convoi de l'armée près de Gao, tuant quatre soldats, selon des sources sécuritaires.\n",
  );
  writeFileSync(
    join(dir, "wire.txt"),
    "Gunmen attacked an army convoy near Gao on Monday, killing four soldiers, security sources said.\n",
  );
  const r = spawnSync(process.execPath, [BIN, "ingest", "--db", join(dir, "s.db"), "depeche.txt", "wire.txt"], {
    encoding: "utf8",
    cwd: dir,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ingested 2 article\(s\)/);
  assert.match(r.stderr, /warning: article \S*depeche\.txt looks French: Sitrep reads English only/);
  assert.doesNotMatch(r.stderr, /wire\.txt/);
});
