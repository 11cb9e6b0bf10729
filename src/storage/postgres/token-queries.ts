/** API tokens in PostgreSQL: created with their rights, checked by their hash, revoked by name. */

import { StorageError } from "../../core/errors.ts";
import { checkTokenName, newTokenSecret, sameHash, tokenHash } from "../shared/api-token.ts";
import type { Store, TokenRights } from "../store.ts";
import { one, type PostgresDatabase } from "./open-database.ts";

export type TokenQueries = Pick<Store, "createToken" | "verifyToken" | "revokeToken">;

export function postgresTokenQueries({ read, location }: PostgresDatabase): TokenQueries {
  return {
    async createToken(name, rights) {
      const problem = checkTokenName(name);
      if (problem) throw new StorageError(problem);
      return read(async (db) => {
        const secret = newTokenSecret();
        const inserted = await db.query(
          "INSERT INTO api_tokens (name, hash, rights, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING",
          [name, tokenHash(secret), rights, new Date().toISOString()],
        );
        if (inserted.rowCount === 0) throw new StorageError(`${location}: a token named "${name}" exists already (revoke it first)`);
        return secret;
      });
    },
    async verifyToken(secret) {
      return read(async (db) => {
        const hash = tokenHash(secret);
        const row = await one<{ name: string; hash: string; rights: TokenRights }>(
          db,
          "SELECT name, hash, rights FROM api_tokens WHERE hash = $1",
          [hash],
        );
        return row && sameHash(row.hash, hash) ? { name: row.name, rights: row.rights } : null;
      });
    },
    async revokeToken(name) {
      return read(async (db) => ((await db.query("DELETE FROM api_tokens WHERE name = $1", [name])).rowCount ?? 0) > 0);
    },
  };
}
