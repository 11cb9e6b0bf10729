/**
 * Reads the bytes of one article file, refusing what is not a regular file: opening a named pipe
 * waits for a writer forever, and a device such as /dev/zero never ends. The size cap is
 * enforced while reading, since a file's stated size can be wrong (it grows, or is a /proc file).
 */

import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type Stats } from "node:fs";
import { IngestError } from "../core/errors.ts";
import { describeBytes, MAX_ARTICLE_BYTES } from "./article-size-limit.ts";

/** What a file that is not a regular file is, in words. */
function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "something other than a regular file";
}

const CHUNK = 64 * 1024;

/** What the file is read as, for messages, and the most it may hold. */
export interface RegularFileOptions {
  limit?: number;
  /** "an article" (the default) or "a manifest". */
  as?: string;
}

/** The file's bytes, or an IngestError naming the file and what is wrong with it. */
export function readRegularFile(path: string, options: RegularFileOptions = {}): Buffer {
  const limit = options.limit ?? MAX_ARTICLE_BYTES;
  const as = options.as ?? "an article";
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe with no writer returns at once instead of waiting;
    // fstat on the opened file then says what it is, with no gap between check and read.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw openError(cause, path);
  }
  try {
    const stat = fstatSync(fd);
    const kind = kindOf(stat);
    if (kind) throw new IngestError(`is ${kind}, not ${as} file`, path);
    if (stat.size > limit) throw tooLarge(path, `is ${describeBytes(stat.size)}`, limit, as);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge(path, `grew past ${describeBytes(limit)} while being read`, limit, as);
      chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (cause) {
    if (cause instanceof IngestError) throw cause;
    throw new IngestError(`cannot read: ${(cause as Error).message}`, path, undefined, { cause });
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, what: string, limit: number, as: string): IngestError {
  const hint = as === "an article" ? " (split a larger text into its articles)" : "";
  return new IngestError(`${what}; ${as} is at most ${describeBytes(limit)}${hint}`, path);
}

function openError(cause: unknown, path: string): IngestError {
  return new IngestError(unreadableReason(cause, path), path, undefined, { cause });
}

/** Why a path could not be opened or looked at, in words (a dangling link with its target). */
export function unreadableReason(cause: unknown, path: string): string {
  const code = (cause as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? danglingLink(path)
      : code === "ELOOP"
        ? "is a symbolic link that loops back on itself"
        : code === "EISDIR"
          ? "is a folder, not an article file"
          : code === "EACCES" || code === "EPERM"
            ? "cannot be read: permission denied"
            : `cannot read: ${(cause as Error).message}`;
  return why;
}

/** Why an open found nothing: no file, or a symbolic link to nothing (said with its target). */
function danglingLink(path: string): string {
  try {
    if (lstatSync(path).isSymbolicLink()) return `is a symbolic link to "${readlinkSync(path)}", which does not exist`;
  } catch {
    // Not there at all.
  }
  return "no such file";
}
