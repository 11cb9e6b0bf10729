/**
 * A quick CPU profile of a missed stage, and what dominates it, said twice over: by self time
 * (Sitrep file, package, garbage collection, idle) and by the nearest Sitrep file on the stack
 * (time in libraries and natives charged to the code calling them). A profile is taken either in
 * this process around some work (start-up left out) or by running processes under `--cpu-prof`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./measured-process.ts";
import { onInterrupt } from "./on-interrupt.ts";

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  seconds: number;
  /** Self time by place, largest first, as shares of all samples. */
  bySelf: Array<{ place: string; share: number }>;
  /** Time by the nearest Sitrep file on the stack, largest first. */
  bySitrepFile: Array<{ place: string; share: number }>;
  hottestFunctions: Array<{ place: string; share: number }>;
  /** One line for RESULTS.md. */
  line: string;
}

const SRC_PREFIX = `file://${REPO_ROOT}/`;

/** A Sitrep source file (src/..., bin/...) as a repository path, or null (the benchmark's own files are not Sitrep's). */
function sitrepFile(url: string): string | null {
  if (!url.startsWith(SRC_PREFIX)) return null;
  const path = url.slice(SRC_PREFIX.length).replace(/\?.*$/, "");
  return path.startsWith("src/") || path.startsWith("bin/") || path.startsWith("data/generated/cli/") ? path : null;
}

const SPECIAL_FRAMES = new Map([
  ["(garbage collector)", "garbage collection"],
  ["(idle)", "idle (event loop waiting: database, locks, I/O, module loading)"],
  ["(program)", "V8 itself (compiling, runtime)"],
  ["(root)", "V8 itself (compiling, runtime)"],
]);

/** better-sqlite3's calls into SQLite, which show in profiles as natives of these names. */
const SQLITE_CALLS = new Set(["all", "get", "run", "iterate", "exec", "prepare", "pragma"]);

/** Where a frame's own time goes: a Sitrep file, a package, node's internals, a native, GC, idle. */
function placeOf(frame: CallFrame): string {
  const special = SPECIAL_FRAMES.get(frame.functionName);
  if (special) return special;
  const file = sitrepFile(frame.url);
  if (file) return file;
  if (frame.url.startsWith(SRC_PREFIX) && !frame.url.includes("/node_modules/")) return frame.url.slice(SRC_PREFIX.length);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (pkg) return `package ${pkg[1]}`;
  if (frame.url.startsWith("node:")) return "node internals";
  if (frame.url === "" && SQLITE_CALLS.has(frame.functionName)) return `SQLite running statements (better-sqlite3 ${frame.functionName})`;
  if (frame.url === "") return `native ${frame.functionName || "(anonymous)"}`;
  return frame.url;
}

function ranked(weights: Map<string, number>, total: number, n: number): Array<{ place: string; share: number }> {
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([place, w]) => ({ place, share: w / total }));
}

/** Sums every profile in `dir` (one per process, from `--cpu-prof-dir`) into one summary. */
export function summariseProfiles(dir: string): ProfileSummary {
  return summarise(
    readdirSync(dir)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as CpuProfile),
  );
}

/** Profiles `work` in this process (sampling every 0.5 ms) and summarises what it spent its time on. */
export async function profileWork(work: () => Promise<unknown>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 500 });
    await session.post("Profiler.start");
    let profile: unknown;
    try {
      await work();
    } finally {
      ({ profile } = await session.post("Profiler.stop"));
    }
    return summarise([profile as CpuProfile]);
  } finally {
    session.disconnect();
  }
}

function summarise(profiles: CpuProfile[]): ProfileSummary {
  const self = new Map<string, number>();
  const owner = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // The nearest Sitrep file on each node's stack, found once per node.
    const nearest = new Map<number, string>();
    const nearestOf = (id: number): string => {
      const known = nearest.get(id);
      if (known !== undefined) return known;
      const node = byId.get(id)!;
      const file = sitrepFile(node.callFrame.url);
      const up = parent.get(id);
      const found = file ?? (up === undefined ? placeOf(node.callFrame) : nearestOf(up));
      nearest.set(id, found);
      return found;
    };
    profile.samples.forEach((id, i) => {
      const w = profile.timeDeltas[i] ?? 0;
      const node = byId.get(id)!;
      const place = placeOf(node.callFrame);
      total += w;
      self.set(place, (self.get(place) ?? 0) + w);
      // Idle and GC stay themselves: no Sitrep code is running then.
      const charged = place.startsWith("idle") || place === "garbage collection" ? place : nearestOf(id);
      owner.set(charged, (owner.get(charged) ?? 0) + w);
      // Line numbers are left out: under the TypeScript loader they are the compiled module's.
      const name = node.callFrame.functionName || "(anonymous)";
      const fn = sitrepFile(node.callFrame.url) || place.startsWith("package ") ? `${name} (${place})` : place;
      functions.set(fn, (functions.get(fn) ?? 0) + w);
    });
  }
  if (total === 0) throw new Error("no CPU profile samples");
  const bySelf = ranked(self, total, 8);
  const bySitrepFile = ranked(owner, total, 8);
  const hottestFunctions = ranked(functions, total, 8);
  const pct = (xs: Array<{ place: string; share: number }>, n: number) =>
    xs
      .filter((x) => x.share >= 0.01)
      .slice(0, n)
      .map((x) => `${x.place} ${(x.share * 100).toFixed(0)}%`)
      .join(", ");
  const line = `time by Sitrep file (callees included): ${pct(bySitrepFile, 4)}; hottest (self time): ${pct(hottestFunctions, 3)}`;
  return { seconds: total / 1e6, bySelf, bySitrepFile, hottestFunctions, line };
}

/** A fresh folder for `--cpu-prof-dir`, and its removal. */
export function profileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-prof-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const forget = onInterrupt(remove);
  return {
    dir,
    remove: () => {
      remove();
      forget();
    },
  };
}
