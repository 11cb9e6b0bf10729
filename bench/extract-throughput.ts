/**
 * Extraction throughput on a synthetic corpus, against compromise's plain `nlp(text)` parse as a baseline.
 *
 *   npm run bench:extract [-- --articles N] [--seed S] [--sets DIR] [--json]
 *
 * One process, one thread: every figure is for a single core.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Article } from "../src/core/article.ts";
import { buildArticle } from "../src/ingest/build-article.ts";
import { extract } from "../src/stages/extract.ts";
import { buildCorpus, findManifests, loadSourcePool } from "./synthetic-corpus.ts";

const MB = 1_000_000;
const TARGET_MB_PER_S = 1;
const TARGET_RATIO = 5;
const WARMUP_ARTICLES = 50;
const RSS_SAMPLE_EVERY = 10;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "2000" },
    seed: { type: "string", default: "20250312" },
    sets: { type: "string", default: resolve(repoRoot, "..", "shared", "sets") },
    json: { type: "boolean", default: false },
  },
  strict: true,
});

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

const articleCount = positiveInt("articles", args.articles);
const seed = positiveInt("seed", args.seed);

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

interface Run {
  seconds: number;
  articlesPerSecond: number;
  mbPerSecond: number;
}

function toRun(seconds: number, articles: number, bytes: number): Run {
  return { seconds, articlesPerSecond: articles / seconds, mbPerSecond: bytes / MB / seconds };
}

// --- corpus ---------------------------------------------------------------------------------------------------------

const manifests = findManifests(args.sets, resolve(repoRoot, "examples", "manifest.jsonl"));
const pool = loadSourcePool(manifests);
const synthetic = buildCorpus(pool, { articles: articleCount, seed, minSentences: 5, maxSentences: 25 });
const articles: Article[] = synthetic.map((a) => buildArticle({ id: a.id, body: a.body, published: a.published }));
const texts = articles.map((a) => a.text);
const corpusBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0);
const warmup = articles.slice(0, Math.min(WARMUP_ARTICLES, articles.length));

// --- extraction -----------------------------------------------------------------------------------------------------

for (const article of warmup) extract(article);

const extractRss = new RssSampler();
let events = 0;
let mentions = 0;
const extractStart = performance.now();
for (let i = 0; i < articles.length; i++) {
  const result = extract(articles[i]!);
  events += result.events.length;
  mentions += result.mentions.length;
  if (i % RSS_SAMPLE_EVERY === 0) extractRss.sample();
}
const extractSeconds = (performance.now() - extractStart) / 1000;
extractRss.sample();
const extractMaxRss = maxRssBytes();
const extraction = toRun(extractSeconds, articles.length, corpusBytes);

// --- baseline: compromise nlp(text) ----------------------------------------------------------------------------------
// Loaded only now, so that its lexicon does not count toward the extraction's memory figures.

const { default: nlp } = await import("compromise");
for (const article of warmup) nlp(article.text);

const baselineRss = new RssSampler();
let terms = 0;
const baselineStart = performance.now();
for (let i = 0; i < texts.length; i++) {
  const doc = nlp(texts[i]!);
  terms += doc.document.reduce((sum, sentence) => sum + sentence.length, 0);
  if (i % RSS_SAMPLE_EVERY === 0) baselineRss.sample();
}
const baselineSeconds = (performance.now() - baselineStart) / 1000;
baselineRss.sample();
const baseline = toRun(baselineSeconds, texts.length, corpusBytes);

// --- report ---------------------------------------------------------------------------------------------------------

const ratio = extraction.mbPerSecond / baseline.mbPerSecond;
const targets = {
  mbPerSecondPerCore: { target: TARGET_MB_PER_S, actual: extraction.mbPerSecond, met: extraction.mbPerSecond >= TARGET_MB_PER_S },
  ratioToCompromise: { target: TARGET_RATIO, actual: ratio, met: ratio >= TARGET_RATIO },
};

const report = {
  threading: "single process, single thread (figures are per core)",
  node: process.version,
  seed,
  corpus: {
    articles: articles.length,
    bytes: corpusBytes,
    mb: corpusBytes / MB,
    sentencesPerArticle: { min: 5, max: 25 },
    sourceManifests: pool.manifests.length,
    sourceFiles: pool.files,
    sourceSentences: pool.sentences.length,
    sourceDates: pool.dates.length,
  },
  warmupArticles: warmup.length,
  extraction: {
    ...extraction,
    events,
    mentions,
    peakRssSampledBytes: extractRss.peak,
    maxRssBytes: extractMaxRss,
  },
  compromise: {
    ...baseline,
    terms,
    peakRssSampledBytes: baselineRss.peak,
  },
  ratio,
  targets,
  maxRssBytesAtEnd: maxRssBytes(),
};

if (args.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const row = (name: string, run: Run): string =>
    `${name.padEnd(22)}${run.seconds.toFixed(2).padStart(9)}${run.articlesPerSecond.toFixed(1).padStart(13)}${run.mbPerSecond.toFixed(3).padStart(10)}`;
  const verdict = (met: boolean): string => (met ? "met" : "NOT met");
  console.log(`Sitrep extraction throughput: ${report.threading}, Node ${process.version}`);
  console.log(
    `corpus: ${articles.length} synthetic articles, ${(corpusBytes / MB).toFixed(2)} MB UTF-8 ` +
      `(from ${pool.files} source files in ${pool.manifests.length} manifests, ${pool.sentences.length} sentences; seed ${seed})`,
  );
  console.log(`warm-up: ${warmup.length} articles for each side before timing`);
  console.log("");
  console.log(`${"".padEnd(22)}${"time (s)".padStart(9)}${"articles/s".padStart(13)}${"MB/s".padStart(10)}`);
  console.log(row("sitrep extract()", extraction));
  console.log(row("compromise nlp(text)", baseline));
  console.log("");
  console.log(`ratio (sitrep / compromise): ${ratio.toFixed(2)}x`);
  console.log(`events found: ${events} (mentions: ${mentions})`);
  console.log(`peak RSS during extraction: sampled ${mib(extractRss.peak)}, maxRSS ${mib(extractMaxRss)}`);
  console.log(`peak RSS during compromise: sampled ${mib(baselineRss.peak)}, maxRSS at end ${mib(report.maxRssBytesAtEnd)}`);
  console.log("");
  console.log("targets:");
  console.log(
    `  extraction >= ${TARGET_MB_PER_S} MB/s per core: ${extraction.mbPerSecond.toFixed(3)} MB/s -> ${verdict(targets.mbPerSecondPerCore.met)}`,
  );
  console.log(`  extraction >= ${TARGET_RATIO}x compromise:    ${ratio.toFixed(2)}x -> ${verdict(targets.ratioToCompromise.met)}`);
}
