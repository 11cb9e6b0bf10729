/**
 * A synthetic archive for ingest benchmarks: the synthetic articles with the few real incidents'
 * own dates ("on August 7, 2022") taken out of their sentences and publication days spread over
 * some years, oldest first, as a feed delivers them. Without this, incidents would pile onto a
 * handful of days and merge far more than a real archive's do. Weekdays and "last week" stay, and
 * resolve against each article's own day.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRandom, type SyntheticArticle } from "./synthetic-corpus.ts";

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const STATED_DATE = new RegExp(
  `\\b(?:on |in |since |by )?(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? \\d{4})?|${MONTH},? \\d{4}|(?:19|20)\\d\\d)\\b`,
  "g",
);

/** The text without the dates it states outright. */
export function stripStatedDates(body: string): string {
  return body.replace(STATED_DATE, "");
}

export interface ArchiveOptions {
  /** How many years the publication days are spread over, from `startYear`-01-01. */
  years: number;
  seed: number;
  startYear?: number;
}

/** The articles dated over the archive's years (stated dates removed), oldest first (then by id). */
export function datedArchive(articles: readonly SyntheticArticle[], options: ArchiveOptions): SyntheticArticle[] {
  const random = createRandom(options.seed);
  const start = Date.UTC(options.startYear ?? 2020, 0, 1);
  const dated = articles.map((a) => ({
    id: a.id,
    body: stripStatedDates(a.body),
    published: new Date(start + Math.floor(random() * options.years * 365) * 86_400_000).toISOString().slice(0, 10),
  }));
  return dated.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

/** Writes the articles as text files with a JSON Lines manifest (in the given order); returns the manifest's path. */
export function writeArchive(dir: string, articles: readonly SyntheticArticle[]): string {
  mkdirSync(join(dir, "articles"), { recursive: true });
  const lines = articles.map((a) => {
    const file = `articles/${a.id}.txt`;
    writeFileSync(join(dir, file), a.body);
    return JSON.stringify({ id: a.id, file, published: a.published, url: null, outlet: "Synthetic Wire", title: null });
  });
  const manifest = join(dir, "manifest.jsonl");
  writeFileSync(manifest, lines.map((l) => `${l}\n`).join(""));
  return manifest;
}
