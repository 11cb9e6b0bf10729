/**
 * Opening a PostgreSQL store: its URL read (`?schema=NAME`), a pool of connections to that schema,
 * and the schema created (in today's shape) or brought up to date (`migrations.ts`) on first use, under an advisory
 * lock so that processes starting together migrate once.
 */

import pg from "pg";
import { StorageError } from "../../core/errors.ts";
import { parsePostgresUrl, redactUrl } from "../database-url.ts";
import { PG_MIGRATIONS, PG_MIGRATION_FILLS, PG_SCHEMA } from "./migrations.ts";

const APP_MARKER = "sitrep";
/** Advisory lock key (any fixed 32-bit number) for migrating; merging has its own (postgres-store.ts). */
const MIGRATE_LOCK = 0x53495452;

/** A connection, or the pool, to run a statement on. */
export type Queryable = Pick<pg.PoolClient, "query">;

/** The rows a statement gives. */
export const all = async <T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)).rows as T[];
/** The first row a statement gives, or null. */
export const one = async <T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T | null> =>
  (await all<T>(db, sql, params))[0] ?? null;

/** How a store is opened. */
export interface PostgresStoreOptions {
  /** False to refuse a schema that holds no Sitrep database yet instead of creating it (commands that only read). */
  create?: boolean;
}

/** An open PostgreSQL store's connections: each use waits until the schema is ready. */
export interface PostgresDatabase {
  /** Where the store lives, its password hidden, for messages. */
  location: string;
  pool: pg.Pool;
  /** A connection of its own (for a transaction), once the schema is ready. */
  connect(): Promise<pg.PoolClient>;
  /** Runs `work` on the pool once the schema is ready. */
  read<T>(work: (db: Queryable) => Promise<T>): Promise<T>;
}

/** Opens the pool of the database `url` names; connects and migrates on first use. */
export function openDatabase(url: string, { create = true }: PostgresStoreOptions = {}): PostgresDatabase {
  const { connectionString, schema } = parsePostgresUrl(url);
  const location = `${redactUrl(connectionString)} (schema ${schema})`;
  const pool = new pg.Pool({ connectionString, max: 4, options: `-c search_path=${schema}` });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", (error) => console.error(`${location}: ${error.message}`));
  let ready: Promise<void> | null = null;

  async function migrate(): Promise<void> {
    const client = await connectNow();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATE_LOCK]);
      if (!create) {
        const meta = await one<{ n: number }>(
          client,
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta'",
          [schema],
        );
        if (!meta?.n) throw new StorageError(`${location}: no Sitrep database there (is --db right? \`sitrep ingest\` creates one)`);
      }
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      const app = await one<{ value: string }>(client, "SELECT value FROM meta WHERE key = 'app'");
      const tables = await all<{ n: number }>(client, "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1", [
        schema,
      ]);
      if (!app && (tables[0]?.n ?? 0) > 1) throw new StorageError(`${location}: is not a Sitrep database (the schema holds other tables)`);
      if (app && app.value !== APP_MARKER) throw new StorageError(`${location}: is not a Sitrep database`);
      if (!app) await client.query("INSERT INTO meta (key, value) VALUES ('app', $1), ('schema_version', '0')", [APP_MARKER]);
      const version = Number((await one<{ value: string }>(client, "SELECT value FROM meta WHERE key = 'schema_version'"))?.value ?? 0);
      if (version > PG_MIGRATIONS.length) throw new StorageError(`${location}: was written by a newer Sitrep (schema ${version})`);
      if (version === 0) {
        // A new store is made in today's shape at once; the migrations bring up stores earlier releases made.
        await client.query(PG_SCHEMA);
      } else {
        for (let v = version; v < PG_MIGRATIONS.length; v++) {
          await client.query(PG_MIGRATIONS[v]!);
          await PG_MIGRATION_FILLS.get(v)?.(client);
        }
      }
      await client.query("UPDATE meta SET value = $1 WHERE key = 'schema_version'", [String(PG_MIGRATIONS.length)]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function connectNow(): Promise<pg.PoolClient> {
    try {
      return await pool.connect();
    } catch (cause) {
      throw new StorageError(`${location}: cannot connect: ${(cause as Error).message}`, { cause });
    }
  }

  async function ensureReady(): Promise<void> {
    ready ??= migrate();
    try {
      await ready;
    } catch (error) {
      ready = null;
      throw error;
    }
  }

  return {
    location,
    pool,
    async connect() {
      await ensureReady();
      return connectNow();
    },
    async read(work) {
      await ensureReady();
      return work(pool);
    },
  };
}
