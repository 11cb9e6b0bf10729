/**
 * Lints the API's OpenAPI document with Redocly's rules (`redocly.yaml`: the recommended set, with
 * an operationId and a 4xx answer required on every operation). The document is the one the
 * server answers at /api/openapi.json, written to data/generated/openapi.json first; the linter
 * runs offline (no usage data, no update check).
 *
 *   npm run lint:api
 */

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp, OPENAPI_PATH } from "../src/interfaces/http/create-app.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** A fixed place, so that `.redocly.lint-ignore.yaml` can name it. */
const DOCUMENT = join(root, "data", "generated", "openapi.json");

/** The document as the server serves it; the store behind the app is empty and thrown away. */
async function servedDocument(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-openapi-"));
  const store = createSqliteStore(join(dir, "sitrep.db"));
  try {
    const res = await createApp(store).request(OPENAPI_PATH);
    if (res.status !== 200) throw new Error(`${OPENAPI_PATH} answered ${res.status}: ${await res.text()}`);
    return JSON.stringify(await res.json(), null, 2);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(dirname(DOCUMENT), { recursive: true });
writeFileSync(DOCUMENT, await servedDocument());

const cli = join(dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin", "cli.js");
const result = spawnSync(process.execPath, [cli, "lint", "--format=stylish", relative(root, DOCUMENT)], {
  cwd: root,
  stdio: "inherit",
  // Redocly reports usage and looks for new versions over the network unless told not to.
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
