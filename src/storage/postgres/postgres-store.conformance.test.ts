import { randomBytes } from "node:crypto";
import pg from "pg";
import { runStoreConformance } from "../store-conformance.ts";
import { createPostgresStore } from "./postgres-store.ts";

/** The server the tests use: $SITREP_TEST_PG, or the local one (trust auth, database "test"). */
const SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

runStoreConformance("PostgreSQL", async () => {
  // Each store gets a schema of its own, dropped afterwards.
  const schema = `sitrep_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  return {
    store: createPostgresStore(`${SERVER}?schema=${schema}`),
    dispose: async () => {
      const client = new pg.Client({ connectionString: SERVER });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
});
