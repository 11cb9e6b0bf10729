import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { ArticleInput } from "../core/article.ts";
import { IngestError } from "../core/errors.ts";
import { describeBytes, MAX_ARTICLE_BYTES } from "./article-size-limit.ts";
import { looksLikeHtml } from "./html-to-text.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Reads one article file (plain text or HTML) into an input, or throws an error naming the file. */
export function readTextFile(path: string, meta: Omit<ArticleInput, "body" | "origin" | "format"> = {}): ArticleInput {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new IngestError("is a folder, not an article file", path);
    // Checked before reading, so a huge file costs nothing.
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new IngestError(
        `is ${describeBytes(stat.size)}; an article is at most ${describeBytes(MAX_ARTICLE_BYTES)} (split a larger text into its articles)`,
        path,
      );
    }
    bytes = readFileSync(path);
  } catch (cause) {
    if (cause instanceof IngestError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new IngestError(code === "ENOENT" ? "no such file" : `cannot read: ${(cause as Error).message}`, path, undefined, { cause });
  }
  if (bytes.length === 0) throw new IngestError("is empty: no text to read", path);
  if (bytes.subarray(0, 8000).includes(0)) throw new IngestError("looks like a binary file, not text", path);
  let body: string;
  try {
    body = decoder.decode(bytes);
  } catch (cause) {
    throw new IngestError("is not valid UTF-8 text", path, undefined, { cause });
  }
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  const ext = extname(path).toLowerCase();
  const format = ext === ".html" || ext === ".htm" || (ext !== ".txt" && looksLikeHtml(body)) ? "html" : "text";
  return { ...meta, body, format, origin: path };
}
