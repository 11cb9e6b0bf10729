import { isPostgresUrl } from "../../storage/database-url.ts";
import { createPostgresStore } from "../../storage/postgres/postgres-store.ts";
import { createSqliteStore } from "../../storage/sqlite/sqlite-store.ts";
import type { Store } from "../../storage/store.ts";
import { loadSettings } from "../settings/load-settings.ts";
import { DEFAULT_SETTINGS } from "../settings/settings-spec.ts";

/** The database used when `--db` is not given. */
export const DEFAULT_DB = DEFAULT_SETTINGS.db;

/** The store `--db` names, else $SITREP_DB, else the config file's ($SITREP_CONFIG), else ./sitrep.db. */
function target(db: string | undefined): string {
  return db ?? loadSettings().db;
}

/** Opens the store a `--db` value (or `$SITREP_DB`) names: a SQLite file path, or a postgres:// URL; created when new. */
export function openStore(db: string | undefined): Store {
  const where = target(db);
  return isPostgresUrl(where) ? createPostgresStore(where) : createSqliteStore(where);
}

/**
 * Opens a store that must exist already, for commands that only read it: a mistyped `--db` is an
 * error naming the path, not a new empty database that answers "no events".
 */
export function openExistingStore(db: string | undefined): Store {
  const where = target(db);
  return isPostgresUrl(where) ? createPostgresStore(where, { create: false }) : createSqliteStore(where, { create: false });
}
