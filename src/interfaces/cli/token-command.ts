import { Command, Option } from "commander";
import type { TokenRights } from "../../storage/store.ts";
import { openStore } from "./open-store.ts";

/** `sitrep token create|revoke NAME`: API tokens for `sitrep serve`. */
export function tokenCommand(): Command {
  const token = new Command("token").description("create or revoke API tokens (the secret is shown once; only its hash is stored)");
  token
    .command("create")
    .argument("<name>", "who or what the token is for (letters, digits, . - _)")
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .addOption(new Option("--rights <rights>", "what the token may do").choices(["read", "write"]).default("write"))
    .action(async (name: string, opts: { db?: string; rights: TokenRights }) => {
      const store = openStore(opts.db);
      try {
        const secret = await store.createToken(name, opts.rights);
        console.log(secret);
        console.error(`token "${name}" (${opts.rights}) created in ${store.location}: keep the secret above, it is not stored`);
      } finally {
        await store.close();
      }
    });
  token
    .command("revoke")
    .argument("<name>", "the token's name")
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .action(async (name: string, opts: { db?: string }) => {
      const store = openStore(opts.db);
      try {
        if (await store.revokeToken(name)) console.log(`token "${name}" revoked`);
        else {
          console.error(`error: no token named "${name}" in ${store.location}`);
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
  return token;
}
