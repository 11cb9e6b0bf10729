/**
 * The container deployment: the Dockerfile and compose.yaml are read and checked for what Sitrep
 * relies on (always), and, where a Docker engine answers and the base image can be had, the stack
 * is built, started, sent an article through the API and torn down.
 */

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, test } from "node:test";
import { DockerfileParser, type Copy, type Instruction } from "dockerfile-ast";
import { parse as parseYaml } from "yaml";
import { startServer } from "../src/interfaces/cli/serve-command.ts";
import { SETTING_SPECS } from "../src/interfaces/settings/settings-spec.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HEALTHCHECK = join(ROOT, "bin/healthcheck.js");

/** The Dockerfile's instructions, one list per build stage. */
function stages(): Instruction[][] {
  const dockerfile = DockerfileParser.parse(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
  const result: Instruction[][] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === "FROM") result.push([]);
    result.at(-1)?.push(instruction);
  }
  return result;
}

const args = (i: Instruction) => i.getArgumentsContent() ?? "";
const find = (stage: Instruction[], keyword: string) => stage.filter((i) => i.getKeyword() === keyword);

describe("the Dockerfile", () => {
  const all = stages();
  const final = all.at(-1)!;

  it("builds every stage on Node 20's slim Debian image", () => {
    assert.ok(all.length >= 1);
    for (const stage of all) assert.match(args(stage[0]!), /^node:20-(bookworm|trixie)-slim\b/);
  });

  it("installs with npm ci from the lock file, and copies the result into the final stage", () => {
    const build = all.slice(0, -1).flat();
    assert.ok(
      [...find(build, "RUN"), ...find(final, "RUN")].some((i) => /\bnpm ci\b/.test(args(i))),
      "an npm ci step",
    );
    assert.ok(!all.flat().some((i) => /\bnpm install\b/.test(args(i))), "npm install would not keep to the lock file");
    if (all.length > 1) assert.ok(find(final, "COPY").some((i) => (i as Copy).getFromFlag() !== null));
  });

  it("runs as a user other than root", () => {
    const users = find(final, "USER").map(args);
    assert.ok(users.length > 0, "a USER instruction in the final stage");
    assert.doesNotMatch(users.at(-1)!, /^(root|0)(:|$)/);
  });

  it("listens on every interface of the container, on the port it exposes, and checks its health with bin/healthcheck.js", () => {
    const env = find(final, "ENV").map(args).join(" ");
    assert.match(env, /SITREP_HOST=0\.0\.0\.0/, "a server on the loopback would be unreachable from outside the container");
    const port = /SITREP_PORT=(\d+)/.exec(env)?.[1];
    assert.ok(port);
    assert.deepEqual(find(final, "EXPOSE").map(args), [port]);
    const health = find(final, "HEALTHCHECK").map(args);
    assert.equal(health.length, 1);
    assert.match(health[0]!, /CMD \["node", "bin\/healthcheck\.js"\]/);
  });

  it("starts the command line, serving by default", () => {
    assert.match(args(find(final, "ENTRYPOINT").at(-1)!), /\["node", "bin\/sitrep\.js"\]/);
    assert.equal(args(find(final, "CMD").at(-1)!), '["serve"]');
  });

  it("leaves the host's installed and generated files out of the build", () => {
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8")
      .split("\n")
      .map((l) => l.trim());
    assert.ok(ignored.includes("node_modules"));
    assert.ok(ignored.includes("data/generated"));
  });
});

function runHealthcheck(port: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HEALTHCHECK], {
      env: { ...process.env, SITREP_PORT: port },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("the health check script", () => {
  it("succeeds against a running server and fails where none answers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-health-"));
    const store = createSqliteStore(join(dir, "sitrep.db"));
    const server = await startServer(store, { host: "127.0.0.1", port: 0, uiDirectory: null });
    const port = new URL(server.url).port;
    try {
      // Run asynchronously: the server answering it lives in this process.
      const up = await runHealthcheck(port);
      assert.equal(up.code, 0, up.stderr);
    } finally {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const down = await runHealthcheck(port);
    assert.equal(down.code, 1);
    assert.match(down.stderr, /health check: .*ECONNREFUSED/);
  });
});

type Service = {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
};

describe("compose.yaml", () => {
  const compose = parseYaml(readFileSync(join(ROOT, "compose.yaml"), "utf8"), { merge: true }) as {
    services: Record<string, Service>;
    volumes?: Record<string, unknown>;
  };
  const { postgres, server, worker } = compose.services;

  it("runs PostgreSQL, a server and a worker", () => {
    assert.deepEqual(Object.keys(compose.services).sort(), ["postgres", "server", "worker"]);
  });

  it("keeps PostgreSQL's data in a named volume and says when it is ready", () => {
    assert.match(postgres!.image ?? "", /^postgres:\d+/);
    const mount = postgres!.volumes?.find((v) => v.endsWith(":/var/lib/postgresql/data"));
    assert.ok(mount, "the data folder is a volume");
    assert.ok(compose.volumes && mount.split(":")[0]! in compose.volumes, "a named volume, declared");
    assert.match(postgres!.healthcheck?.test?.join(" ") ?? "", /pg_isready/);
  });

  it("builds the server and the worker from this folder, on the same PostgreSQL store", () => {
    for (const service of [server!, worker!]) {
      assert.equal(service.build, ".");
      assert.match(service.environment?.["SITREP_DB"] ?? "", /^postgres:\/\/[^@]+@postgres:5432\/\w+\?schema=\w+$/);
    }
    assert.deepEqual(server!.command, ["serve"]);
    assert.deepEqual(worker!.command, ["worker"]);
  });

  it("sets only settings Sitrep knows", () => {
    const known = new Set(SETTING_SPECS.map((s) => s.env));
    for (const service of [server!, worker!]) {
      for (const name of Object.keys(service.environment ?? {})) assert.ok(known.has(name), `${name} is a Sitrep setting`);
    }
  });

  it("publishes the port the image's server listens on", () => {
    const port = /SITREP_PORT=(\d+)/.exec(readFileSync(join(ROOT, "Dockerfile"), "utf8"))?.[1];
    assert.ok(server!.ports?.some((p) => p.endsWith(`:${port}`)));
  });

  it("starts each service once what it needs is healthy, and checks no HTTP health in the worker", () => {
    assert.equal(server!.depends_on?.["postgres"]?.condition, "service_healthy");
    assert.equal(worker!.depends_on?.["postgres"]?.condition, "service_healthy");
    // The server creates the store's tables; a worker started beside it would race it.
    assert.equal(worker!.depends_on?.["server"]?.condition, "service_healthy");
    assert.equal(worker!.healthcheck?.disable, true);
  });

  // The compose plugin (`docker compose`), else the standalone docker-compose, where either is installed.
  const composeCli = [["docker", "compose"], ["docker-compose"]].find(
    ([command, ...rest]) => spawnSync(command!, [...rest, "version"], { encoding: "utf8" }).status === 0,
  );
  it(
    "is accepted by docker compose config",
    { skip: composeCli ? false : "neither docker compose nor docker-compose is installed" },
    () => {
      const [command, ...rest] = composeCli!;
      const r = spawnSync(command!, [...rest, "-f", join(ROOT, "compose.yaml"), "config", "--quiet"], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
    },
  );
});

/** Why the stack cannot be run here, or null when it can. */
function whyNoDocker(): string | null {
  const info = spawnSync("docker", ["info"], { encoding: "utf8", timeout: 30_000 });
  if (info.error) return "no docker command";
  if (info.status !== 0) return "no Docker engine answers (docker info failed)";
  if (spawnSync("docker", ["compose", "version"]).status !== 0) return "the docker compose plugin is not installed";
  const pull = spawnSync("docker", ["pull", "node:20-bookworm-slim"], { encoding: "utf8", timeout: 300_000 });
  if (pull.status !== 0)
    return `the base image cannot be pulled (registry unreachable?): ${(pull.stderr || "timed out").trim().split("\n").at(-1)}`;
  return null;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const skip = existsSync(join(ROOT, "compose.yaml")) ? whyNoDocker() : "no compose.yaml";
test(
  "the compose stack builds, starts healthy and stores an article sent to its API",
  { skip: skip ?? false, timeout: 1_800_000 },
  async () => {
    const port = await freePort();
    const project = `sitrep-test-${process.pid}`;
    const env = { ...process.env, SITREP_PUBLISH: `127.0.0.1:${port}` };
    const compose = (...rest: string[]) =>
      spawnSync("docker", ["compose", "-p", project, "-f", join(ROOT, "compose.yaml"), ...rest], {
        cwd: ROOT,
        env,
        encoding: "utf8",
        timeout: 1_500_000,
      });
    try {
      const up = compose("up", "--detach", "--build", "--wait", "--wait-timeout", "600");
      assert.equal(up.status, 0, up.stderr);
      const base = `http://127.0.0.1:${port}`;
      const health = (await (await fetch(`${base}/api/health`)).json()) as { status: string; articles: number };
      assert.deepEqual(health, { status: "ok", articles: 0 });

      const token = compose("exec", "-T", "server", "node", "bin/sitrep.js", "token", "create", "compose-test");
      assert.equal(token.status, 0, token.stderr);
      const posted = await fetch(`${base}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token.stdout.trim()}` },
        body: JSON.stringify({
          id: "compose-check",
          published: "2025-03-04",
          text: "Gunmen attacked a police post near Gao on Monday, killing two officers, a local official said.",
        }),
      });
      assert.equal(posted.status, 201, await posted.text());
      const after = (await (await fetch(`${base}/api/health`)).json()) as { articles: number };
      assert.equal(after.articles, 1);
      const { events } = (await (await fetch(`${base}/api/events`)).json()) as { events: unknown[] };
      assert.ok(events.length >= 1);
      const ps = compose("ps", "--services", "--status", "running");
      assert.deepEqual(ps.stdout.trim().split("\n").sort(), ["postgres", "server", "worker"]);
    } finally {
      compose("down", "--volumes", "--timeout", "10");
    }
  },
);
