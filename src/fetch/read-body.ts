import type { IncomingMessage } from "node:http";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { FetchError } from "./fetch-error.ts";

/** A size for messages: "5 MB", "64 KB", "900 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The decompressor for a Content-Encoding, null for none; throws for one this reader does not know. */
function decoderFor(encoding: string, url: string) {
  switch (encoding) {
    case "":
    case "identity":
      return null;
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      throw new FetchError(url, `the server sent an unknown content encoding "${encoding}"`);
  }
}

/**
 * Reads a response body, decompressed, refusing it once it passes `maxBytes` (counted after
 * decompression, so that a small compressed bomb cannot fill memory).
 */
export async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new FetchError(url, `the answer is larger than ${formatSize(maxBytes)}`);
  const encoding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const declared = Number(response.headers["content-length"]);
  if (encoding === "" && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const decoder = decoderFor(encoding, url);
  let stream: Readable = response;
  if (decoder) {
    // pipeline() carries an error of the response (an abort) on to the decoder we read from.
    pipeline(response, decoder, () => undefined);
    stream = decoder;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
