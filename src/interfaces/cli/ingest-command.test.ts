/**
 * `sitrep ingest` over inputs that are not plain article files: special files, broken links,
 * a manifest reaching outside its folder, a UTF-16 file. Each is named with what is wrong, the
 * rest of the batch is stored, the exit code is 1, and nothing stored before is lost.
 */

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";

const BIN = fileURLToPath(new URL("../../../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-cli-"));

function sitrep(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 90_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error !== undefined };
}

/** The server the tests use: $SITREP_TEST_PG, or the local one (trust auth, database "test"). */
const PG_SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

/** A store to ingest into, by its --db, with a way to read back the stored articles. */
interface TestStore {
  db: string;
  articles(): Promise<Array<{ id: string; text: string }>>;
  dispose(): Promise<void>;
}

const STORES: Record<string, (name: string) => TestStore> = {
  SQLite: (name) => {
    const db = join(dir, `${name}.db`);
    return {
      db,
      articles: async () => {
        const conn = new Database(db, { readonly: true });
        try {
          return conn.prepare("SELECT id, text FROM articles ORDER BY id").all() as Array<{ id: string; text: string }>;
        } finally {
          conn.close();
        }
      },
      dispose: async () => undefined,
    };
  },
  PostgreSQL: (name) => {
    const schema = `sitrep_test_${process.pid}_${name}_${randomBytes(3).toString("hex")}`;
    const query = async <T>(sql: string): Promise<T[]> => {
      const client = new pg.Client({ connectionString: PG_SERVER });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    };
    return {
      db: `${PG_SERVER}?schema=${schema}`,
      articles: () => query(`SELECT id, text FROM ${schema}.articles ORDER BY id`),
      dispose: async () => void (await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
    };
  },
};

const STRIKE = "A drone strike hit a fuel depot near Kidal on Tuesday, killing four fighters, the army said.\n";
const AMBUSH = "Gunmen ambushed a police patrol near Kano on Monday, killing two officers, police said.\n";

for (const [label, open] of Object.entries(STORES)) {
  test(
    `a folder with a named pipe, broken links and a UTF-16 file: each named, the rest stored, exit 1 (${label})`,
    { timeout: 120_000 },
    async () => {
      const store = open("pile");
      const folder = join(dir, `pile-${label}`);
      mkdirSync(folder);
      writeFileSync(join(folder, "good.txt"), STRIKE);
      writeFileSync(join(folder, "wide.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AMBUSH, "utf16le")]));
      symlinkSync(join(folder, "deleted.txt"), join(folder, "dangling.txt"));
      symlinkSync(join(folder, "loop.txt"), join(folder, "loop.txt"));
      const fifo = spawnSync("mkfifo", [join(folder, "pipe.txt")]).status === 0;
      const r = sitrep("ingest", "--db", store.db, folder, ...(existsSync("/dev/zero") ? ["/dev/zero"] : []));
      assert.ok(!r.timedOut, "the ingest finished");
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /dangling\.txt: is a symbolic link to ".*deleted\.txt", which does not exist/);
      assert.match(r.err, /loop\.txt: is a symbolic link that loops back on itself/);
      if (fifo) assert.match(r.err, /pipe\.txt: is a named pipe, not an article file/);
      if (existsSync("/dev/zero")) assert.match(r.err, /\/dev\/zero: is a device, not an article file/);
      const texts = (await store.articles()).map((a) => a.text);
      assert.deepEqual(texts.sort(), [AMBUSH, STRIKE].sort());
      await store.dispose();
    },
  );

  test(
    `a manifest reaching outside its folder is refused line by line unless allowed; what was stored stays (${label})`,
    { timeout: 120_000 },
    async () => {
      const store = open("sent");
      const outside = join(dir, "private.txt");
      writeFileSync(outside, "Not for the store: a line of someone's notes.\n");
      const folder = join(dir, `sent-${label}`);
      mkdirSync(folder);
      writeFileSync(join(folder, "a.txt"), STRIKE);
      writeFileSync(join(folder, "b.txt"), AMBUSH);
      const manifest = join(folder, "manifest.jsonl");
      writeFileSync(
        manifest,
        [
          JSON.stringify({ id: "a", file: "a.txt", published: "2025-03-05" }),
          JSON.stringify({ id: "up", file: "../private.txt" }),
          JSON.stringify({ id: "abs", file: outside }),
          JSON.stringify({ id: "a", file: "b.txt", published: "2025-03-04" }),
          JSON.stringify({ id: "a/b", file: "b.txt" }),
        ].join("\n") + "\n",
      );
      const r = sitrep("ingest", "--db", store.db, "--manifest", manifest);
      assert.equal(r.code, 1);
      assert.match(r.err, /manifest\.jsonl:2: file "\.\.\/private\.txt" lies outside the manifest's folder/);
      assert.match(r.err, /manifest\.jsonl:3: file ".*private\.txt" lies outside the manifest's folder/);
      assert.match(r.err, /manifest\.jsonl:4: id "a" is used already on line 1/);
      assert.match(r.err, /manifest\.jsonl:5: id: expected up to 128 letters/);
      assert.deepEqual(
        (await store.articles()).map((a) => a.id),
        ["a"],
      );

      // Allowed on purpose, the files outside are read, and the article stored before is kept.
      const fixed = join(folder, "fixed.jsonl");
      writeFileSync(fixed, JSON.stringify({ id: "up", file: "../private.txt" }) + "\n");
      const allowed = sitrep("ingest", "--db", store.db, "--manifest", fixed, "--allow-outside-files");
      assert.equal(allowed.code, 0, allowed.err);
      assert.deepEqual(
        (await store.articles()).map((a) => a.id),
        ["a", "up"],
      );
      await store.dispose();
    },
  );
}
