/**
 * Full ingest (extraction, merging, storing) through Sitrep's own command, as a user runs it:
 * into SQLite in one process (`sitrep ingest --db FILE --manifest M`), and into PostgreSQL through
 * the queue (`sitrep ingest --queue`, then 1 and then 2 `sitrep worker --until-empty` processes).
 *
 *   tsx bench/ingest-throughput.ts [--articles 1000] [--years 2] [--seed S]
 *                                  [--pg postgres://...] [--workers 1,2] [--no-pg] [--profile] [--json]
 *
 * The articles are the synthetic corpus's first N, with publication days spread over the years.
 * Articles/s is over each command's whole life (start-up included); "steady" is over the first and
 * last article's ingestion times as the store records them. The time per article grows with the
 * store (merging compares more candidates as components grow: `npm run bench:ingest` shows it per
 * slice), so figures hold for this size only.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { ingestBatch } from "../src/app/ingest-batch.ts";
import { itemsFromManifest } from "../src/ingest/batch-items.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";
import { profileDir, profileWork, summariseProfiles, type ProfileSummary } from "./cpu-profile.ts";
import { datedArchive, writeArchive } from "./dated-corpus.ts";
import { runSitrep, type MeasuredRun } from "./measured-process.ts";
import { onInterrupt } from "./on-interrupt.ts";
import { buildCorpus } from "./synthetic-corpus.ts";
import { TARGETS } from "./targets.ts";

export const DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test";
/** Articles in the profiled run of the workers (the first of the corpus): enough to see what dominates. */
const PROFILE_ARTICLES = 600;

export interface IngestOptions {
  articles: number;
  years: number;
  seed: number;
  /** Server URL without `?schema`; null to skip PostgreSQL. */
  pg: string | null;
  workers: number[];
  profile: boolean;
}

/** What the store holds after a run: counts, and the first and last article's ingestion times. */
interface Stored {
  articles: number;
  events: number;
  first: string | null;
  last: string | null;
}

export interface IngestRun {
  label: string;
  processes: number;
  articles: number;
  events: number;
  seconds: number;
  articlesPerSecond: number;
  /** Articles/s between the first and the last article's ingestion (start-up left out). */
  steadyArticlesPerSecond: number | null;
  peakRssBytes: number;
  cpuSeconds: number;
  machineBusy: number;
}

function toRun(label: string, run: MeasuredRun, stored: Stored): IngestRun {
  const span = stored.first && stored.last ? (Date.parse(stored.last) - Date.parse(stored.first)) / 1000 : 0;
  return {
    label,
    processes: run.processes,
    articles: stored.articles,
    events: stored.events,
    seconds: run.seconds,
    articlesPerSecond: stored.articles / run.seconds,
    steadyArticlesPerSecond: span > 0 ? (stored.articles - 1) / span : null,
    peakRssBytes: Math.max(0, ...run.usage.map((u) => u.maxRssBytes)),
    cpuSeconds: run.usage.reduce((s, u) => s + u.cpuSeconds, 0),
    machineBusy: run.machineBusy,
  };
}

function sqliteStored(file: string): Stored {
  const db = new Database(file, { readonly: true });
  try {
    const a = db.prepare("SELECT count(*) AS n, min(ingested_at) AS first, max(ingested_at) AS last FROM articles").get() as {
      n: number;
      first: string | null;
      last: string | null;
    };
    const e = db.prepare("SELECT count(*) AS n FROM events").get() as { n: number };
    return { articles: a.n, events: e.n, first: a.first, last: a.last };
  } finally {
    db.close();
  }
}

async function withPg<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function pgStored(server: string, schema: string): Promise<Stored> {
  return withPg(server, async (c) => {
    const a = await c.query<{ n: number; first: string | null; last: string | null }>(
      `SELECT count(*)::int AS n, min(ingested_at) AS first, max(ingested_at) AS last FROM "${schema}".articles`,
    );
    const e = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".events`);
    return { articles: a.rows[0]!.n, events: e.rows[0]!.n, first: a.rows[0]!.first, last: a.rows[0]!.last };
  });
}

/** Drops the store's schema and its queue's. */
async function dropSchemas(server: string, schema: string): Promise<void> {
  await withPg(server, async (c) => {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.query(`DROP SCHEMA IF EXISTS "${schema}_queue" CASCADE`);
  });
}

/** Queues the manifest's articles in a fresh schema, then runs `workers` workers until the queue is empty. */
async function queueRun(
  server: string,
  schema: string,
  manifest: string,
  workers: number,
  measure: { nodeFlags?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<{ run: MeasuredRun; stored: Stored; enqueueSeconds: number }> {
  const url = `${server}?schema=${schema}`;
  await dropSchemas(server, schema);
  const forget = onInterrupt(() => dropSchemas(server, schema));
  try {
    const enqueue = await runSitrep([["ingest", "--queue", "--db", url, "--manifest", manifest]]);
    const run = await runSitrep(
      Array.from({ length: workers }, () => ["worker", "--until-empty", "--db", url]),
      measure,
    );
    return { run, stored: await pgStored(server, schema), enqueueSeconds: enqueue.seconds };
  } finally {
    await dropSchemas(server, schema);
    forget();
  }
}

/** A manifest of the first `n` lines of another, beside it (so its relative file paths still hold). */
function headManifest(manifest: string, n: number): string {
  const lines = readFileSync(manifest, "utf8").split("\n").filter(Boolean).slice(0, n);
  const head = manifest.replace(/\.jsonl$/, `-head${n}.jsonl`);
  writeFileSync(head, lines.map((l) => `${l}\n`).join(""));
  return head;
}

/**
 * Runs `run` with node flags that write CPU profiles, and summarises them (start-up included).
 * The commands run from the sources (not the compiled command line), so that time is charged to
 * the files it is spent in.
 */
async function profiled(run: (measure: { nodeFlags: string[]; env: NodeJS.ProcessEnv }) => Promise<unknown>): Promise<ProfileSummary> {
  const { dir, remove } = profileDir();
  try {
    await run({ nodeFlags: ["--cpu-prof", "--cpu-prof-dir", dir], env: { SITREP_FROM_SOURCE: "1" } });
    return summariseProfiles(dir);
  } finally {
    remove();
  }
}

/**
 * A CPU profile of ingesting the manifest into a new SQLite store, in this process, through the
 * same batch ingestion the command runs (start-up left out).
 */
async function profileSqliteIngest(file: string, manifest: string): Promise<ProfileSummary> {
  const store = createSqliteStore(file);
  try {
    const { items } = itemsFromManifest(manifest);
    return await profileWork(() => ingestBatch(store, items));
  } finally {
    await store.close();
  }
}

export async function runIngestBench(options: IngestOptions) {
  const corpus = buildCorpus({ articles: options.articles, seed: options.seed, minSentences: 5, maxSentences: 25 });
  const startYear = 2023;
  const archive = datedArchive(corpus, { years: options.years, seed: options.seed, startYear });
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-ingest-"));
  const forget = onInterrupt(() => rmSync(dir, { recursive: true, force: true }));
  const runs: IngestRun[] = [];
  const profiles: Record<string, ProfileSummary> = {};
  let enqueueSeconds: number | null = null;
  try {
    const manifest = writeArchive(dir, archive);
    const bytes = archive.reduce((s, a) => s + Buffer.byteLength(a.body, "utf8"), 0);
    console.error(
      `ingest corpus: ${archive.length} articles (${(bytes / 1e6).toFixed(2)} MB), published ${archive[0]?.published} to ${archive.at(-1)?.published}`,
    );

    console.error("ingest: SQLite, one process ...");
    const file = join(dir, "bench.db");
    const sqlite = toRun("SQLite, 1 process", await runSitrep([["ingest", "--db", file, "--manifest", manifest]]), sqliteStored(file));
    runs.push(sqlite);
    console.error(`  ${sqlite.articlesPerSecond.toFixed(1)} articles/s, ${sqlite.events} events`);

    if (options.profile && (sqlite.articlesPerSecond < TARGETS.sqliteArticlesPerSecond || sqlite.peakRssBytes > TARGETS.peakRssBytes)) {
      console.error(`ingest: profiling the SQLite ingest of the same ${archive.length} articles ...`);
      profiles["sqlite"] = await profileSqliteIngest(join(dir, "profiled.db"), manifest);
    }

    if (options.pg) {
      for (const workers of options.workers) {
        console.error(`ingest: PostgreSQL through the queue, ${workers} worker(s) ...`);
        const schema = `sitrep_bench_${process.pid}_w${workers}`;
        const result = await queueRun(options.pg, schema, manifest, workers);
        enqueueSeconds = result.enqueueSeconds;
        const run = toRun(`PostgreSQL queue, ${workers} worker${workers > 1 ? "s" : ""}`, result.run, result.stored);
        runs.push(run);
        console.error(
          `  ${run.articlesPerSecond.toFixed(1)} articles/s, ${run.events} events, machine ${(run.machineBusy * 100).toFixed(0)}% busy`,
        );
      }
    }
    const one = runs.find((r) => r.label.startsWith("PostgreSQL") && r.processes === 1);
    const two = runs.find((r) => r.label.startsWith("PostgreSQL") && r.processes === 2);
    const scaling = one && two ? two.articlesPerSecond / one.articlesPerSecond : null;
    const steadyScaling =
      one?.steadyArticlesPerSecond && two?.steadyArticlesPerSecond ? two.steadyArticlesPerSecond / one.steadyArticlesPerSecond : null;
    if (options.profile && options.pg && scaling !== null && scaling < TARGETS.workerScaling) {
      console.error(`ingest: profiling 2 workers over ${Math.min(PROFILE_ARTICLES, archive.length)} articles ...`);
      const head = headManifest(manifest, PROFILE_ARTICLES);
      profiles["workers"] = await profiled((measure) => queueRun(options.pg!, `sitrep_bench_${process.pid}_prof`, head, 2, measure));
    }
    return {
      articles: archive.length,
      bytes,
      years: options.years,
      published: { from: archive[0]?.published ?? null, to: archive.at(-1)?.published ?? null },
      seed: options.seed,
      enqueueSeconds,
      runs,
      scaling,
      steadyScaling,
      profiles,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    forget();
  }
}

export type IngestReport = Awaited<ReturnType<typeof runIngestBench>>;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: args } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      years: { type: "string", default: "2" },
      seed: { type: "string", default: "20250312" },
      pg: { type: "string", default: process.env["SITREP_BENCH_PG"] ?? DEFAULT_PG },
      workers: { type: "string", default: "1,2" },
      "no-pg": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  const report = await runIngestBench({
    articles: Number(args.articles),
    years: Number(args.years),
    seed: Number(args.seed),
    pg: args["no-pg"] ? null : args.pg,
    workers: args.workers.split(",").map(Number),
    profile: args.profile,
  });
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else {
    for (const r of report.runs) {
      console.log(
        `${r.label.padEnd(30)} ${r.articlesPerSecond.toFixed(1).padStart(7)} articles/s (steady ${r.steadyArticlesPerSecond?.toFixed(1) ?? "-"}), ` +
          `${r.events} events, peak RSS ${(r.peakRssBytes / 1e6).toFixed(0)} MB, machine ${(r.machineBusy * 100).toFixed(0)}% busy`,
      );
    }
    if (report.scaling !== null)
      console.log(`2 workers / 1 worker: ${report.scaling.toFixed(2)}x (steady ${report.steadyScaling?.toFixed(2) ?? "-"}x)`);
    for (const [stage, p] of Object.entries(report.profiles)) console.log(`${stage}: ${p.line}`);
  }
}
