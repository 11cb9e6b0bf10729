import type pg from "pg";
import type { StoredEvent } from "../../core/model.ts";
import { FILTER_COLUMNS_STEP } from "../schema/history.ts";
import { renderMigrations, renderSchema } from "../schema/render-schema.ts";
import { eventFilterColumns } from "../shared/event-filter-columns.ts";

/** Fills the analysts' filter columns (shared/event-filter-columns.ts) of the events already stored, from their JSON, a batch at a time. */
async function fillEventFilterColumns(client: pg.PoolClient): Promise<void> {
  for (let after = ""; ;) {
    const { rows } = await client.query<{ id: string; data: string }>(
      `SELECT id, data FROM events WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT 1000`,
      [after],
    );
    if (rows.length === 0) return;
    for (const row of rows) {
      const c = eventFilterColumns(JSON.parse(row.data) as StoredEvent);
      await client.query(
        `UPDATE events SET fatalities = $2, admin1_key = $3, actor1_kind = $4, actor2_kind = $5, sources = $6, status = $7 WHERE id = $1`,
        [row.id, c.fatalities, c.admin1_key, c.actor1_kind, c.actor2_kind, c.sources, c.status],
      );
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The PostgreSQL schema, versioned like SQLite's: `meta.schema_version` records how many ran.
 * They are rendered from the schema description (../schema/history.ts), where a change is added.
 */
export const PG_MIGRATIONS: readonly string[] = renderMigrations("postgres");

/** Today's schema, which a new store is created in at once (then at version `PG_MIGRATIONS.length`). */
export const PG_SCHEMA: string = renderSchema("postgres");

/** Values SQL cannot compute, filled in code right after the migration that adds their columns, in its transaction. */
export const PG_MIGRATION_FILLS: ReadonlyMap<number, (client: pg.PoolClient) => Promise<void>> = new Map([
  [FILTER_COLUMNS_STEP.in.postgres!, fillEventFilterColumns],
]);
