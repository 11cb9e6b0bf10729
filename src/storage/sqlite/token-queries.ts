/** API tokens in SQLite: created with their rights, checked by their hash, revoked by name. */

import type Database from "better-sqlite3";
import { StorageError } from "../../core/errors.ts";
import { checkTokenName, newTokenSecret, sameHash, tokenHash } from "../shared/api-token.ts";
import type { Store, TokenRights } from "../store.ts";

export type TokenQueries = Pick<Store, "createToken" | "verifyToken" | "revokeToken">;

export function sqliteTokenQueries(db: Database.Database, file: string): TokenQueries {
  const q = {
    insertToken: db.prepare("INSERT INTO api_tokens (name, hash, rights, created_at) VALUES (?, ?, ?, ?)"),
    tokenByHash: db.prepare("SELECT name, hash, rights FROM api_tokens WHERE hash = ?"),
    tokenByName: db.prepare("SELECT name FROM api_tokens WHERE name = ?"),
    deleteToken: db.prepare("DELETE FROM api_tokens WHERE name = ?"),
  };
  return {
    async createToken(name, rights) {
      const problem = checkTokenName(name);
      if (problem) throw new StorageError(problem);
      if (q.tokenByName.get(name)) throw new StorageError(`${file}: a token named "${name}" exists already (revoke it first)`);
      const secret = newTokenSecret();
      q.insertToken.run(name, tokenHash(secret), rights, new Date().toISOString());
      return secret;
    },
    async verifyToken(secret) {
      const hash = tokenHash(secret);
      const row = q.tokenByHash.get(hash) as { name: string; hash: string; rights: TokenRights } | undefined;
      return row && sameHash(row.hash, hash) ? { name: row.name, rights: row.rights } : null;
    },
    async revokeToken(name) {
      return q.deleteToken.run(name).changes > 0;
    },
  };
}
