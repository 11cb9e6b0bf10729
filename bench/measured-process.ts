/**
 * Running Sitrep's own command (`node bin/sitrep.js ...`) as a measured child process: wall time,
 * each process's peak RSS and CPU time (reported by max-rss-preload.mjs as it exits), and how busy
 * the whole machine was meanwhile (from /proc/stat, so the database server counts too).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { onInterrupt } from "./on-interrupt.ts";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SITREP_BIN = join(REPO_ROOT, "bin", "sitrep.js");
const PRELOAD = pathToFileURL(join(REPO_ROOT, "bench", "max-rss-preload.mjs")).href;

/** What one process reported as it exited. */
export interface ProcessUsage {
  pid: number;
  maxRssBytes: number;
  cpuSeconds: number;
}

export interface MeasuredRun {
  /** How many processes ran at once. */
  processes: number;
  seconds: number;
  usage: ProcessUsage[];
  /** Share of all cores' time the machine spent busy (any process) during the run, 0..1. */
  machineBusy: number;
  stdout: string[];
}

/** Busy and total jiffies over all cores, from the first line of /proc/stat (zeros where it is absent). */
function cpuTimes(): { busy: number; total: number } {
  if (!existsSync("/proc/stat")) return { busy: 0, total: 0 };
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Runs one node process to completion; rejects when it exits non-zero. */
function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const forget = onInterrupt(() => child.kill("SIGTERM"));
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", fail);
    child.on("close", (code) => {
      forget();
      if (code === 0) done(out);
      else fail(new Error(`node ${args.join(" ")} exited with ${code}: ${err.trim().slice(-2000)}`));
    });
  });
}

/**
 * Runs the commands at once (each `node [nodeFlags] bin/sitrep.js ...args`) and waits for all of
 * them: the wall time is from the first spawn to the last exit.
 */
export async function runSitrep(
  commands: string[][],
  options: { nodeFlags?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-usage-"));
  const usageFile = join(dir, "usage.jsonl");
  const env = { ...process.env, ...options.env, SITREP_BENCH_USAGE_FILE: usageFile };
  try {
    const cpu0 = cpuTimes();
    const t0 = performance.now();
    const stdout = await Promise.all(
      commands.map((args) => runNode([...(options.nodeFlags ?? []), "--import", PRELOAD, SITREP_BIN, ...args], env)),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuTimes();
    const usage = existsSync(usageFile)
      ? readFileSync(usageFile, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as ProcessUsage)
      : [];
    const machineBusy = cpu1.total > cpu0.total ? (cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total) : 0;
    return { processes: commands.length, seconds, usage, machineBusy, stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
