/**
 * Where a database is, as the user writes it: a file path (SQLite) or a `postgres://` URL with
 * Sitrep's own `schema` parameter. Read here once for the store and the queue, which share one
 * PostgreSQL database.
 */

import { StorageError } from "../core/errors.ts";

/** True when the text names a PostgreSQL database rather than a file. */
export function isPostgresUrl(text: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(text);
}

/** The connection string without Sitrep's own `schema` parameter, and that schema. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "sitrep";
  if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) throw new StorageError(`${redactUrl(url)}: schema "${schema}" is not a plain SQL name`);
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
