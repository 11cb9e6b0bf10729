/**
 * Whether ingesting stays as fast as the store grows: merging compares a new article's reports
 * only with the reports of its block (same country, dates within days), so the time per article
 * should stay flat, not grow with the number of stored events.
 *
 *   npm run bench:ingest [-- --articles N] [--seed S] [--years Y] [--per-commit N]   (Y defaults to N / 400: a steady rate)
 *   npm run bench:ingest -- --dense W   (W weeks of a dense feed instead: some 225 incidents a week in 25 countries, three outlets each)
 *
 * Synthetic articles (sentences of the evaluation sets and examples, re-mixed) are given
 * publication dates spread over Y years, as a real archive's are, and ingested in date order into a
 * fresh SQLite store, ARTICLES_PER_COMMIT to a transaction as `sitrep ingest` does (--per-commit N to
 * change it); the time per slice of articles is printed, wall clock and CPU.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Article } from "../src/core/article.ts";
import { buildArticle } from "../src/ingest/build-article.ts";
import { ARTICLES_PER_COMMIT } from "../src/app/ingest-batch.ts";
import { storeArticles } from "../src/app/store-article.ts";
import { extract } from "../src/stages/extract.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";
import { datedArchive } from "./dated-corpus.ts";
import { buildCorpus, findManifests, loadSourcePool } from "./synthetic-corpus.ts";
import { shiftDays } from "../src/merge/merge-engine.ts";
import { generateIncidents, tell } from "../test/dense-stream/generate-dense-stream.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "2000" },
    seed: { type: "string", default: "20250312" },
    years: { type: "string" },
    sets: { type: "string", default: resolve(repoRoot, "..", "shared", "sets") },
    "per-commit": { type: "string", default: String(ARTICLES_PER_COMMIT) },
    dense: { type: "string" },
  },
  strict: true,
});
// Articles per transaction, as `sitrep ingest` stores them (ingest-batch.ts); 1 shows what a commit per article costs.
const perCommit = Math.max(1, Number(args["per-commit"]));
const SLICES = 8;

/**
 * The articles, oldest first: re-mixed sentences of the evaluation sets and examples with
 * publication days spread over the years (a steady rate), or with --dense, week after week of
 * a dense feed (test/dense-stream): many incidents a day in each country, each told by three
 * outlets, so blocking's candidates are many and must stay as many however large the store.
 */
function loadArticles(): { articles: Article[]; span: string } {
  if (args.dense !== undefined) {
    const weeks = Math.max(1, Number(args.dense));
    const generated = Array.from({ length: weeks }, (_, w) =>
      generateIncidents({ seed: Number(args.seed) + w, firstDay: shiftDays("2025-01-06", 7 * w), idPrefix: `w${w}-` }),
    ).flatMap((incidents) => incidents.flatMap((incident) => [0, 1, 2].map((outlet) => tell(incident, outlet))));
    generated.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
    return {
      articles: generated.map((a) => buildArticle({ id: a.id, body: a.body, published: a.published })),
      span: `${weeks} dense weeks`,
    };
  }
  const count = Number(args.articles);
  // By default the archive grows in time, as real ones do: a steady 400 articles a year.
  const years = args.years !== undefined ? Number(args.years) : Math.max(1, count / 400);
  const pool = loadSourcePool(findManifests(args.sets, resolve(repoRoot, "examples", "manifest.jsonl")));
  // Stated dates out, publication days spread over the years, oldest first (dated-corpus.ts).
  const archive = datedArchive(buildCorpus(pool, { articles: count, seed: Number(args.seed), minSentences: 5, maxSentences: 25 }), {
    years,
    seed: Number(args.seed),
  });
  return {
    articles: archive.map((a) => buildArticle({ id: a.id, body: a.body, published: a.published })),
    span: `dates over ${years} years`,
  };
}

const { articles, span } = loadArticles();
const count = articles.length;
const extractions = articles.map((a) => extract(a));

const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-bench-"));
const store = createSqliteStore(join(dir, "bench.db"));
const slice = Math.ceil(count / SLICES);
const perSlice: Array<{ ms: number; cpuMs: number; compared: number; regrouped: number; stored: number }> = [];
for (let s = 0; s < SLICES; s++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const before = store.mergeStats();
  const end = Math.min(count, (s + 1) * slice);
  for (let i = s * slice; i < end; i += perCommit) {
    const batch = [];
    for (let j = i; j < Math.min(end, i + perCommit); j++) batch.push({ article: articles[j]!, extraction: extractions[j]! });
    for (const r of await storeArticles(store, batch)) if (r instanceof Error) throw r;
  }
  const cpu = process.cpuUsage(cpu0);
  const after = store.mergeStats();
  const reports = after.reports - before.reports || 1;
  perSlice.push({
    ms: (performance.now() - t0) / Math.min(slice, count - s * slice),
    cpuMs: (cpu.user + cpu.system) / 1000 / Math.min(slice, count - s * slice),
    compared: (after.comparisons - before.comparisons) / reports,
    regrouped: (after.regrouped - before.regrouped) / reports,
    stored: after.reports,
  });
}
const events = (await store.listEvents()).length;
await store.close();
rmSync(dir, { recursive: true, force: true });

console.log(`ingested ${count} articles (${span}) into one store: ${events} events`);
perSlice.forEach((p, s) =>
  console.log(
    `  articles ${s * slice + 1}-${Math.min(count, (s + 1) * slice)}: ${p.ms.toFixed(2)} ms per article (${p.cpuMs.toFixed(2)} ms CPU), ` +
      `${p.compared.toFixed(1)} candidates compared and ${p.regrouped.toFixed(1)} reports regrouped per new report ` +
      `(${p.stored} reports stored)`,
  ),
);
const first = perSlice[0]!;
const last = perSlice[perSlice.length - 1]!;
console.log(
  `last slice / first slice: ${(last.ms / first.ms).toFixed(2)}x time, ${(last.compared / Math.max(first.compared, 1)).toFixed(2)}x candidates, ` +
    `${(last.stored / Math.max(first.stored, 1)).toFixed(2)}x reports stored`,
);
