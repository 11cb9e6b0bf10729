/**
 * Article files come as UTF-8, with or without a byte-order mark, and sometimes as UTF-16 (what
 * some Windows editors save as "Unicode"). A byte-order mark says which; UTF-16 without one, or
 * UTF-32, is named in the error rather than called binary, so the user knows what to convert.
 */

import { IngestError } from "../core/errors.ts";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding a byte-order mark declares, and the mark's length; UTF-8 without a mark. */
function byBom(bytes: Uint8Array): { encoding: Encoding; skip: number } | { unsupported: string } {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { unsupported: "UTF-32 (little-endian)" };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { unsupported: "UTF-32 (big-endian)" };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", skip: 2 };
  return { encoding: "utf-8", skip: 0 };
}

/**
 * UTF-16 without a mark: text in Latin script has a zero in every other byte, on the same side.
 * Looked at over the first bytes only; a binary file has zeros scattered on both sides.
 */
function unmarkedUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return "UTF-16 (little-endian)";
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return "UTF-16 (big-endian)";
  return null;
}

const NAMES: Record<Encoding, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16 (little-endian)", "utf-16be": "UTF-16 (big-endian)" };

/** The text of an article file's bytes, or an IngestError naming the file and the encoding found. */
export function decodeArticleBytes(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new IngestError("is empty: no text to read", path);
  const bom = byBom(bytes);
  if ("unsupported" in bom) throw new IngestError(`is ${bom.unsupported} text; save it as UTF-8`, path);
  if (bom.encoding === "utf-8" && bytes.subarray(0, 8000).includes(0)) {
    const utf16 = unmarkedUtf16(bytes);
    if (utf16)
      throw new IngestError(`looks like ${utf16} text without a byte-order mark; save it as UTF-8 (or UTF-16 with the mark)`, path);
    throw new IngestError("looks like a binary file, not text", path);
  }
  let text: string;
  try {
    text = new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom.skip));
  } catch (cause) {
    throw new IngestError(`is not valid ${NAMES[bom.encoding]} text`, path, undefined, { cause });
  }
  if (text.includes("\u0000")) throw new IngestError("looks like a binary file, not text", path);
  return text;
}
