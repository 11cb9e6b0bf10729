import { extname } from "node:path";
import type { ArticleInput } from "../core/article.ts";
import { decodeArticleBytes } from "./decode-article-bytes.ts";
import { looksLikeHtml } from "./html-to-text.ts";
import { readRegularFile } from "./read-regular-file.ts";

/** Reads one article file (plain text or HTML) into an input, or throws an error naming the file. */
export function readTextFile(path: string, meta: Omit<ArticleInput, "body" | "origin" | "format"> = {}): ArticleInput {
  const body = decodeArticleBytes(readRegularFile(path), path);
  const ext = extname(path).toLowerCase();
  const format = ext === ".html" || ext === ".htm" || (ext !== ".txt" && looksLikeHtml(body)) ? "html" : "text";
  return { ...meta, body, format, origin: path };
}
