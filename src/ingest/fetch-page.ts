/**
 * Fetching an article by its address, for `POST /api/articles {url}` (and feeds later): the page
 * as HTML or text, within a time and size limit, with a clear error naming the address.
 */

import { IngestError } from "../core/errors.ts";

export interface FetchedPage {
  body: string;
  format: "html" | "text";
}

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
}

/** Fetches a page; throws IngestError (naming the URL) when it cannot be had or read as text. */
export async function fetchArticlePage(url: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const timeoutMs = limits.timeoutMs ?? 15_000;
  const maxBytes = limits.maxBytes ?? 5 * 1024 * 1024;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new IngestError("not a URL", url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new IngestError("only http and https addresses can be fetched", url);
  let response: Response;
  try {
    response = await fetch(parsed, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "follow",
      headers: { accept: "text/html, text/plain" },
    });
  } catch (error) {
    const reason = (error as Error).name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message;
    throw new IngestError(`could not fetch: ${reason}`, url, undefined, { cause: error });
  }
  if (!response.ok) throw new IngestError(`could not fetch: the server answered ${response.status}`, url);
  const type = (response.headers.get("content-type") ?? "").toLowerCase();
  const format = type.includes("html") ? "html" : type.startsWith("text/") || type === "" ? "text" : null;
  if (format === null) throw new IngestError(`not a page of text (content type ${type})`, url);
  const bytes = await readLimited(response, maxBytes, url);
  try {
    return { body: new TextDecoder("utf-8", { fatal: true }).decode(bytes), format };
  } catch {
    throw new IngestError("the page is not valid UTF-8 text", url);
  }
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new IngestError(`the page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, url);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
