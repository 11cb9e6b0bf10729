/**
 * An article that was sent but could not be read (its reading ran out of its time budget, or
 * extraction threw): kept as sent, with the reason, so that nothing sent is lost and it can be
 * listed and sent again. It is no article of the store: it has no readings and tells no event,
 * and storing its id or its body later (a retry that succeeds) forgets the failure.
 */
export interface FailedArticle {
  /** The id the article was sent with, or the one it would be given (the start of the hash of its body). */
  id: string;
  /** Where it came from, for people: the API, a queued file, a manifest line. */
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  format: "text" | "html";
  /** The body as sent (text or HTML), so that it can be read again. */
  body: string;
  /** The body's length in UTF-16 code units. */
  size: number;
  /** SHA-256 of the body as sent (for a text article, the content hash it is stored under once read). */
  contentHash: string;
  /** Why it could not be read. */
  reason: string;
  /** When it last failed (ISO 8601). */
  failedAt: string;
  /** How many times it has failed, counting this one. */
  attempts: number;
}

/** A failed article in a listing: what it is and why it failed, without its body. */
export type FailedArticleSummary = Omit<FailedArticle, "body">;

/** The row both stores keep. */
export interface FailedArticleRow {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  format: string;
  size: number | string;
  content_hash: string;
  reason: string;
  failed_at: string;
  attempts: number | string;
}

/** The columns a listing reads (every one but the body). */
export const FAILED_SUMMARY_COLUMNS = "id, source, url, outlet, published, title, format, size, content_hash, reason, failed_at, attempts";

export function toFailedArticleSummary(r: FailedArticleRow): FailedArticleSummary {
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    format: r.format === "html" ? "html" : "text",
    size: Number(r.size),
    contentHash: r.content_hash,
    reason: r.reason,
    failedAt: r.failed_at,
    attempts: Number(r.attempts),
  };
}

/** The most failed articles a listing gives when no limit is asked for. */
export const DEFAULT_FAILED_LIMIT = 100;
