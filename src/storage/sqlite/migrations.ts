import type Database from "better-sqlite3";
import type { StoredEvent } from "../../core/model.ts";
import { FILTER_COLUMNS_STEP } from "../schema/history.ts";
import { renderMigrations, renderSchema } from "../schema/render-schema.ts";
import { eventFilterColumns } from "../shared/event-filter-columns.ts";

/** Fills the analysts' filter columns (shared/event-filter-columns.ts) of the events already stored, from their JSON. */
function fillEventFilterColumns(db: Database.Database): void {
  const update = db.prepare(
    `UPDATE events SET fatalities = @fatalities, admin1_key = @admin1_key, actor1_kind = @actor1_kind,
       actor2_kind = @actor2_kind, sources = @sources, status = @status WHERE id = @id`,
  );
  // A batch at a time: a statement cannot run while another still reads, and the whole table may not fit in memory.
  const batch = db.prepare("SELECT rowid, id, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT 1000");
  for (let after = 0; ;) {
    const rows = batch.all(after) as Array<{ rowid: number; id: string; data: string }>;
    if (rows.length === 0) return;
    for (const row of rows) update.run({ id: row.id, ...eventFilterColumns(JSON.parse(row.data) as StoredEvent) });
    after = rows[rows.length - 1]!.rowid;
  }
}

/**
 * Versioned schema changes, applied in order; `PRAGMA user_version` records how many ran. They
 * are rendered from the schema description (../schema/history.ts), where a change is added.
 */
export const MIGRATIONS: readonly string[] = renderMigrations("sqlite");

/** Today's schema, which a new store is created in at once (then at version `MIGRATIONS.length`). */
export const SCHEMA: string = renderSchema("sqlite");

/** Values SQL cannot compute, filled in code right after the migration that adds their columns, in its transaction. */
export const MIGRATION_FILLS: ReadonlyMap<number, (db: Database.Database) => void> = new Map([
  [FILTER_COLUMNS_STEP.in.sqlite!, fillEventFilterColumns],
]);

/** Written into `meta` so that another program's SQLite file is never mistaken for ours. */
export const APP_MARKER = "sitrep";
