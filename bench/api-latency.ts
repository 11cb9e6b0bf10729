/**
 * API query latency at growing store sizes: a SQLite store is bulk-loaded with synthetic events
 * (bulk-load.ts; checked first, on a small load, against the filters' definitions), served by
 * `sitrep serve`, and asked `GET /api/events` over HTTP, one request at a time, for each filter;
 * p50 and p95 per filter, and the server's peak RSS, at each size.
 *
 *   tsx bench/api-latency.ts [--events 100000,1000000] [--requests 100] [--max-seconds 120]
 *                            [--check-events 3000] [--db FILE] [--profile] [--json]
 *
 * --db keeps the store (and grows one left by an earlier run with the same seed) instead of a
 * temporary one.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { startApiServer } from "./api-server.ts";
import { bulkLoad } from "./bulk-load.ts";
import { checkBulkLoad, type BulkLoadCheck } from "./check-bulk-load.ts";
import { loadTheatres } from "./conflict-theatres.ts";
import { createApp } from "../src/interfaces/http/create-app.ts";
import { storeFilter } from "../src/interfaces/http/event-routes.ts";
import { eventListingSql, type ListingHints } from "../src/storage/sqlite/event-listing-sql.ts";
import { searchDay } from "../src/storage/sqlite/event-search-index.ts";
import { indexVocabulary, wordIndexQuery } from "../src/storage/sqlite/free-text-terms.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";
import { profileWork, type ProfileSummary } from "./cpu-profile.ts";
import { onInterrupt } from "./on-interrupt.ts";
import { FILTER_KINDS, listingQueries, queryPath, type FilterKind, type ListingQuery } from "./listing-queries.ts";
import type { IncidentSpace } from "./synthetic-events.ts";
import { TARGETS } from "./targets.ts";

const WARMUP_REQUESTS = 3;
const PROFILE_REQUESTS = 10;

export interface LatencyOptions {
  sizes: number[];
  requests: number;
  maxSecondsPerFilter: number;
  checkEvents: number;
  seed: number;
  db: string | null;
  profile: boolean;
}

export interface FilterLatency {
  samples: number;
  p50: number;
  p95: number;
  max: number;
  /** Events per answer, on average (the page is at most 100). */
  meanEvents: number;
}

export interface SizeResult {
  events: number;
  loadSeconds: number | null;
  dbBytes: number;
  serverPeakRssBytes: number | null;
  filters: Record<FilterKind, FilterLatency>;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
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

/** Times each request (until the whole answer is read); stops early after `maxSeconds`. */
async function timeRequests(base: string, paths: string[], maxSeconds: number): Promise<FilterLatency> {
  const times: number[] = [];
  let events = 0;
  const started = performance.now();
  for (const path of paths) {
    const t0 = performance.now();
    const res = await fetch(base + path);
    const body = await res.text();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 300)}`);
    events += (JSON.parse(body) as { events: unknown[] }).events.length;
    if ((performance.now() - started) / 1000 > maxSeconds) break;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    samples: times.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1)!,
    meanEvents: events / times.length,
  };
}

async function measureSize(
  file: string,
  space: IncidentSpace,
  options: LatencyOptions,
): Promise<Omit<SizeResult, "events" | "loadSeconds" | "dbBytes">> {
  const server = await startApiServer(file);
  const filters = {} as Record<FilterKind, FilterLatency>;
  let serverPeakRssBytes: number | null = null;
  try {
    for (const [k, kind] of FILTER_KINDS.entries()) {
      const paths = listingQueries(space, kind, WARMUP_REQUESTS + options.requests, options.seed + k).map((q) => queryPath(q));
      for (const path of paths.slice(0, WARMUP_REQUESTS)) await (await fetch(server.url + path)).text();
      filters[kind] = await timeRequests(server.url, paths.slice(WARMUP_REQUESTS), options.maxSecondsPerFilter);
      const f = filters[kind];
      console.error(
        `    ${kind.padEnd(8)} p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (${f.samples} requests, ${f.meanEvents.toFixed(0)} events each)`,
      );
    }
  } finally {
    serverPeakRssBytes = await server.stop();
  }
  return { serverPeakRssBytes, filters };
}

/** What the store looks up before listing for this request (as sqlite-store.ts does), for its SQL. */
function listingHints(db: Database.Database, query: ListingQuery): ListingHints {
  const filter = storeFilter(query.params);
  const hints: ListingHints = {};
  if (filter.since) {
    const floor = db
      .prepare("SELECT min(date_start) FROM events WHERE date_end > date_start AND date_end >= ? AND date_start < ?")
      .pluck()
      .get(filter.since, filter.since) as string | null;
    hints.sinceFloor = floor ?? filter.since;
  }
  const words = filter.mentions ? wordIndexQuery(filter.mentions, indexVocabulary(db)) : null;
  // The first window of dated days a search reads (the undated events are read apart).
  if (words) hints.search = { query: words, fromDay: searchDay("2021-01-01"), toDay: searchDay("2021-01-02") };
  return hints;
}

/** SQLite's plan for the listing SQL of one such request (its first page), as `EXPLAIN QUERY PLAN` gives it. */
function queryPlan(file: string, query: ListingQuery): string {
  const db = new Database(file, { readonly: true });
  try {
    const { sql, params } = eventListingSql(storeFilter(query.params), undefined, 101, listingHints(db, query));
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>;
    return rows.map((r) => r.detail).join("; ");
  } finally {
    db.close();
  }
}

/**
 * How much of the store one request of these kinds goes through, which no profile shows: for a
 * date range, the listing-index entries from the earliest event still running on its first day
 * to its last; for free text, the events the word index matches for the word it looks up.
 */
function rowsWalked(file: string, query: ListingQuery): number | null {
  const db = new Database(file, { readonly: true });
  try {
    const hints = listingHints(db, query);
    if (query.kind === "dates") {
      return db
        .prepare("SELECT count(*) FROM events WHERE coalesce(date_start, '') BETWEEN ? AND ?")
        .pluck()
        .get(hints.sinceFloor, query.params["until"]) as number;
    }
    if (query.kind !== "q" || !hints.search) return null;
    return db.prepare("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?").pluck().get(hints.search.query) as number;
  } finally {
    db.close();
  }
}

/**
 * A CPU profile of the API answering requests of one kind: the real app over the same store, in
 * this process (app.request, no socket), after a warm-up, so that start-up is left out; with
 * SQLite's plan for the listing's SQL.
 */
async function profileFilter(file: string, space: IncidentSpace, kind: FilterKind, seed: number): Promise<ProfileSummary> {
  const store = createSqliteStore(file);
  try {
    const app = createApp(store);
    const queries = listingQueries(space, kind, WARMUP_REQUESTS + PROFILE_REQUESTS, seed);
    const paths = queries.map((q) => queryPath(q));
    for (const path of paths.slice(0, WARMUP_REQUESTS)) await (await app.request(path)).text();
    const profile = await profileWork(async () => {
      for (const path of paths.slice(WARMUP_REQUESTS)) await (await app.request(path)).text();
    });
    const timed = queries.slice(WARMUP_REQUESTS);
    const walked = timed.map((q) => rowsWalked(file, q)).filter((n): n is number => n !== null);
    const walk = walked.length
      ? `; rows each request goes through: mean ${Math.round(walked.reduce((a, b) => a + b, 0) / walked.length).toLocaleString("en-US")}, ` +
        `max ${Math.max(...walked).toLocaleString("en-US")} ${kind === "q" ? "events the word index matches for the word looked up" : "listing-index entries"}`
      : "";
    return { ...profile, line: `${profile.line}; SQLite plan: ${queryPlan(file, timed[0]!)}${walk}` };
  } finally {
    await store.close();
  }
}

export async function runLatencyBench(options: LatencyOptions) {
  const space: IncidentSpace = { theatres: loadTheatres(), seed: options.seed, firstDay: "2021-01-01", days: 1826 };
  console.error(`api: checking a bulk load of ${options.checkEvents} events against the filters' definitions ...`);
  const check: BulkLoadCheck = await checkBulkLoad(space, options.checkEvents);
  const dir = options.db ? null : mkdtempSync(join(tmpdir(), "sitrep-bench-api-"));
  const file = options.db ? resolve(options.db) : join(dir!, "events.db");
  const forget = onInterrupt(() => dir && rmSync(dir, { recursive: true, force: true }));
  const sizes: SizeResult[] = [];
  const profiles: Partial<Record<FilterKind, ProfileSummary>> = {};
  try {
    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      const have = eventCount(file);
      let loadSeconds: number | null = null;
      if (have < size) {
        console.error(`api: loading events ${have + 1}-${size} ...`);
        loadSeconds = bulkLoad(file, space, have, size).seconds;
      }
      const events = eventCount(file);
      console.error(`api: ${events} events stored; timing ${options.requests} requests per filter ...`);
      const measured = await measureSize(file, space, options);
      sizes.push({ events, loadSeconds, dbBytes: statSync(file).size, ...measured });
    }
    const largest = sizes.at(-1);
    if (options.profile && largest) {
      for (const kind of FILTER_KINDS) {
        if (largest.filters[kind].p95 <= TARGETS.apiP95Ms) continue;
        console.error(`api: profiling the server answering "${kind}" requests ...`);
        profiles[kind] = await profileFilter(file, space, kind, options.seed + 1000);
      }
    }
    return {
      seed: options.seed,
      firstDay: space.firstDay,
      days: space.days,
      requests: options.requests,
      maxSecondsPerFilter: options.maxSecondsPerFilter,
      check,
      sizes,
      profiles,
    };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
    forget();
  }
}

export type LatencyReport = Awaited<ReturnType<typeof runLatencyBench>>;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: args } = parseArgs({
    options: {
      events: { type: "string", default: "100000,1000000" },
      requests: { type: "string", default: "100" },
      "max-seconds": { type: "string", default: "120" },
      "check-events": { type: "string", default: "3000" },
      seed: { type: "string", default: "20250312" },
      db: { type: "string" },
      profile: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  const report = await runLatencyBench({
    sizes: args.events.split(",").map(Number),
    requests: Number(args.requests),
    maxSecondsPerFilter: Number(args["max-seconds"]),
    checkEvents: Number(args["check-events"]),
    seed: Number(args.seed),
    db: args.db ?? null,
    profile: args.profile,
  });
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else {
    for (const s of report.sizes) {
      console.log(`${s.events} events (server peak RSS ${((s.serverPeakRssBytes ?? 0) / 1e6).toFixed(0)} MB):`);
      for (const kind of FILTER_KINDS) {
        const f = s.filters[kind];
        console.log(
          `  ${kind.padEnd(8)} p50 ${f.p50.toFixed(1).padStart(8)} ms  p95 ${f.p95.toFixed(1).padStart(8)} ms  (${f.samples} requests)`,
        );
      }
    }
    for (const [kind, p] of Object.entries(report.profiles)) console.log(`${kind}: ${p.line}`);
  }
}
