/**
 * Extraction throughput on a synthetic corpus, against compromise's plain `nlp(text)` parse as a baseline.
 *
 *   npm run bench:extract [-- --articles N] [--seed S] [--json] [--no-baseline]
 *
 * One process, one thread: every figure is for a single core. `npm run bench` runs it too, through
 * `runExtractionBench`.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Article } from "../src/core/article.ts";
import { buildArticle } from "../src/ingest/build-article.ts";
import { extract } from "../src/stages/extract.ts";
import { profileWork, type ProfileSummary } from "./cpu-profile.ts";
import { buildCorpus } from "./synthetic-corpus.ts";
import { TARGETS, verdict } from "./targets.ts";

const MB = 1_000_000;
const WARMUP_ARTICLES = 50;
const RSS_SAMPLE_EVERY = 10;

/** Tracks the highest RSS seen by sampling `process.memoryUsage().rss`. */
class RssSampler {
  peak = process.memoryUsage().rss;
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }
}

/** `process.resourceUsage().maxRSS` is in kibibytes; returns bytes. */
function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export interface Run {
  seconds: number;
  articlesPerSecond: number;
  mbPerSecond: number;
}

function toRun(seconds: number, articles: number, bytes: number): Run {
  return { seconds, articlesPerSecond: articles / seconds, mbPerSecond: bytes / MB / seconds };
}

export interface CorpusOptions {
  articles: number;
  seed: number;
}

/** The synthetic corpus (synthetic-corpus.ts) as articles ready to extract, with its size in UTF-8 bytes. */
export function extractionCorpus(options: CorpusOptions): { articles: Article[]; bytes: number } {
  const synthetic = buildCorpus({ articles: options.articles, seed: options.seed, minSentences: 5, maxSentences: 25 });
  const articles = synthetic.map((a) => buildArticle({ id: a.id, body: a.body, published: a.published }));
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);
  return { articles, bytes };
}

/** Progress every tenth of the way, to stderr. */
function progress(label: string, total: number): (done: number) => void {
  const step = Math.max(1, Math.floor(total / 10));
  return (done) => {
    if (done % step === 0 || done === total) console.error(`  ${label}: ${done}/${total}`);
  };
}

/** Times `extract()` over the articles after a warm-up, sampling RSS. */
export function measureExtraction(articles: readonly Article[], bytes: number) {
  for (const article of articles.slice(0, WARMUP_ARTICLES)) extract(article);
  const rss = new RssSampler();
  const tick = progress("sitrep extract()", articles.length);
  let events = 0;
  let mentions = 0;
  const start = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const result = extract(articles[i]!);
    events += result.events.length;
    mentions += result.mentions.length;
    if (i % RSS_SAMPLE_EVERY === 0) rss.sample();
    tick(i + 1);
  }
  const seconds = (performance.now() - start) / 1000;
  rss.sample();
  return { ...toRun(seconds, articles.length, bytes), events, mentions, peakRssSampledBytes: rss.peak, maxRssBytes: maxRssBytes() };
}

/**
 * Times compromise's `nlp(text)` over the same texts after a warm-up. Loaded only when called, so
 * that its lexicon does not count toward the extraction's memory figures when run after it.
 */
export async function measureCompromise(texts: readonly string[], bytes: number) {
  const { default: nlp } = await import("compromise");
  for (const text of texts.slice(0, WARMUP_ARTICLES)) nlp(text);
  const rss = new RssSampler();
  const tick = progress("compromise nlp(text)", texts.length);
  let terms = 0;
  const start = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const doc = nlp(texts[i]!);
    terms += doc.document.reduce((sum, sentence) => sum + sentence.length, 0);
    if (i % RSS_SAMPLE_EVERY === 0) rss.sample();
    tick(i + 1);
  }
  const seconds = (performance.now() - start) / 1000;
  rss.sample();
  return { ...toRun(seconds, texts.length, bytes), terms, peakRssSampledBytes: rss.peak };
}

export type ExtractionRun = ReturnType<typeof measureExtraction>;
export type BaselineRun = Awaited<ReturnType<typeof measureCompromise>>;

/** Articles in the profile taken when a target is missed. */
const PROFILE_ARTICLES = 1000;

/**
 * The whole measurement: corpus, extraction, then (unless `baseline` is false) compromise; with
 * `profile`, a CPU profile of extraction when a target is missed.
 */
export async function runExtractionBench(options: CorpusOptions & { baseline?: boolean; profile?: boolean }) {
  const { articles, bytes } = extractionCorpus(options);
  console.error(`extraction corpus: ${articles.length} articles, ${(bytes / MB).toFixed(2)} MB`);
  const extraction = measureExtraction(articles, bytes);
  const baseline =
    options.baseline === false
      ? null
      : await measureCompromise(
          articles.map((a) => a.text),
          bytes,
        );
  const ratio = baseline ? extraction.mbPerSecond / baseline.mbPerSecond : null;
  const missed = extraction.mbPerSecond < TARGETS.extractMbPerSecond || (ratio !== null && ratio < TARGETS.ratioToCompromise);
  let profile: ProfileSummary | null = null;
  if (options.profile && missed) {
    console.error(`profiling extract() over ${Math.min(PROFILE_ARTICLES, articles.length)} articles ...`);
    profile = await profileWork(async () => {
      for (const article of articles.slice(0, PROFILE_ARTICLES)) extract(article);
    });
  }
  return {
    threading: "single process, single thread (figures are per core)",
    node: process.version,
    seed: options.seed,
    corpus: {
      articles: articles.length,
      bytes,
      mb: bytes / MB,
      sentencesPerArticle: { min: 5, max: 25 },
    },
    warmupArticles: Math.min(WARMUP_ARTICLES, articles.length),
    extraction,
    compromise: baseline,
    ratio,
    targets: {
      mbPerSecondPerCore: {
        target: TARGETS.extractMbPerSecond,
        actual: extraction.mbPerSecond,
        met: extraction.mbPerSecond >= TARGETS.extractMbPerSecond,
      },
      ratioToCompromise:
        ratio === null ? null : { target: TARGETS.ratioToCompromise, actual: ratio, met: ratio >= TARGETS.ratioToCompromise },
    },
    maxRssBytesAtEnd: maxRssBytes(),
    profile,
  };
}

export type ExtractionReport = Awaited<ReturnType<typeof runExtractionBench>>;

function printReport(report: ExtractionReport): void {
  const { extraction, compromise, ratio, corpus } = report;
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const row = (name: string, run: Run): string =>
    `${name.padEnd(22)}${run.seconds.toFixed(2).padStart(9)}${run.articlesPerSecond.toFixed(1).padStart(13)}${run.mbPerSecond.toFixed(3).padStart(10)}`;
  console.log(`Sitrep extraction throughput: ${report.threading}, Node ${process.version}`);
  console.log(
    `corpus: ${corpus.articles} synthetic articles, ${corpus.mb.toFixed(2)} MB UTF-8 ` +
      `(generated by bench/synthetic-corpus.ts, seed ${report.seed})`,
  );
  console.log(`warm-up: ${report.warmupArticles} articles for each side before timing`);
  console.log("");
  console.log(`${"".padEnd(22)}${"time (s)".padStart(9)}${"articles/s".padStart(13)}${"MB/s".padStart(10)}`);
  console.log(row("sitrep extract()", extraction));
  if (compromise) console.log(row("compromise nlp(text)", compromise));
  console.log("");
  if (ratio !== null) console.log(`ratio (sitrep / compromise): ${ratio.toFixed(2)}x`);
  console.log(`events found: ${extraction.events} (mentions: ${extraction.mentions})`);
  console.log(`peak RSS during extraction: sampled ${mib(extraction.peakRssSampledBytes)}, maxRSS ${mib(extraction.maxRssBytes)}`);
  if (compromise)
    console.log(
      `peak RSS during compromise: sampled ${mib(compromise.peakRssSampledBytes)}, maxRSS at end ${mib(report.maxRssBytesAtEnd)}`,
    );
  console.log("");
  console.log("targets:");
  const t = report.targets;
  console.log(
    `  extraction >= ${TARGETS.extractMbPerSecond} MB/s per core: ${extraction.mbPerSecond.toFixed(3)} MB/s -> ${verdict(t.mbPerSecondPerCore.met)}`,
  );
  if (t.ratioToCompromise && ratio !== null) {
    console.log(`  extraction >= ${TARGETS.ratioToCompromise}x compromise:    ${ratio.toFixed(2)}x -> ${verdict(t.ratioToCompromise.met)}`);
  }
  if (report.profile) console.log(`\nwhat dominates extraction: ${report.profile.line}`);
}

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: args } = parseArgs({
    options: {
      articles: { type: "string", default: "2000" },
      seed: { type: "string", default: "20250312" },
      json: { type: "boolean", default: false },
      "no-baseline": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
    },
    strict: true,
  });
  const report = await runExtractionBench({
    articles: positiveInt("articles", args.articles),
    seed: positiveInt("seed", args.seed),
    baseline: !args["no-baseline"],
    profile: args.profile,
  });
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}
