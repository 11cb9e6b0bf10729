/**
 * What a team running Sitrep relies on from the command line: the version, settings from a file
 * and the environment, and a log of JSON lines on stderr (which is not a terminal here).
 */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { BIN, startServed } from "./served-process.ts";

const PACKAGE = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
const dir = mkdtempSync(join(tmpdir(), "sitrep-team-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The environment without any SITREP_ setting of the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("SITREP_")));
  return { ...env, ...extra };
}

function sitrep(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir, env: cleanEnv(env) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

test("sitrep --version prints the package's version", () => {
  const r = sitrep(["--version"]);
  assert.equal(r.code, 0);
  assert.equal(r.out.trim(), PACKAGE.version);
});

test(
  "serve takes its settings from the config file and the environment, and logs each request as a JSON line",
  { timeout: 60_000 },
  async () => {
    const config = join(dir, "sitrep.yaml");
    writeFileSync(config, `db: ${join(dir, "served.db")}\nport: 8\ncors_origins: [https://desk.example]\n`);
    // The environment's port (0: a free one) wins over the file's.
    const served = await startServed(["serve"], /^Sitrep on (http:\/\/127\.0\.0\.1:\d+)\//m, {
      cwd: dir,
      env: cleanEnv({ SITREP_CONFIG: config, SITREP_PORT: "0" }),
    });
    const { url } = served;
    let code: number | null;
    try {
      assert.match(served.stdout(), /served\.db/);
      assert.notEqual(new URL(url).port, "8");
      const res = await fetch(`${url}/api/health`, { headers: { origin: "https://desk.example" } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("access-control-allow-origin"), "https://desk.example");
      const id = res.headers.get("x-request-id");
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (served.stderr().includes(`"request_id":"${id}"`)) {
            clearInterval(check);
            resolve();
          }
        }, 20);
      });
    } finally {
      code = await served.stop();
    }
    const stderr = served.stderr();
    assert.equal(code, 0, stderr);
    const log = jsonLines(stderr);
    const request = log.find((e) => e["msg"] === "request");
    assert.ok(request, stderr);
    assert.deepEqual(
      { method: request["method"], path: request["path"], status: request["status"] },
      { method: "GET", path: "/api/health", status: 200 },
    );
    assert.equal(typeof request["duration_ms"], "number");
    assert.ok(log.some((e) => e["msg"] === "listening"));
    // The person who started it still reads its own messages, which are not log lines.
    assert.match(stderr, /^Sitrep API stopped \(SIGTERM\)$/m);
  },
);

test("serve refuses a bad setting, naming the file and the key, before listening", () => {
  const config = join(dir, "bad.yaml");
  writeFileSync(config, "port: 8o8o\n");
  const r = sitrep(["serve", "--config", config]);
  assert.equal(r.code, 1);
  assert.match(r.err, new RegExp(`error: config file ${config.replace(/[.]/g, "\\.")}: port: a port is a whole number`));
  assert.equal(r.out, "");
});

test("ingest keeps its messages, and writes the ingest log as JSON lines only when a level is set", () => {
  writeFileSync(join(dir, "wire.txt"), "Gunmen attacked a police post near Gao on Monday, killing two officers, a local official said.\n");
  writeFileSync(
    join(dir, "depeche.txt"),
    "Des hommes armés ont attaqué un poste de police près de Gao lundi, tuant deux agents, selon un responsable local.\n",
  );
  writeFileSync(join(dir, "empty.txt"), "");
  const files = ["wire.txt", "depeche.txt", "empty.txt"];

  const quiet = sitrep(["ingest", "--db", join(dir, "quiet.db"), ...files]);
  assert.equal(quiet.code, 1);
  assert.deepEqual(jsonLines(quiet.err), []);
  assert.match(quiet.err, /warning: article depeche\.txt looks French/);

  const logged = sitrep(["ingest", "--db", join(dir, "logged.db"), ...files], { SITREP_LOG_LEVEL: "info" });
  assert.equal(logged.code, 1);
  assert.match(logged.out, /ingested 2 article\(s\)/);
  assert.match(logged.err, /^error: empty\.txt: is empty/m);
  const log = jsonLines(logged.err);
  const ingested = log.filter((e) => e["msg"] === "article ingested").map((e) => e["input"]);
  assert.deepEqual(ingested.sort(), ["depeche.txt", "wire.txt"]);
  const wire = log.find((e) => e["input"] === "wire.txt")!;
  assert.equal(typeof wire["article"], "string");
  assert.ok((wire["events_created"] as number) >= 1, JSON.stringify(wire));
  assert.ok(log.some((e) => e["level"] === 40 && /depeche\.txt looks French/.test(e["msg"] as string)));
  assert.ok(log.some((e) => e["level"] === 50 && e["input"] === "empty.txt"));
});
