/**
 * Processes started together on a store that does not exist yet (a new SQLite file, a new
 * PostgreSQL schema) each create-and-migrate it: one does it, the others wait for it and find it
 * done, and every article each of them stores is there afterwards. The writer processes start
 * once and are sent each round's new store at the same moment, so a round costs no start-up.
 */

import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createPostgresStore } from "./postgres/postgres-store.ts";
import { createSqliteStore } from "./sqlite/sqlite-store.ts";
import type { Store } from "./store.ts";

/** The server the tests use: $SITREP_TEST_PG, or the local one (trust auth, database "test"). */
const SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";
const ROUNDS = 20;
const WRITERS = 3;
const ARTICLES_EACH = 2;

const modulePath = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));

/** A process that, for each store it is sent, opens it, stores its own articles, closes it and answers. */
const WRITER_SCRIPT = `
  const { createSqliteStore } = await import(${modulePath("./sqlite/sqlite-store.ts")});
  const { createPostgresStore } = await import(${modulePath("./postgres/postgres-store.ts")});
  const { buildArticle } = await import(${modulePath("../ingest/build-article.ts")});
  const { storeArticles } = await import(${modulePath("../app/store-article.ts")});
  process.on("message", async ({ target, writer }) => {
    try {
      const store = target.startsWith("postgres") ? createPostgresStore(target) : createSqliteStore(target);
      try {
        for (let i = 0; i < ${ARTICLES_EACH}; i++) {
          const article = buildArticle({ id: writer + "-" + i, body: "Notes on the harvest, part " + i + ", by " + writer + "." });
          const [result] = await storeArticles(store, [{ article, extraction: { mentions: [], events: [], claims: [], quotes: [], links: [] } }]);
          if (result instanceof Error) throw result;
        }
      } finally {
        await store.close();
      }
      process.send({ ok: true });
    } catch (error) {
      process.send({ ok: false, error: String(error?.stack ?? error) });
    }
  });
  process.send({ ready: true });`;

type Reply = { ok?: boolean; ready?: boolean; error?: string };

function startWriter(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", WRITER_SCRIPT], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
}

function nextReply(child: ChildProcess): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`a writer exited (${code})`));
    child.once("exit", onExit);
    child.once("message", (reply: Reply) => {
      child.off("exit", onExit);
      resolve(reply);
    });
  });
}

/** Runs `ROUNDS` rounds, each sending one new store to every writer at once and checking its articles. */
async function raceOnNewStores(newTarget: (round: number) => string, open: (target: string) => Store): Promise<void> {
  const writers = Array.from({ length: WRITERS }, startWriter);
  try {
    await Promise.all(writers.map(nextReply));
    for (let round = 0; round < ROUNDS; round++) {
      const target = newTarget(round);
      const names = writers.map((_, w) => `r${round}w${w}`);
      const replies = writers.map(nextReply);
      writers.forEach((child, w) => child.send({ target, writer: names[w] }));
      for (const reply of await Promise.all(replies)) assert.ok(reply.ok, `round ${round}: ${reply.error}`);
      const store = open(target);
      try {
        const expected = names.flatMap((name) => Array.from({ length: ARTICLES_EACH }, (_, i) => `${name}-${i}`));
        assert.equal(await store.countArticles(), expected.length, `round ${round}`);
        for (const id of expected) assert.ok(await store.getArticle(id), `round ${round}: ${id} is stored`);
      } finally {
        await store.close();
      }
    }
  } finally {
    for (const child of writers) child.kill();
  }
}

test(`processes creating one new SQLite file at once all store their articles (${ROUNDS} rounds)`, { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-race-"));
  try {
    await raceOnNewStores((round) => join(dir, `new-${round}.db`), createSqliteStore);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(`processes creating one new PostgreSQL schema at once all store their articles (${ROUNDS} rounds)`, { timeout: 120_000 }, async () => {
  const prefix = `sitrep_test_race_${process.pid}_${randomBytes(3).toString("hex")}`;
  try {
    await raceOnNewStores((round) => `${SERVER}?schema=${prefix}_${round}`, createPostgresStore);
  } finally {
    const client = new pg.Client({ connectionString: SERVER });
    await client.connect();
    for (let round = 0; round < ROUNDS; round++) await client.query(`DROP SCHEMA IF EXISTS ${prefix}_${round} CASCADE`);
    await client.end();
  }
});
