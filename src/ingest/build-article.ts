import { createHash } from "node:crypto";
import type { Article, ArticleInput } from "../core/article.ts";
import { IngestError } from "../core/errors.ts";
import { detectLanguage } from "./detect-language.ts";
import { HtmlTooDeepError } from "./html-depth.ts";
import { htmlToText, type HtmlText } from "./html-to-text.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Turns an input (text or HTML, with what is known of it) into an article ready to store. */
export function buildArticle(input: ArticleInput, now: Date = new Date()): Article {
  const origin = input.origin ?? input.id ?? "article";
  if (input.published != null && !isIsoDate(input.published)) {
    throw new IngestError(`bad publication date "${input.published}" (expected YYYY-MM-DD)`, origin);
  }
  let text = input.body;
  let html: string | null = null;
  let title = input.title ?? null;
  if (input.format === "html") {
    html = input.body;
    let read: HtmlText;
    try {
      read = htmlToText(input.body);
    } catch (error) {
      if (error instanceof HtmlTooDeepError) throw new IngestError(error.message, origin);
      throw error;
    }
    text = read.text;
    title ??= read.title;
  }
  if (text.includes("\u0000")) throw new IngestError("looks like a binary file, not text", origin);
  if (!text.trim()) throw new IngestError("is empty: no text to read", origin);
  const contentHash = createHash("sha256").update(text).digest("hex");
  return {
    id: input.id ?? contentHash.slice(0, 16),
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    published: input.published ?? null,
    title,
    text,
    html,
    contentHash,
    ingestedAt: now.toISOString(),
    language: detectLanguage(text),
  };
}
