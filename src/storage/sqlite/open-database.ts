import { existsSync, openSync, readSync, closeSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { StorageError } from "../../core/errors.ts";
import { APP_MARKER, MIGRATIONS, MIGRATION_FILLS, SCHEMA } from "./migrations.ts";

const SQLITE_HEADER = "SQLite format 3\0";

/** Checks that `path` is absent or a SQLite file before anything opens (and so creates) it. */
function checkPath(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) throw new StorageError(`${path}: the folder ${dir} does not exist`);
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) throw new StorageError(`${path}: is a folder, not a Sitrep database file`);
  if (statSync(path).size === 0) return;
  const fd = openSync(path, "r");
  const head = Buffer.alloc(16);
  readSync(fd, head, 0, 16, 0);
  closeSync(fd);
  if (head.toString("latin1") !== SQLITE_HEADER) throw new StorageError(`${path}: is not a Sitrep database (not a SQLite file)`);
}

/** The schema version of a database that is empty or ours; throws for anything else. */
function checkIsOurs(db: Database.Database, path: string): number {
  const version = db.pragma("user_version", { simple: true }) as number;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  if (version === 0 && tables.length > 0) throw new StorageError(`${path}: is not a Sitrep database (it holds other tables)`);
  if (version > 0) {
    const marker = tables.some((t) => t.name === "meta")
      ? (db.prepare("SELECT value FROM meta WHERE key = 'app'").get() as { value: string } | undefined)
      : undefined;
    if (marker?.value !== APP_MARKER) throw new StorageError(`${path}: is not a Sitrep database`);
    if (version > MIGRATIONS.length) throw new StorageError(`${path}: was written by a newer Sitrep (schema ${version})`);
  }
  return version;
}

/** How a database is opened. */
export interface OpenOptions {
  /**
   * False to refuse a database that does not exist yet instead of creating it: commands that only
   * read must not leave an empty database behind a mistyped path and report nothing found.
   */
  create?: boolean;
}

/** How long opening waits, in all, for other processes creating or migrating the same file. */
const OPEN_PATIENCE_MS = 60_000;

function isBusy(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_BUSY");
}

/** Opens (creating if new, unless told not to) a Sitrep SQLite database, refusing files that are not ours, and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  // Some steps (turning on WAL while another process still reads the new file in rollback mode)
  // answer "busy" without waiting on the busy timeout: those are tried again until the others are done.
  const deadline = Date.now() + OPEN_PATIENCE_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return openOnce(file, options);
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (!isBusy(cause) || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(500, 20 * 2 ** attempt));
    }
  }
}

function openOnce(file: string, { create = true }: OpenOptions): Database.Database {
  const path = file === ":memory:" ? file : resolve(file);
  if (path !== ":memory:") checkPath(path);
  if (!create && path !== ":memory:" && (!existsSync(path) || statSync(path).size === 0))
    throw new StorageError(`${path}: no Sitrep database there (is --db right? \`sitrep ingest\` creates one)`);
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new StorageError(`${path}: cannot open the database`, { cause });
  }
  try {
    db.pragma("busy_timeout = 5000");
    // One read transaction, so the version and the tables are read from one state of the file even
    // while another process is creating it (read apart, a commit between them looks like a foreign file).
    db.transaction(() => checkIsOurs(db, path))();
    if (path !== ":memory:") db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL never corrupts the file and loses nothing when the process dies; only a
    // power cut can drop the last commits. FULL would sync the disk at every article, which on
    // ordinary disks made ingest wait on the disk rather than work (several times slower).
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // Creating and migrating is one exclusive step: a second process opening the same new file
    // waits for the write lock, then reads the version the first left and has nothing to do.
    db.transaction(() => {
      const version = checkIsOurs(db, path);
      if (version === 0) {
        // A new store is made in today's shape at once; the migrations bring up stores earlier releases made.
        db.exec(SCHEMA);
        db.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
        db.pragma(`user_version = ${MIGRATIONS.length}`);
        return;
      }
      for (let v = version; v < MIGRATIONS.length; v++) {
        db.exec(MIGRATIONS[v]!);
        MIGRATION_FILLS.get(v)?.(db);
        db.pragma(`user_version = ${v + 1}`);
      }
    }).immediate();
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StorageError) throw error;
    throw new StorageError(`${path}: cannot open the database: ${(error as Error).message}`, { cause: error });
  }
}
