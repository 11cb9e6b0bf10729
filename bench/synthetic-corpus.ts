import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** One source manifest line: the fields the corpus builder reads. */
interface ManifestLine {
  file: string;
  published?: string | null;
}

/** The pool that synthetic articles are drawn from. */
export interface SourcePool {
  /** The manifests that were read, as absolute paths. */
  manifests: string[];
  /** How many article files were read. */
  files: number;
  sentences: string[];
  /** Publication dates (YYYY-MM-DD) of the source articles, one per dated article. */
  dates: string[];
}

/** A synthetic article: text and date only, kept in memory. */
export interface SyntheticArticle {
  id: string;
  body: string;
  published: string | null;
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  minSentences: number;
  maxSentences: number;
}

/** mulberry32: a small, seeded PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("cannot pick from an empty list");
  return item;
}

/** Splits on sentence-final punctuation (optionally closed by a quote or bracket) followed by space and a capital or digit. */
const SENTENCE_BREAK = /(?<=[.!?][”"’')\]]?)\s+(?=[“"‘'([]?[A-Z0-9])/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Splits an article's text into sentences, dropping short fragments (bylines, "Share this story" and the like). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\r?\n/)) {
    const flat = paragraph.replace(/\s+/g, " ").trim();
    if (!flat) continue;
    for (const sentence of flat.split(SENTENCE_BREAK)) {
      const s = sentence.trim();
      if (s.length >= 20 && s.split(" ").length >= 4) out.push(s);
    }
  }
  return out;
}

function readManifest(path: string): ManifestLine[] {
  const lines: ManifestLine[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as Partial<ManifestLine>;
    if (typeof parsed.file !== "string") continue;
    lines.push({ file: parsed.file, published: typeof parsed.published === "string" ? parsed.published : null });
  }
  return lines;
}

/** The manifests to draw from: every `<setsDir>/<set>/manifest.jsonl` (when the folder exists) and the examples manifest. */
export function findManifests(setsDir: string, examplesManifest: string): string[] {
  const found: string[] = [];
  if (existsSync(setsDir)) {
    for (const entry of readdirSync(setsDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const manifest = join(setsDir, entry.name, "manifest.jsonl");
      if (entry.isDirectory() && existsSync(manifest)) found.push(resolve(manifest));
    }
  }
  if (existsSync(examplesManifest)) found.push(resolve(examplesManifest));
  return found;
}

/** Reads the sentences and publication dates of every article listed in the manifests. */
export function loadSourcePool(manifests: readonly string[]): SourcePool {
  const sentences: string[] = [];
  const dates: string[] = [];
  let files = 0;
  for (const manifest of manifests) {
    const base = dirname(manifest);
    for (const line of readManifest(manifest)) {
      const path = resolve(base, line.file);
      if (!existsSync(path)) continue;
      files++;
      sentences.push(...splitSentences(readFileSync(path, "utf8")));
      if (line.published && ISO_DATE.test(line.published)) dates.push(line.published);
    }
  }
  return { manifests: [...manifests], files, sentences, dates };
}

/**
 * Builds synthetic articles by recombining pool sentences: each has `minSentences`..`maxSentences` sentences,
 * grouped 1-4 to a paragraph, paragraphs separated by a blank line, and a publication date drawn from the pool.
 */
export function buildCorpus(pool: SourcePool, options: CorpusOptions): SyntheticArticle[] {
  if (pool.sentences.length === 0) throw new Error("no source sentences found: nothing to build a corpus from");
  const random = createRandom(options.seed);
  const width = String(options.articles).length;
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    let remaining = randomInt(random, options.minSentences, options.maxSentences);
    const paragraphs: string[] = [];
    while (remaining > 0) {
      const size = Math.min(remaining, randomInt(random, 1, 4));
      const paragraph: string[] = [];
      for (let k = 0; k < size; k++) paragraph.push(pick(random, pool.sentences));
      paragraphs.push(paragraph.join(" "));
      remaining -= size;
    }
    const published = pool.dates.length > 0 ? pick(random, pool.dates) : null;
    articles.push({ id: `bench-${String(i + 1).padStart(width, "0")}`, body: paragraphs.join("\n\n"), published });
  }
  return articles;
}
