import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { z } from "zod";
import type { ArticleInput } from "../core/article.ts";
import { IngestError } from "../core/errors.ts";
import { ARTICLE_ID_MESSAGE, ARTICLE_ID_PATTERN } from "./article-id.ts";
import { isIsoDate } from "./build-article.ts";
import { readRegularFile } from "./read-regular-file.ts";
import { readTextFile } from "./read-text-file.ts";

/** A manifest lists articles, a line each: a million lines of a couple of hundred bytes fit under this. */
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

const nullableText = z.string().nullable().optional();

/** One manifest line: see the manifest format in the README. */
const ManifestLine = z.object({
  id: z.string().regex(ARTICLE_ID_PATTERN, ARTICLE_ID_MESSAGE),
  file: z.string().min(1, "must not be empty"),
  published: z.string().refine(isIsoDate, { message: "must be a date written YYYY-MM-DD, or null" }).nullable().optional(),
  url: nullableText,
  outlet: nullableText,
  title: nullableText,
});

/** An entry of a manifest: either a way to read the article, or the error its line holds. */
export type ManifestEntry = { line: number; id: string; read: () => ArticleInput } | { line: number; error: IngestError };

export interface ManifestOptions {
  /**
   * Let lines name files outside the manifest's folder (`../x`, `/abs/x`). Refused by default: a
   * manifest received from elsewhere must not make Sitrep store, and serve, any file it can read.
   */
  allowOutside?: boolean;
}

/**
 * Reads a JSON Lines manifest. A bad line becomes an error entry naming the manifest and line;
 * the other lines are still read, so one mistake never stops a batch. An id used twice is an
 * error on its second line naming the first, never two articles under one name.
 */
export function readManifest(path: string, options: ManifestOptions = {}): ManifestEntry[] {
  let content: string;
  try {
    // A regular file only, like an article: a pipe or a device named as the manifest would hang.
    content = new TextDecoder().decode(readRegularFile(path, { limit: MAX_MANIFEST_BYTES, as: "a manifest" }));
  } catch (cause) {
    if (cause instanceof IngestError && cause.message.endsWith(": no such file")) {
      throw new IngestError("no such manifest file", path, undefined, { cause });
    }
    throw cause;
  }
  const base = dirname(path);
  const entries: ManifestEntry[] = [];
  const firstLineOf = new Map<string, number>();
  content.split("\n").forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (cause) {
      entries.push({ line, error: new IngestError(`not valid JSON: ${(cause as Error).message}`, path, line, { cause }) });
      return;
    }
    const parsed = ManifestLine.safeParse(json);
    if (!parsed.success) {
      const why = parsed.error.issues.map((iss) => (iss.path.length ? `${iss.path.join(".")}: ${iss.message}` : iss.message)).join("; ");
      entries.push({ line, error: new IngestError(why, path, line) });
      return;
    }
    const m = parsed.data;
    const earlier = firstLineOf.get(m.id);
    if (earlier !== undefined) {
      entries.push({
        line,
        error: new IngestError(`id "${m.id}" is used already on line ${earlier} (give each article its own id)`, path, line),
      });
      return;
    }
    firstLineOf.set(m.id, line);
    const file = resolve(base, m.file);
    const fromBase = relative(base, file);
    if (!options.allowOutside && (fromBase === ".." || fromBase.startsWith(`..${sep}`) || isAbsolute(fromBase))) {
      const why = `file "${m.file}" lies outside the manifest's folder ${base} (give --allow-outside-files to read it anyway)`;
      entries.push({ line, error: new IngestError(why, path, line) });
      return;
    }
    entries.push({
      line,
      id: m.id,
      read: () => {
        try {
          return readTextFile(file, {
            id: m.id,
            url: m.url ?? null,
            outlet: m.outlet ?? null,
            published: m.published ?? null,
            title: m.title ?? null,
          });
        } catch (cause) {
          const reason = cause instanceof IngestError ? cause.message : String(cause);
          throw new IngestError(`article "${m.id}": ${reason}`, path, line, { cause });
        }
      },
    });
  });
  return entries;
}
