import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runStoreConformance } from "../store-conformance.ts";
import { createSqliteStore } from "./sqlite-store.ts";

runStoreConformance("SQLite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-conformance-"));
  return { store: createSqliteStore(join(dir, "store.db")), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
});
