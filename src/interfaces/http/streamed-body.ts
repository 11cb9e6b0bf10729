/**
 * A response body written as its chunks come, each asked for only when the one before has been
 * taken (a slow client slows the export rather than filling memory), for exports of any size.
 *
 * The first chunk is read before the body is handed over: a failure then (a store that cannot be
 * read) is the request's failure, a 500 like any other. A failure after it cannot change the
 * status or headers, already sent: it is logged and the body is broken off, so that the client
 * sees an incomplete transfer (the connection closed before the end of the chunked body), never a
 * complete-looking but truncated export.
 *
 * Compressed here, with node's zlib stream, when the client takes gzip: the web CompressionStream
 * the compress middleware uses keeps what it is given until the garbage collector runs, which a
 * streamed export may never leave it time to do (a 900 MB export held whole).
 */

import { Readable, pipeline } from "node:stream";
import { createGzip } from "node:zlib";

export interface StreamedBody {
  body: ReadableStream<Uint8Array>;
  /** The headers the body needs: its encoding when compressed. */
  headers: Record<string, string>;
}

/** Whether an Accept-Encoding header takes gzip (named, or `*`, with a weight above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((x) => x.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** Reads the first chunk, then gives the body that writes it and the rest, gzipped when `gzip`. */
export async function streamedBody(chunks: AsyncGenerator<string, void, undefined>, what: string, gzip: boolean): Promise<StreamedBody> {
  const first = await chunks.next();
  async function* all(): AsyncGenerator<Buffer, void, undefined> {
    try {
      if (first.done) return;
      yield Buffer.from(first.value);
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value);
    } catch (error) {
      console.error(`sitrep api: ${what} failed part-way, its body broken off:`, error);
      throw error;
    } finally {
      // The client went away, or the export ended: the export stops reading the store.
      await chunks.return(undefined);
    }
  }
  // One chunk read ahead, no more: chunks waiting in a queue live long enough to be moved to the
  // old generation, whose garbage then grows until a full collection.
  const source = Readable.from(all(), { highWaterMark: 1 });
  if (!gzip) return { body: Readable.toWeb(source) as ReadableStream<Uint8Array>, headers: {} };
  // An error on either side destroys both, and so breaks the body off.
  const compressed = pipeline(source, createGzip(), () => {});
  return {
    body: Readable.toWeb(compressed) as ReadableStream<Uint8Array>,
    headers: { "Content-Encoding": "gzip", Vary: "Accept-Encoding" },
  };
}
