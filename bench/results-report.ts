/**
 * What `npm run bench` reports: every figure beside its target with a verdict, as a plain table
 * for the terminal and as bench/RESULTS.md (with the machine, the parameters, the details and,
 * for each missed target, what dominates its CPU profile).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LatencyReport } from "./api-latency.ts";
import type { ProfileSummary } from "./cpu-profile.ts";
import type { ApiExport, CliExport, ExportReport } from "./export-streaming.ts";
import type { ExtractionReport } from "./extract-throughput.ts";
import type { IngestReport } from "./ingest-throughput.ts";
import { FILTER_KINDS, FILTER_LABELS } from "./listing-queries.ts";
import { REPO_ROOT } from "./measured-process.ts";
import { TARGETS, verdict } from "./targets.ts";
import { webOverviewDetails, webOverviewRows } from "./web-overview-report.ts";
import type { WebOverviewReport } from "./web-overview.ts";

/** A stage's report, or why there is none. */
export type StageOutcome<T> = { report: T } | { error: string } | { skipped: string };

export interface BenchResults {
  startedAt: string;
  seconds: number;
  machine: Record<string, string>;
  parameters: Record<string, string>;
  extraction: StageOutcome<ExtractionReport>;
  ingest: StageOutcome<IngestReport>;
  api: StageOutcome<LatencyReport>;
  web: StageOutcome<WebOverviewReport>;
  /** Absent in results written before exports were measured. */
  exports?: StageOutcome<ExportReport>;
}

export interface Row {
  figure: string;
  value: string;
  target: string;
  verdict: string;
}

/** The size at which the API latency target applies. */
const API_TARGET_EVENTS = 1_000_000;

const mb = (bytes: number | null): string => (bytes === null ? "unknown" : `${(bytes / 1e6).toFixed(0)} MB`);
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const thousands = (n: number): string => n.toLocaleString("en-US");
const NONE = "—";

function outcomeRows(stage: string, outcome: StageOutcome<unknown>): Row[] | null {
  if ("error" in outcome)
    return [{ figure: stage, value: `failed: ${outcome.error.split("\n")[0]!.slice(0, 200)}`, target: NONE, verdict: "NOT measured" }];
  if ("skipped" in outcome) return [{ figure: stage, value: `skipped (${outcome.skipped})`, target: NONE, verdict: NONE }];
  return null;
}

export function summaryRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  const ex = results.extraction;
  const exFailed = outcomeRows("extraction", ex);
  if (exFailed) rows.push(...exFailed);
  else if ("report" in ex) {
    const r = ex.report;
    rows.push({
      figure: "extraction, 1 thread",
      value: `${r.extraction.mbPerSecond.toFixed(3)} MB/s (${r.extraction.articlesPerSecond.toFixed(1)} articles/s)`,
      target: `>= ${TARGETS.extractMbPerSecond} MB/s per core`,
      verdict: verdict(r.targets.mbPerSecondPerCore.met),
    });
    rows.push({ figure: "extraction, peak RSS", value: mb(r.extraction.maxRssBytes), target: NONE, verdict: NONE });
    if (r.compromise && r.ratio !== null && r.targets.ratioToCompromise) {
      rows.push({
        figure: "compromise nlp(text), 1 thread",
        value: `${r.compromise.mbPerSecond.toFixed(3)} MB/s (${r.compromise.articlesPerSecond.toFixed(1)} articles/s)`,
        target: "(baseline)",
        verdict: NONE,
      });
      rows.push({
        figure: "Sitrep MB/s ÷ compromise MB/s",
        value: `${r.ratio.toFixed(2)}×`,
        target: `>= ${TARGETS.ratioToCompromise}×`,
        verdict: verdict(r.targets.ratioToCompromise.met),
      });
    }
  }

  const ing = results.ingest;
  const ingFailed = outcomeRows("ingest", ing);
  if (ingFailed) rows.push(...ingFailed);
  else if ("report" in ing) {
    const r = ing.report;
    for (const run of r.runs) {
      const steady = run.steadyArticlesPerSecond === null ? "" : ` (steady ${run.steadyArticlesPerSecond.toFixed(1)})`;
      const sqlite = run.label.startsWith("SQLite");
      rows.push({
        figure: `ingest, ${run.label}`,
        value: `${run.articlesPerSecond.toFixed(1)} articles/s${steady}`,
        target: sqlite ? `>= ${TARGETS.sqliteArticlesPerSecond} articles/s` : NONE,
        verdict: sqlite ? verdict(run.articlesPerSecond >= TARGETS.sqliteArticlesPerSecond) : NONE,
      });
      if (sqlite) {
        rows.push({
          figure: `ingest, ${run.label}, peak RSS`,
          value: mb(run.peakRssBytes),
          target: `<= ${mb(TARGETS.peakRssBytes)}`,
          verdict: verdict(run.peakRssBytes <= TARGETS.peakRssBytes),
        });
      }
    }
    if (r.scaling !== null) {
      rows.push({
        figure: "ingest, 2 workers ÷ 1 worker",
        value: `${r.scaling.toFixed(2)}×${r.steadyScaling === null ? "" : ` (steady ${r.steadyScaling.toFixed(2)}×)`}`,
        target: `>= ${TARGETS.workerScaling}×`,
        verdict: verdict(r.scaling >= TARGETS.workerScaling),
      });
    }
  }

  const api = results.api;
  const apiFailed = outcomeRows("API latency", api);
  if (apiFailed) rows.push(...apiFailed);
  else if ("report" in api) {
    for (const size of api.report.sizes) {
      const atTarget = size.events >= API_TARGET_EVENTS;
      for (const kind of FILTER_KINDS) {
        const f = size.filters[kind];
        rows.push({
          figure: `API p50 / p95, ${thousands(size.events)} events, ${FILTER_LABELS[kind]}`,
          value: `${ms(f.p50)} / ${ms(f.p95)} ms`,
          target: atTarget ? `p95 <= ${TARGETS.apiP95Ms} ms` : NONE,
          verdict: atTarget ? verdict(f.p95 <= TARGETS.apiP95Ms) : NONE,
        });
      }
      rows.push({
        figure: `API server peak RSS, ${thousands(size.events)} events`,
        value: mb(size.serverPeakRssBytes),
        target: `<= ${mb(TARGETS.peakRssBytes)}`,
        verdict: size.serverPeakRssBytes === null ? "NOT measured" : verdict(size.serverPeakRssBytes <= TARGETS.peakRssBytes),
      });
    }
  }
  rows.push(...(outcomeRows("web overview", results.web) ?? webOverviewRows(results.web)));

  const exp = results.exports ?? { skipped: "not run" };
  const expFailed = outcomeRows("exports", exp);
  if (expFailed) rows.push(...expFailed);
  else if ("report" in exp) {
    const r = exp.report;
    const rss = (bytes: number | null) => (bytes === null ? "NOT measured" : verdict(bytes <= TARGETS.exportPeakRssBytes));
    for (const [format, c] of Object.entries(r.cli) as Array<[string, CliExport]>) {
      rows.push({
        figure: `export ${format}, ${thousands(r.events)} events, command line: time / peak RSS`,
        value: `${c.seconds.toFixed(1)} s / ${mb(c.peakRssBytes)}`,
        target: `RSS <= ${mb(TARGETS.exportPeakRssBytes)}`,
        verdict: rss(c.peakRssBytes),
      });
    }
    for (const [format, a] of Object.entries(r.api) as Array<[string, ApiExport]>) {
      rows.push({
        figure: `export ${format}, ${thousands(r.events)} events, API: time / server peak RSS`,
        value: `${a.seconds.toFixed(1)} s / ${mb(a.serverPeakRssBytes)}`,
        target: `RSS <= ${mb(TARGETS.exportPeakRssBytes)}`,
        verdict: rss(a.serverPeakRssBytes),
      });
      rows.push({
        figure: `export ${format}, API listings meanwhile: p50 / p95`,
        value: `${ms(a.p50)} / ${ms(a.p95)} ms (${a.requests} requests)`,
        target: `p95 <= ${TARGETS.exportApiP95Ms} ms`,
        verdict: a.requests === 0 ? "NOT measured" : verdict(a.p95 <= TARGETS.exportApiP95Ms),
      });
    }
  }
  return rows;
}

/** The rows as an aligned plain-text table. */
export function summaryTable(rows: Row[]): string {
  const header: Row = { figure: "figure", value: "value", target: "target", verdict: "verdict" };
  const all = [header, ...rows];
  const width = (k: keyof Row) => Math.max(...all.map((r) => r[k].length));
  const w = { figure: width("figure"), value: width("value"), target: width("target") };
  const line = (r: Row) => `${r.figure.padEnd(w.figure)}  ${r.value.padEnd(w.value)}  ${r.target.padEnd(w.target)}  ${r.verdict}`;
  return [line(header), "-".repeat(line(header).length), ...rows.map(line)].join("\n");
}

const cell = (s: string): string => s.replace(/\|/g, "\\|");

function table(head: string[], body: string[][]): string {
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...body.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

function profileLines(results: BenchResults): string[] {
  const lines: string[] = [];
  const add = (what: string, p: ProfileSummary | null | undefined) => {
    if (p) lines.push(`- **${what}** — ${p.line}.`);
  };
  if ("report" in results.extraction) add("Extraction (and so its ratio to compromise)", results.extraction.report.profile);
  if ("report" in results.ingest) {
    add("SQLite ingest", results.ingest.report.profiles["sqlite"]);
    const workers = results.ingest.report.profiles["workers"];
    if (workers) {
      const two = results.ingest.report.runs.find((r) => r.processes === 2);
      const busy = two
        ? ` The machine was ${(two.machineBusy * 100).toFixed(0)}% busy (all cores, PostgreSQL included) during the 2-worker run.`
        : "";
      lines.push(`- **2 workers (combined profile of both, start-up included)** — ${workers.line}.${busy}`);
    }
  }
  if ("report" in results.api) {
    for (const kind of FILTER_KINDS) add(`API, ${FILTER_LABELS[kind]}`, results.api.report.profiles[kind]);
  }
  return lines;
}

function detailSections(results: BenchResults): string[] {
  const out: string[] = [];
  if ("report" in results.extraction) {
    const r = results.extraction.report;
    const c = r.corpus;
    out.push(
      "### Extraction",
      "",
      `${thousands(c.articles)} articles, ${c.mb.toFixed(2)} MB of UTF-8 text, ${c.sentencesPerArticle.min}–${c.sentencesPerArticle.max} sentences each, ` +
        `generated by bench/synthetic-corpus.ts (seed ${r.seed}); ${r.warmupArticles} articles of warm-up before each timing. ` +
        `${thousands(r.extraction.events)} events and ${thousands(r.extraction.mentions)} mentions found ` +
        `(${thousands(Math.round(r.extraction.events / c.mb))} and ${thousands(Math.round(r.extraction.mentions / c.mb))} per MB).`,
      "",
      table(
        ["", "seconds", "articles/s", "MB/s", "peak RSS"],
        [
          [
            "Sitrep `extract()`",
            r.extraction.seconds.toFixed(1),
            r.extraction.articlesPerSecond.toFixed(1),
            r.extraction.mbPerSecond.toFixed(3),
            mb(r.extraction.maxRssBytes),
          ],
          ...(r.compromise
            ? [
                [
                  "compromise `nlp(text)`",
                  r.compromise.seconds.toFixed(1),
                  r.compromise.articlesPerSecond.toFixed(1),
                  r.compromise.mbPerSecond.toFixed(3),
                  `${mb(r.maxRssBytesAtEnd)} (process, at end)`,
                ],
              ]
            : []),
        ],
      ),
      "",
    );
  }
  if ("report" in results.ingest) {
    const r = results.ingest.report;
    out.push(
      "### Ingest",
      "",
      `${thousands(r.articles)} articles (${(r.bytes / 1e6).toFixed(2)} MB), the extraction corpus's first, with stated dates taken out and publication days ` +
        `spread over ${r.years} years (${r.published.from} to ${r.published.to}), ingested oldest first from a manifest of text files.` +
        (r.enqueueSeconds !== null ? ` Queueing them (\`ingest --queue\`) took ${r.enqueueSeconds.toFixed(1)} s, not counted.` : ""),
      "",
      table(
        [
          "run",
          "processes",
          "seconds",
          "articles/s",
          "steady articles/s",
          "events",
          "peak RSS (max of processes)",
          "CPU s (Sitrep processes)",
          "machine busy",
        ],
        r.runs.map((x) => [
          x.label,
          String(x.processes),
          x.seconds.toFixed(1),
          x.articlesPerSecond.toFixed(1),
          x.steadyArticlesPerSecond?.toFixed(1) ?? NONE,
          thousands(x.events),
          mb(x.peakRssBytes),
          x.cpuSeconds.toFixed(1),
          `${(x.machineBusy * 100).toFixed(0)}%`,
        ]),
      ),
      "",
    );
  }
  if ("report" in results.api) {
    const r = results.api.report;
    out.push(
      "### API latency",
      "",
      `Bulk-load check: a store of ${thousands(r.check.events)} loaded events answered ${r.check.queries} filtered listings (every page, ${thousands(r.check.eventsCompared)} events) ` +
        `exactly as the filters' definitions select, in listing order, and ${r.check.details} events opened in detail with their sources' sentences.`,
      "",
      table(
        ["events", "filter", "requests", "p50 ms", "p95 ms", "max ms", "events per answer"],
        r.sizes.flatMap((s) =>
          FILTER_KINDS.map((k) => {
            const f = s.filters[k];
            return [thousands(s.events), FILTER_LABELS[k], String(f.samples), ms(f.p50), ms(f.p95), ms(f.max), f.meanEvents.toFixed(0)];
          }),
        ),
      ),
      "",
      table(
        ["events", "bulk load (s)", "database file", "server peak RSS"],
        r.sizes.map((s) => [
          thousands(s.events),
          s.loadSeconds === null ? NONE : s.loadSeconds.toFixed(0),
          mb(s.dbBytes),
          mb(s.serverPeakRssBytes),
        ]),
      ),
      "",
    );
  }
  out.push(...webOverviewDetails(results.web));
  if (results.exports && "report" in results.exports) {
    const r = results.exports.report;
    out.push(
      "### Exports",
      "",
      `A store of ${thousands(r.events)} bulk-loaded events (${mb(r.dbBytes)}${r.loadSeconds === null ? "" : `, loaded in ${r.loadSeconds.toFixed(0)} s`}), exported whole in each format.`,
      "",
      table(
        [
          "format",
          "CLI s",
          "CLI MB written",
          "CLI peak RSS",
          "API s",
          "API MB sent",
          "server peak RSS",
          "listings meanwhile",
          "p50 ms",
          "p95 ms",
          "max ms",
        ],
        [...new Set([...Object.keys(r.cli), ...Object.keys(r.api)])].map((format) => {
          const c = r.cli[format as keyof typeof r.cli];
          const a = r.api[format as keyof typeof r.api];
          return [
            format,
            c ? c.seconds.toFixed(1) : NONE,
            c ? (c.bytes / 1e6).toFixed(0) : NONE,
            c ? mb(c.peakRssBytes) : NONE,
            a ? a.seconds.toFixed(1) : NONE,
            a ? (a.bytes / 1e6).toFixed(0) : NONE,
            a ? mb(a.serverPeakRssBytes) : NONE,
            a ? String(a.requests) : NONE,
            a ? ms(a.p50) : NONE,
            a ? ms(a.p95) : NONE,
            a ? ms(a.max) : NONE,
          ];
        }),
      ),
      "",
    );
  }
  return out;
}

const METHOD = [
  "- Extraction and compromise run one after the other in one process, single-threaded, on the same texts (MB = 10^6 bytes of UTF-8). compromise is loaded only after extraction is timed, so its lexicon does not count in extraction's peak RSS.",
  "- Ingest runs Sitrep's own command (`node bin/sitrep.js ingest --db FILE --manifest M`; `ingest --queue` then `worker --until-empty` processes) and counts each command's whole life, start-up included. _Steady_ is articles/s between the first and the last article's ingestion times as the store records them. The time per article grows with the store (merging compares more candidates as the store grows; `npm run bench:ingest` shows it slice by slice), so these figures hold for this corpus size only. Peak RSS and CPU time are reported by each process as it exits (`max-rss-preload.mjs`); _machine busy_ is the share of all cores' time spent busy during the run, from /proc/stat, PostgreSQL and anything else running included.",
  "- API latency: the bulk-loaded SQLite store is served by `node bin/sitrep.js serve --read-only`, asked over HTTP one request at a time (first page, the API's default of 100 events), the whole answer read; after 3 warm-up requests per filter, each filter's requests are timed until their number or the time allowed per filter runs out. Peak RSS is the server's VmHWM.",
  "- Web overview: `bench/web-overview.ts` bulk-loads its own store, builds the web view, serves it and drives Chromium through playwright-core: the overview of one month loaded several times (timed from the address to the count and the first row of the list), then the map zoomed in ten wheel steps and panned, every task over 50 ms recorded by the page's own PerformanceObserver.",
  "- Exports: each format is written by `node bin/sitrep.js export --db FILE --format F --output OUT` (time from spawn to exit, start-up included; peak RSS reported by the process as it exits), then asked of a fresh `sitrep serve --read-only` as `GET /api/export?format=F` and read to the end (gzip, as a browser asks for it), while listing requests of every filter kind (as in the latency benchmark) are made one after another until the export ends; their latency is the export's effect on other users. Peak RSS of the server is its VmHWM.",
  "- Profiles: extraction, SQLite ingest and API listings are profiled in process around the work (after a warm-up, so start-up is left out); workers are run under `node --cpu-prof` from the sources. _Time by Sitrep file_ charges time spent in libraries, natives (SQLite) and node itself to the nearest Sitrep source file on the stack.",
];

export async function resultsMarkdown(results: BenchResults, rows: Row[]): Promise<string> {
  const minutes = (results.seconds / 60).toFixed(1);
  const profiles = profileLines(results);
  const md = [
    "# Sitrep benchmark results",
    "",
    `Written by \`npm run bench\` (bench/run-bench.ts), started ${results.startedAt}; the whole run took ${minutes} minutes. Not part of \`npm test\`.`,
    "",
    "## Machine",
    "",
    table(["", ""], Object.entries(results.machine)),
    "",
    "## Parameters",
    "",
    table(["", ""], Object.entries(results.parameters)),
    "",
    "## Figures and targets",
    "",
    table(
      ["figure", "value", "target", "verdict"],
      rows.map((r) => [r.figure, r.value, r.target, r.verdict]),
    ),
    "",
    ...(profiles.length ? ["## What dominates where a target is missed", "", ...profiles, ""] : []),
    "## Details",
    "",
    ...detailSections(results),
    "## How the figures are taken",
    "",
    ...METHOD,
    "",
  ].join("\n");
  const prettier = await import("prettier");
  const config = JSON.parse(readFileSync(join(REPO_ROOT, ".prettierrc.json"), "utf8")) as Record<string, unknown>;
  return prettier.format(md, { ...config, parser: "markdown" });
}
