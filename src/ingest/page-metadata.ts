/**
 * What a news page says about itself in its metadata: its headline, the site's name and the day it
 * was published, from Open Graph and article meta tags, JSON-LD (schema.org NewsArticle) and
 * <time datetime>. Read from a DOM before anything rewrites it.
 */

import { publicationDay } from "./publication-day.ts";

/** What the page's metadata tells; null where it is silent. */
export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  /** YYYY-MM-DD */
  published: string | null;
}

/** The content of the first <meta> with this property (or name) that has one. */
function metaContent(document: Document, key: string): string | null {
  for (const el of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)) {
    const content = el.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks (arrays and @graph unrolled); a block that is not JSON is passed over. */
function jsonLdObjects(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      found.push(value as JsonObject);
      if ("@graph" in value) visit((value as JsonObject)["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common and tells nothing: the other sources of metadata remain.
    }
  }
  return found;
}

/** The article's JSON-LD object: one typed as an article if there is one, else any with a publication date. */
function jsonLdArticle(document: Document): JsonObject | null {
  const objects = jsonLdObjects(document);
  const isArticle = (o: JsonObject) => [o["@type"]].flat().some((t) => typeof t === "string" && /Article|BlogPosting|Report/.test(t));
  return objects.find(isArticle) ?? objects.find((o) => typeof o["datePublished"] === "string") ?? null;
}

/** The page's own publication time: a <time> marked as such, else the first inside <article>, else the first. */
function timeElementDate(document: Document): string | null {
  const el =
    document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]') ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return el?.getAttribute("datetime") ?? null;
}

const stringOr = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

export function readPageMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticle(document);
  const published =
    [metaContent(document, "article:published_time"), stringOr(ld?.["datePublished"]), timeElementDate(document)]
      .map(publicationDay)
      .find((d) => d !== null) ?? null;
  return {
    title: metaContent(document, "og:title") ?? stringOr(ld?.["headline"]),
    siteName: metaContent(document, "og:site_name"),
    published,
  };
}
