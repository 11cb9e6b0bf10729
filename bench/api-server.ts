/**
 * `sitrep serve` as a child process for the latency benchmark: started on a free port, asked over
 * HTTP, and stopped with SIGTERM (as a service manager stops it), its peak RSS read from the
 * kernel (VmHWM) just before.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { REPO_ROOT, SITREP_BIN } from "./measured-process.ts";
import { onInterrupt } from "./on-interrupt.ts";

export interface ApiServer {
  url: string;
  pid: number;
  /** Stops the server; resolves with its peak RSS in bytes (null where /proc is not readable). */
  stop(): Promise<number | null>;
}

/** The process's peak resident set so far, from /proc/PID/status. */
export function peakRss(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once("exit", () => done())));
}

export function startApiServer(db: string, options: { nodeFlags?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<ApiServer> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), SITREP_BIN, "serve", "--db", db, "--port", "0", "--read-only"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  return new Promise((resolve, reject) => {
    let out = "";
    const onExit = (code: number | null) => reject(new Error(`sitrep serve exited (${code}) before listening: ${err.trim().slice(-2000)}`));
    child.once("exit", onExit);
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      const url = /https?:\/\/[^\s/]+/.exec(out)?.[0];
      if (!url) return;
      child.stdout!.removeAllListeners("data");
      child.stdout!.resume();
      child.off("exit", onExit);
      const forget = onInterrupt(() => child.kill("SIGTERM"));
      resolve({
        url,
        pid: child.pid!,
        async stop() {
          const peak = peakRss(child.pid!);
          child.kill("SIGTERM");
          // It closes the store and exits; a profile (--cpu-prof) is written then.
          const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
          await exited(child);
          clearTimeout(timer);
          forget();
          return peak;
        },
      });
    });
  });
}
