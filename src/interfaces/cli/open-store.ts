import { createPostgresStore, isPostgresUrl } from "../../storage/postgres/postgres-store.ts";
import { createSqliteStore } from "../../storage/sqlite/sqlite-store.ts";
import type { Store } from "../../storage/store.ts";

/** The database used when `--db` is not given. */
export const DEFAULT_DB = "./sitrep.db";

/** Opens the store a `--db` value (or `$SITREP_DB`) names: a SQLite file path, or a postgres:// URL; created when new. */
export function openStore(db: string | undefined): Store {
  const target = db ?? process.env["SITREP_DB"] ?? DEFAULT_DB;
  return isPostgresUrl(target) ? createPostgresStore(target) : createSqliteStore(target);
}

/**
 * Opens a store that must exist already, for commands that only read it: a mistyped `--db` is an
 * error naming the path, not a new empty database that answers "no events".
 */
export function openExistingStore(db: string | undefined): Store {
  const target = db ?? process.env["SITREP_DB"] ?? DEFAULT_DB;
  return isPostgresUrl(target) ? createPostgresStore(target, { create: false }) : createSqliteStore(target, { create: false });
}
