import { FetchError } from "./fetch-error.ts";

/**
 * The character set a document declares: in its Content-Type, by a byte-order mark, in an XML
 * declaration or in an HTML <meta>; UTF-8 when it declares none.
 */
export function declaredCharset(contentType: string, bytes: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  // The declarations sit at the top; ASCII is enough to read them whatever the charset.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const inDocument =
    /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  return (inDocument ?? "utf-8").toLowerCase();
}

/** The bytes as text in the charset they declare; an error naming the URL when they are not text in it. */
export function decodeText(bytes: Uint8Array, contentType: string, url: string): string {
  const charset = declaredCharset(contentType, bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new FetchError(url, `the page declares an unknown character set "${charset}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new FetchError(url, `the page is not valid ${charset === "utf-8" || charset === "utf8" ? "UTF-8" : charset} text`);
  }
}
