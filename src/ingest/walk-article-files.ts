/**
 * Expands files and folders into the article files they hold. A folder is a user's pile of
 * reports: one entry in it that cannot be looked at (a dangling or looping symbolic link, a
 * folder without read permission) is reported with its path and the walk goes on, so the rest of
 * the pile is still read. A link back into a folder already walked is reported too, not followed
 * round and round.
 */

import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { IngestError } from "../core/errors.ts";
import { unreadableReason } from "./read-regular-file.ts";

/** File names a folder walk picks up as articles. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm", ".md"]);

/** The article files under `paths` (a file named directly is taken whatever its name), and what could not be looked at. */
export function walkArticleFiles(paths: readonly string[]): { files: string[]; errors: IngestError[] } {
  const files: string[] = [];
  const errors: IngestError[] = [];
  const walked = new Set<string>();

  const walk = (path: string, top: boolean): void => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (cause) {
      const why = (cause as NodeJS.ErrnoException).code === "ENOENT" && top ? notFound(path) : unreadableReason(cause, path);
      errors.push(new IngestError(why, path, undefined, { cause }));
      return;
    }
    if (!isDir) {
      if (top || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) files.push(path);
      return;
    }
    let names: string[];
    try {
      const real = realpathSync(path);
      if (walked.has(real)) {
        errors.push(new IngestError(`leads back into the folder "${real}", already read; not followed`, path));
        return;
      }
      walked.add(real);
      names = readdirSync(path).sort();
    } catch (cause) {
      errors.push(new IngestError(unreadableReason(cause, path), path, undefined, { cause }));
      return;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      walk(join(path, name), false);
    }
  };

  for (const p of paths) walk(p, true);
  return { files, errors };
}

/** A path named on the command line that is not there (or a link to nothing, said so). */
function notFound(path: string): string {
  const why = unreadableReason(Object.assign(new Error("not found"), { code: "ENOENT" }), path);
  return why === "no such file" ? "no such file or folder" : why;
}
