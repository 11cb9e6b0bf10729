import { isIsoDate } from "./build-article.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The calendar day a publication date names, YYYY-MM-DD, or null when the text is not one.
 * Reads ISO 8601 (`article:published_time`, JSON-LD, Atom, <time datetime>) and RFC 822 (RSS
 * pubDate). The day is taken as written, in the publisher's own time zone, not converted to UTC:
 * "on Tuesday" in the article means the publisher's Tuesday.
 */
export function publicationDay(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return isIsoDate(iso[1]!) ? iso[1]! : null;
  // "Tue, 10 Jun 2025 04:00:00 +0300", the weekday optional, the year of two digits in old feeds.
  const rfc = /^\s*(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\b/i.exec(text);
  if (!rfc) return null;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
  if (month < 0) return null;
  const year = rfc[3]!.length === 2 ? `20${rfc[3]}` : rfc[3]!;
  const day = `${year}-${String(month + 1).padStart(2, "0")}-${rfc[1]!.padStart(2, "0")}`;
  return isIsoDate(day) ? day : null;
}
