/**
 * What `npm run bench` reports: every figure beside its target with a verdict, as a plain table
 * for the terminal; bench/RESULTS.md (results-markdown.ts) lists the same rows with the machine,
 * the parameters and the details.
 */
import type { LatencyReport } from "./api-latency.ts";
import type { ApiExport, CliExport, ExportReport } from "./export-streaming.ts";
import type { ExtractionReport } from "./extract-throughput.ts";
import type { IngestReport } from "./ingest-throughput.ts";
import { FILTER_KINDS, FILTER_LABELS } from "./listing-queries.ts";
import { mb, ms, NONE, thousands } from "./report-format.ts";
import { TARGETS, verdict } from "./targets.ts";
import { webOverviewRows } from "./web-overview-report.ts";
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
