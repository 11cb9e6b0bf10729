/**
 * Fetching an article by its address, for `POST /api/articles {url}`, `sitrep ingest URL` and the
 * pages feeds list: the page as HTML or text, under the fetching rules every fetch shares
 * (`fetch/fetch-resource.ts`: time and size limits, Sitrep's User-Agent, no private addresses
 * unless allowed), with a clear error naming the address.
 */

import { IngestError } from "../core/errors.ts";
import { decodeText } from "../fetch/decode-text.ts";
import { fetchResource, type FetchRules } from "../fetch/fetch-resource.ts";

export interface FetchedPage {
  body: string;
  format: "html" | "text";
  /** Where the page was answered from, after redirects. */
  finalUrl: string;
}

/** The rules a page fetch runs under (see `FetchRules`). */
export type FetchLimits = FetchRules;

/** Fetches a page; throws IngestError (naming the URL) when it cannot be had or read as text. */
export async function fetchArticlePage(url: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const fetched = await fetchResource(url, { method: "GET", accept: "text/html, application/xhtml+xml, text/plain;q=0.8" }, limits);
  const type = fetched.contentType;
  const format = type.includes("html") ? "html" : type.startsWith("text/") || type === "" ? "text" : null;
  if (format === null) throw new IngestError(`not a page of text (content type ${type})`, url);
  return { body: decodeText(fetched.body, type, url), format, finalUrl: fetched.finalUrl };
}
