import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { loadSettings } from "./load-settings.ts";
import { SettingsError } from "./settings-error.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-settings-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const YAML = file(
  "team.yaml",
  "db: postgres://sitrep@db:5432/sitrep\nport: 9000\nhost: 0.0.0.0\nlog_level: debug\ncors_origins:\n  - https://desk.example\n",
);

describe("settings", () => {
  it("are the defaults when nothing is given", () => {
    const s = loadSettings({ env: {} });
    assert.equal(s.db, "./sitrep.db");
    assert.equal(s.host, "127.0.0.1");
    assert.equal(s.port, 8080);
    assert.deepEqual(s.corsOrigins, []);
    assert.equal(s.logLevel, "info");
    assert.equal(s.tokenReads, false);
  });

  it("give the reading budget in whole seconds, 30 by default, and refuse none or a fraction", () => {
    assert.equal(loadSettings({ env: {} }).readingBudget, 30);
    assert.equal(loadSettings({ env: { SITREP_READING_BUDGET: "5" } }).readingBudget, 5);
    assert.equal(loadSettings({ env: {}, flags: { readingBudget: 2 } }).readingBudget, 2);
    for (const value of ["0", "1.5"]) {
      assert.throws(
        () => loadSettings({ env: { SITREP_READING_BUDGET: value } }),
        (e: Error) => e instanceof SettingsError && /SITREP_READING_BUDGET/.test(e.message) && /whole number of seconds/.test(e.message),
      );
    }
  });

  it("come from the config file named by --config or SITREP_CONFIG", () => {
    for (const s of [loadSettings({ env: {}, flags: { config: YAML } }), loadSettings({ env: { SITREP_CONFIG: YAML } })]) {
      assert.equal(s.db, "postgres://sitrep@db:5432/sitrep");
      assert.equal(s.port, 9000);
      assert.equal(s.host, "0.0.0.0");
      assert.equal(s.logLevel, "debug");
      assert.deepEqual(s.corsOrigins, ["https://desk.example"]);
    }
  });

  it("take the environment over the file, and flags over both", () => {
    const env = {
      SITREP_CONFIG: YAML,
      SITREP_PORT: "9100",
      SITREP_CORS_ORIGINS: "https://a.example, http://b.example:3000",
      SITREP_TOKEN_READS: "true",
    };
    const fromEnv = loadSettings({ env });
    assert.equal(fromEnv.port, 9100);
    assert.equal(fromEnv.host, "0.0.0.0", "what the environment does not set still comes from the file");
    assert.deepEqual(fromEnv.corsOrigins, ["https://a.example", "http://b.example:3000"]);
    assert.equal(fromEnv.tokenReads, true);
    const fromFlags = loadSettings({ env, flags: { port: 9200, corsOrigins: "https://c.example", logLevel: "warn" } });
    assert.equal(fromFlags.port, 9200);
    assert.deepEqual(fromFlags.corsOrigins, ["https://c.example"]);
    assert.equal(fromFlags.logLevel, "warn");
  });

  it("take a command's own default below every source", () => {
    assert.equal(loadSettings({ env: {}, defaults: { logLevel: "silent" } }).logLevel, "silent");
    assert.equal(loadSettings({ env: { SITREP_LOG_LEVEL: "info" }, defaults: { logLevel: "silent" } }).logLevel, "info");
  });

  it("read JSON files too, and treat an empty variable as unset", () => {
    const json = file("team.json", JSON.stringify({ port: 7000, read_only: true, cors_origins: "https://a.example,https://b.example" }));
    const s = loadSettings({ env: { SITREP_CONFIG: json, SITREP_PORT: "" } });
    assert.equal(s.port, 7000);
    assert.equal(s.readOnly, true);
    assert.deepEqual(s.corsOrigins, ["https://a.example", "https://b.example"]);
  });
});

describe("a bad setting", () => {
  const fails = (run: () => unknown, message: RegExp) =>
    assert.throws(run, (e: unknown) => e instanceof SettingsError && message.test(e.message));

  it("in the file is named by the file and the key", () => {
    const bad = file("bad-port.yaml", "port: eighty\n");
    fails(
      () => loadSettings({ env: {}, flags: { config: bad } }),
      new RegExp(`config file ${bad.replace(/[.]/g, "\\.")}: port: a port is a whole number from 0 to 65535.*got "eighty"`),
    );
    const origin = file("bad-origin.yaml", "cors_origins: [https://a.example, https://b.example/app/]\n");
    fails(
      () => loadSettings({ env: {}, flags: { config: origin } }),
      /bad-origin\.yaml: cors_origins\[1\]: "https:\/\/b\.example\/app\/" is not an origin/,
    );
  });

  it("key unknown to Sitrep is named with the keys there are", () => {
    const typo = file("typo.yaml", "prot: 80\n");
    fails(
      () => loadSettings({ env: {}, flags: { config: typo } }),
      /typo\.yaml: unknown setting "prot" \(the settings are db, host, port,/,
    );
  });

  it("file that cannot be read or parsed is named with the reason", () => {
    fails(() => loadSettings({ env: { SITREP_CONFIG: join(dir, "absent.yaml") } }), /config file .*absent\.yaml: no such file/);
    fails(() => loadSettings({ env: {}, flags: { config: file("broken.yaml", "port: [1, 2\n") } }), /broken\.yaml: not valid YAML: /);
    fails(() => loadSettings({ env: {}, flags: { config: file("broken.json", "{port: 1}") } }), /broken\.json: not valid JSON: /);
    fails(() => loadSettings({ env: {}, flags: { config: file("list.yaml", "- port\n") } }), /list\.yaml: expected a mapping of settings/);
    fails(
      () => loadSettings({ env: {}, flags: { config: file("team.ini", "port=1\n") } }),
      /team\.ini: expected a \.json, \.yaml or \.yml file/,
    );
  });

  it("in the environment is named by its variable", () => {
    fails(
      () => loadSettings({ env: { SITREP_PORT: "70000" } }),
      /environment variable SITREP_PORT: a port is a whole number from 0 to 65535.*got 70000/,
    );
    fails(
      () => loadSettings({ env: { SITREP_LOG_LEVEL: "loud" } }),
      /environment variable SITREP_LOG_LEVEL: "loud" is not a log level: one of fatal, error, warn, info, debug, trace, silent/,
    );
    fails(
      () => loadSettings({ env: { SITREP_TOKEN_READS: "maybe" } }),
      /environment variable SITREP_TOKEN_READS: expected true or false, got "maybe"/,
    );
  });

  it("given as a flag is named by the flag", () => {
    fails(() => loadSettings({ env: {}, flags: { logLevel: "loud" } }), /^--log-level: "loud" is not a log level/);
    fails(() => loadSettings({ env: {}, flags: { corsOrigins: "desk.example" } }), /^--cors-origins: "desk\.example" is not an origin/);
  });
});
