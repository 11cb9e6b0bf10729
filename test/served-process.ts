/**
 * Runs a `sitrep` command that serves over HTTP (serve, demo) as a child process, for tests that
 * talk to it as a user would: waits for the banner that tells the address, keeps what it printed,
 * and stops it with SIGTERM.
 */
import { spawn, type SpawnOptions } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));

export interface ServedProcess {
  /** The address from the banner, without a trailing slash. */
  url: string;
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves to the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `sitrep ARGS` and resolves once stdout matches `banner`, whose first group is the address.
 * Rejects (with what it wrote to stderr) if the process exits first.
 */
export async function startServed(args: string[], banner: RegExp, options: Pick<SpawnOptions, "cwd" | "env"> = {}): Promise<ServedProcess> {
  const child = spawn(process.execPath, [BIN, ...args], { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async (): Promise<number | null> => {
    child.kill("SIGTERM");
    return exited;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (d: Buffer) => {
        stdout += d.toString();
        const m = banner.exec(stdout);
        if (m) resolve(m[1]!);
      });
      void exited.then((code) => reject(new Error(`sitrep ${args.join(" ")} exited with ${code} before serving: ${stderr}`)));
    });
    return { url, stdout: () => stdout, stderr: () => stderr, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
