import { createSqliteStore } from "../../storage/sqlite/sqlite-store.ts";
import type { Store } from "../../storage/store.ts";

/** The database used when `--db` is not given. */
export const DEFAULT_DB = "./sitrep.db";

/** Opens the store a `--db` value names (a SQLite file path). */
export function openStore(db: string | undefined): Store {
  return createSqliteStore(db ?? process.env["SITREP_DB"] ?? DEFAULT_DB);
}
