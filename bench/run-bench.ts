/**
 * The whole benchmark in one command: extraction throughput against compromise, full ingest into
 * SQLite and through the PostgreSQL queue with 1 and 2 workers, API latency at 100,000 and
 * 1,000,000 stored events, the web overview in Chromium over 200,000, and exports of 200,000 events
 * in every format (command line and API, with listings asked meanwhile). Each stage runs in a child
 * process of its own (so each peak RSS is its
 * own); progress goes to stderr, the summary table to stdout, and everything to bench/RESULTS.md.
 *
 *   npm run bench [-- --quick] [--articles 10000] [--ingest-articles 1000] [--ingest-years 2]
 *                 [--events 100000,1000000] [--requests 100] [--max-seconds 120] [--check-events 3000]
 *                 [--pg postgres://postgres@127.0.0.1:5432/test] [--no-pg] [--only extract,ingest,api,web,export]
 *                 [--web-events 200000] [--web-loads 5] [--export-events 200000] [--export-db FILE]
 *                 [--no-profile] [--seed S] [--out FILE]
 *
 * --quick runs small sizes to check that everything works, and writes its results to a temporary
 * file unless --out is given, leaving bench/RESULTS.md alone.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { LatencyReport } from "./api-latency.ts";
import type { ExportReport } from "./export-streaming.ts";
import type { ExtractionReport } from "./extract-throughput.ts";
import { DEFAULT_PG } from "./ingest-throughput.ts";
import type { IngestReport } from "./ingest-throughput.ts";
import type { WebOverviewReport } from "./web-overview.ts";
import { REPO_ROOT } from "./measured-process.ts";
import { resultsMarkdown } from "./results-markdown.ts";
import { summaryRows, summaryTable, type BenchResults, type StageOutcome } from "./results-report.ts";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    articles: { type: "string" },
    "ingest-articles": { type: "string" },
    "ingest-years": { type: "string", default: "2" },
    events: { type: "string" },
    requests: { type: "string" },
    "max-seconds": { type: "string" },
    "check-events": { type: "string" },
    "export-events": { type: "string" },
    "export-db": { type: "string" },
    pg: { type: "string", default: process.env["SITREP_BENCH_PG"] ?? DEFAULT_PG },
    "no-pg": { type: "boolean", default: false },
    only: { type: "string", default: "extract,ingest,api,web,export" },
    "web-events": { type: "string" },
    "web-loads": { type: "string" },
    "no-profile": { type: "boolean", default: false },
    seed: { type: "string", default: "20250312" },
    out: { type: "string" },
  },
  strict: true,
});

const quick = args.quick;
const sizes = {
  articles: args.articles ?? (quick ? "300" : "10000"),
  ingestArticles: args["ingest-articles"] ?? (quick ? "120" : "1000"),
  events: args.events ?? (quick ? "2000,10000" : "100000,1000000"),
  requests: args.requests ?? (quick ? "15" : "100"),
  maxSeconds: args["max-seconds"] ?? (quick ? "30" : "120"),
  checkEvents: args["check-events"] ?? (quick ? "1000" : "3000"),
  webEvents: args["web-events"] ?? (quick ? "5000" : "200000"),
  webLoads: args["web-loads"] ?? (quick ? "3" : "5"),
  exportEvents: args["export-events"] ?? (quick ? "5000" : "200000"),
};
const out = args.out ?? (quick ? join(os.tmpdir(), "sitrep-bench-quick-RESULTS.md") : join(REPO_ROOT, "bench", "RESULTS.md"));
const stages = new Set(args.only.split(",").map((s) => s.trim()));
const profile = args["no-profile"] ? [] : ["--profile"];

/** The stage running now, stopped (so that it cleans up) if this process is. */
let current: ChildProcess | null = null;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (!current) process.exit(130);
    current.kill("SIGTERM");
    current.once("close", () => process.exit(130));
  });
}

/** Runs a stage script in a child process (progress on our stderr) and parses the JSON it prints. */
function runStage<T>(script: string, stageArgs: string[]): Promise<StageOutcome<T>> {
  return new Promise((resolve) => {
    const child = (current = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "bench", script), "--json", ...stageArgs], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    }));
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.on("close", (code) => {
      current = null;
      if (code !== 0) return resolve({ error: `${script} exited with ${code} (its error is above, on stderr)` });
      try {
        // The report is the JSON document the stage prints last (anything printed before it is skipped).
        resolve({ report: JSON.parse(stdout.slice(Math.max(0, stdout.search(/^\{/m)))) as T });
      } catch (error) {
        resolve({ error: `${script} printed no JSON report: ${(error as Error).message}` });
      }
    });
  });
}

function git(...gitArgs: string[]): string | null {
  try {
    return execFileSync("git", ["--no-optional-locks", ...gitArgs], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

function osName(): string {
  const release = existsSync("/etc/os-release")
    ? /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1]
    : undefined;
  return `${release ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`;
}

/** Which command line `bin/sitrep.js` runs: the compiled module when it is fresh, else the sources. */
async function commandLine(): Promise<string> {
  try {
    const mod = (await import(pathToFileURL(join(REPO_ROOT, "bin", "compiled-cli.js")).href)) as { freshCompiledCli?: () => string | null };
    if (!mod.freshCompiledCli) return "bin/sitrep.js";
    return mod.freshCompiledCli()
      ? "the compiled command line (data/generated/cli), fresh at the start"
      : "the sources through tsx (no fresh compiled command line at the start)";
  } catch {
    return "bin/sitrep.js (the sources through tsx)";
  }
}

const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

const startedAt = new Date();
const t0 = performance.now();
const cpus = os.cpus();
const commit = git("rev-parse", "--short", "HEAD");
const dirty = git("status", "--porcelain", "--untracked-files=no");
const loadAtStart = load();
const cli = await commandLine();
console.error(`sitrep bench${quick ? " (quick)" : ""}: stages ${[...stages].join(", ")}; results to ${out}`);

const skipped = (why: string) => ({ skipped: why });
const extraction: StageOutcome<ExtractionReport> = stages.has("extract")
  ? await runStage<ExtractionReport>("extract-throughput.ts", ["--articles", sizes.articles, "--seed", args.seed, ...profile])
  : skipped("not in --only");
const ingest: StageOutcome<IngestReport> = stages.has("ingest")
  ? await runStage<IngestReport>("ingest-throughput.ts", [
      "--articles",
      sizes.ingestArticles,
      "--years",
      args["ingest-years"],
      "--seed",
      args.seed,
      ...(args["no-pg"] ? ["--no-pg"] : ["--pg", args.pg]),
      ...profile,
    ])
  : skipped("not in --only");
const api: StageOutcome<LatencyReport> = stages.has("api")
  ? await runStage<LatencyReport>("api-latency.ts", [
      "--events",
      sizes.events,
      "--requests",
      sizes.requests,
      "--max-seconds",
      sizes.maxSeconds,
      "--check-events",
      sizes.checkEvents,
      "--seed",
      args.seed,
      ...profile,
    ])
  : skipped("not in --only");
const web: StageOutcome<WebOverviewReport> = stages.has("web")
  ? await runStage<WebOverviewReport>("web-overview.ts", ["--events", sizes.webEvents, "--loads", sizes.webLoads, "--remove-store"])
  : skipped("not in --only");
const exports: StageOutcome<ExportReport> = stages.has("export")
  ? await runStage<ExportReport>("export-streaming.ts", [
      "--events",
      sizes.exportEvents,
      "--seed",
      args.seed,
      ...(args["export-db"] ? ["--db", args["export-db"]] : []),
    ])
  : skipped("not in --only");

const results: BenchResults = {
  startedAt: startedAt.toISOString(),
  seconds: (performance.now() - t0) / 1000,
  machine: {
    CPU: `${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores (${os.availableParallelism()} available to Node)`,
    RAM: `${(os.totalmem() / 1e9).toFixed(1)} GB`,
    Node: process.version,
    OS: osName(),
    Date: startedAt.toISOString().slice(0, 10),
    Commit: `${commit ?? "unknown"}${dirty ? " with uncommitted changes in the working tree" : ""}`,
    "Sitrep command": cli,
    "Load average (1, 5, 15 min)": `${loadAtStart} at the start; ${load()} at the end (other work on the machine slows every figure)`,
  },
  parameters: {
    Run: quick ? "--quick" : "full",
    Seed: args.seed,
    Corpus:
      "news generated by bench/synthetic-corpus.ts from its own sentences and Sitrep's lexicons and gazetteer (no evaluation set is read)",
    Extraction: `${sizes.articles} synthetic articles`,
    Ingest: `${sizes.ingestArticles} articles published over ${args["ingest-years"]} years; PostgreSQL ${args["no-pg"] ? "skipped" : args.pg.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")} with 1 and 2 workers`,
    "API latency": `stores of ${sizes.events
      .split(",")
      .map((n) => Number(n).toLocaleString("en-US"))
      .join(
        " and ",
      )} events; ${sizes.requests} timed requests per filter (at most ${sizes.maxSeconds} s per filter); load checked on ${sizes.checkEvents} events`,
    Exports: `a store of ${Number(sizes.exportEvents).toLocaleString("en-US")} bulk-loaded events, each format by \`sitrep export\` and by \`GET /api/export\` with listings asked meanwhile`,
    Profiles: args["no-profile"] ? "off" : "for missed targets",
    "Web overview": `${Number(sizes.webEvents).toLocaleString("en-US")} bulk-loaded events in Chromium; a month's overview loaded ${sizes.webLoads} times`,
  },
  extraction,
  ingest,
  api,
  web,
  exports,
};

const rows = summaryRows(results);
writeFileSync(out, await resultsMarkdown(results, rows));
console.log(summaryTable(rows));
console.log(
  `\n${rows.filter((r) => r.verdict === "met").length} targets met, ${rows.filter((r) => r.verdict.startsWith("NOT")).length} not; took ${(results.seconds / 60).toFixed(1)} min; written to ${out}`,
);
