/**
 * Exports of a large store, every format, through the command line and the API: a SQLite store is
 * bulk-loaded with synthetic events (bulk-load.ts); each format is exported by `sitrep export`
 * into a file (its time and the process's peak RSS), then by `GET /api/export` from a fresh
 * `sitrep serve` while another process (listing-client.ts, a second user) makes listing requests
 * one after another until the export ends (the export's time, the server's peak RSS, and the
 * listings' latency: an export must not hold up other requests). The same listings are first timed
 * with no export running, and the load average is noted with each: on a busy machine they are slow
 * without any export, and the difference is the export's.
 *
 *   tsx bench/export-streaming.ts [--events 200000] [--db FILE] [--formats json,jsonl,geojson,csv] [--via cli,api]
 *                                [--seed S] [--json]
 *
 * --db keeps the store (and grows one left by an earlier run with the same seed) instead of a
 * temporary one.
 */
import { fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { startApiServer } from "./api-server.ts";
import { bulkLoad } from "./bulk-load.ts";
import { loadTheatres } from "./conflict-theatres.ts";
import { FILTER_KINDS, listingQueries, queryPath } from "./listing-queries.ts";
import { REPO_ROOT, runSitrep } from "./measured-process.ts";
import { onInterrupt } from "./on-interrupt.ts";
import type { IncidentSpace } from "./synthetic-events.ts";
import { EXPORT_FORMATS, type ExportFormat } from "../src/export/export-formats.ts";

export interface CliExport {
  seconds: number;
  bytes: number;
  peakRssBytes: number | null;
}

/** Listing requests answered one after another, and their latency in ms. */
export interface ListingLatency {
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ApiExport extends ListingLatency {
  seconds: number;
  bytes: number;
  serverPeakRssBytes: number | null;
  /** The 1-minute load average as the export ended: other work on the machine slows the listings too. */
  load: number;
}

/** How long the listings are timed with no export running. */
const IDLE_SECONDS = 30;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]! : NaN;
}

function latency(times: number[]): ListingLatency {
  const sorted = [...times].sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}

function eventCount(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function cliExport(db: string, format: ExportFormat, dir: string): Promise<CliExport> {
  const out = join(dir, `export.${format}`);
  try {
    const run = await runSitrep([["export", "--db", db, "--format", format, "--output", out]]);
    return { seconds: run.seconds, bytes: statSync(out).size, peakRssBytes: run.usage[0]?.maxRssBytes ?? null };
  } finally {
    rmSync(out, { force: true });
  }
}

/** Reads a whole export over HTTP, counting its bytes (the body is never held). */
async function download(url: string): Promise<{ seconds: number; bytes: number }> {
  const t0 = performance.now();
  // Compressed, as a browser asks for it (the server's gzip is part of an export's cost).
  const res = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  if (res.status !== 200 || !res.body) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
  return { seconds: (performance.now() - t0) / 1000, bytes };
}

/** The listing client (listing-client.ts) in a process of its own, warmed up and waiting for "go". */
async function listingClient(url: string, paths: string[]): Promise<{ go(): void; stop(): Promise<number[]>; kill(): void }> {
  const child = fork(join(REPO_ROOT, "bench", "listing-client.ts"), {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const forget = onInterrupt(() => child.kill("SIGTERM"));
  const failed = new Promise<never>((_, fail) =>
    child.once("exit", (code) => fail(new Error(`the listing client exited (${code}) before it was done (its error is above)`))),
  );
  const reply = <T>(): Promise<T> => Promise.race([new Promise<T>((done) => child.once("message", (m) => done(m as T))), failed]);
  child.send({ url, paths });
  await reply<{ ready: true }>();
  return {
    go: () => child.send("go"),
    async stop() {
      child.send("stop");
      const { times } = await reply<{ times: number[] }>();
      forget();
      return times;
    },
    kill() {
      child.kill("SIGTERM");
      forget();
    },
  };
}

async function apiExport(db: string, format: ExportFormat, paths: string[]): Promise<ApiExport> {
  const server = await startApiServer(db);
  let measured: Omit<ApiExport, "serverPeakRssBytes">;
  let client: Awaited<ReturnType<typeof listingClient>> | null = null;
  try {
    // Another user's listings, from another process: this one's reading of the export must not slow them, nor they it.
    client = await listingClient(server.url, paths);
    client.go();
    const { seconds, bytes } = await download(`${server.url}/api/export?format=${format}`);
    const times = await client.stop();
    client = null;
    measured = { seconds, bytes, load: os.loadavg()[0]!, ...latency(times) };
  } catch (error) {
    client?.kill();
    await server.stop();
    throw error;
  }
  return { ...measured, serverPeakRssBytes: await server.stop() };
}

/**
 * The same listings from the same client with no export running, for `IDLE_SECONDS`: what the
 * server answers on this machine as loaded now, beside which the listings during exports read.
 */
async function idleListings(db: string, paths: string[]): Promise<ListingLatency & { load: number }> {
  const server = await startApiServer(db);
  try {
    const client = await listingClient(server.url, paths);
    client.go();
    await new Promise((done) => setTimeout(done, IDLE_SECONDS * 1000));
    return { ...latency(await client.stop()), load: os.loadavg()[0]! };
  } finally {
    await server.stop();
  }
}

export async function runExportBench(options: {
  events: number;
  seed: number;
  db: string | null;
  formats?: readonly ExportFormat[];
  via?: ReadonlySet<"cli" | "api">;
}) {
  const space: IncidentSpace = { theatres: loadTheatres(), seed: options.seed, firstDay: "2021-01-01", days: 1826 };
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-export-"));
  const file = options.db ? resolve(options.db) : join(dir, "events.db");
  const forget = onInterrupt(() => rmSync(dir, { recursive: true, force: true }));
  try {
    const have = eventCount(file);
    let loadSeconds: number | null = null;
    if (have < options.events) {
      console.error(`export: loading events ${have + 1}-${options.events} ...`);
      loadSeconds = bulkLoad(file, space, have, options.events).seconds;
    }
    const events = eventCount(file);
    const paths = FILTER_KINDS.flatMap((kind, k) => listingQueries(space, kind, 40, options.seed + k).map((q) => queryPath(q)));
    // Interleaved, so that every kind of listing is asked during each export.
    const mixed = paths.map((_, i) => paths[(i % FILTER_KINDS.length) * 40 + Math.floor(i / FILTER_KINDS.length)]!);
    const cli: Partial<Record<ExportFormat, CliExport>> = {};
    const api: Partial<Record<ExportFormat, ApiExport>> = {};
    let idle: (ListingLatency & { load: number }) | null = null;
    if (options.via?.has("api") ?? true) {
      console.error(`export: listings with no export running, for ${IDLE_SECONDS} s ...`);
      idle = await idleListings(file, mixed);
      console.error(
        `    ${idle.requests} listings: p50 ${idle.p50.toFixed(1)} ms, p95 ${idle.p95.toFixed(1)} ms, max ${idle.max.toFixed(1)} ms (load average ${idle.load.toFixed(1)})`,
      );
    }
    for (const format of options.formats ?? EXPORT_FORMATS) {
      if (options.via?.has("cli") ?? true) {
        console.error(`export: ${events} events as ${format}, by the command line ...`);
        const c = (cli[format] = await cliExport(file, format, dir));
        console.error(
          `    ${c.seconds.toFixed(1)} s, ${(c.bytes / 1e6).toFixed(0)} MB written, peak RSS ${((c.peakRssBytes ?? 0) / 1e6).toFixed(0)} MB`,
        );
      }
      if (options.via?.has("api") ?? true) {
        console.error(`export: ${events} events as ${format}, by the API, listings asked meanwhile ...`);
        const a = (api[format] = await apiExport(file, format, mixed));
        console.error(
          `    ${a.seconds.toFixed(1)} s, ${(a.bytes / 1e6).toFixed(0)} MB sent, server peak RSS ${((a.serverPeakRssBytes ?? 0) / 1e6).toFixed(0)} MB; ` +
            `${a.requests} listings meanwhile: p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms, max ${a.max.toFixed(1)} ms (load average ${a.load.toFixed(1)})`,
        );
      }
    }
    return { seed: options.seed, events, loadSeconds, dbBytes: statSync(file).size, cli, api, idle };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    forget();
  }
}

export type ExportReport = Awaited<ReturnType<typeof runExportBench>>;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: args } = parseArgs({
    options: {
      events: { type: "string", default: "200000" },
      seed: { type: "string", default: "20250312" },
      db: { type: "string" },
      formats: { type: "string", default: EXPORT_FORMATS.join(",") },
      via: { type: "string", default: "cli,api" },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  const formats = args.formats.split(",").map((f) => f.trim()) as ExportFormat[];
  const unknown = formats.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length) throw new Error(`--formats: unknown ${unknown.join(", ")}; known: ${EXPORT_FORMATS.join(", ")}`);
  const report = await runExportBench({
    events: Number(args.events),
    seed: Number(args.seed),
    db: args.db ?? null,
    formats,
    via: new Set(args.via.split(",").map((v) => v.trim() as "cli" | "api")),
  });
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else {
    const idle = report.idle;
    if (idle)
      console.log(
        `(none)   API listings with no export running p95 ${idle.p95.toFixed(1)} ms (${idle.requests}), load ${idle.load.toFixed(1)}`,
      );
    for (const format of formats) {
      const c = report.cli[format];
      const a = report.api[format];
      if (c) console.log(`${format.padEnd(8)} CLI ${c.seconds.toFixed(1)} s, peak RSS ${((c.peakRssBytes ?? 0) / 1e6).toFixed(0)} MB`);
      if (a)
        console.log(
          `${format.padEnd(8)} API ${a.seconds.toFixed(1)} s, server peak RSS ${((a.serverPeakRssBytes ?? 0) / 1e6).toFixed(0)} MB, listings meanwhile p95 ${a.p95.toFixed(1)} ms (${a.requests}), load ${a.load.toFixed(1)}`,
        );
    }
  }
}
