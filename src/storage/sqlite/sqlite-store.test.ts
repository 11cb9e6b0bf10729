import { listActors } from "../../app/read-models.ts";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { ingestArticle } from "../../app/ingest-article.ts";
import { buildArticle } from "../../ingest/build-article.ts";
import { createSqliteStore } from "./sqlite-store.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
const body = "A car bomb exploded at a market in Mogadishu on Friday, killing at least six people, police said.";

test("ingesting the same article twice changes nothing", async () => {
  const file = join(dir, "twice.db");
  const store = createSqliteStore(file);
  const article = buildArticle({ id: "a1", body, published: "2025-05-10" });
  const first = await ingestArticle(store, article);
  assert.equal(first.stored, true);
  const eventsBefore = await store.listEvents();
  const again = buildArticle({ id: "a1-copy", body, published: "2025-05-10" });
  const second = await ingestArticle(store, again);
  assert.equal(second.stored, false);
  assert.equal(second.articleId, "a1");
  assert.equal(await store.countArticles(), 1);
  assert.deepEqual(await store.listEvents(), eventsBefore);
  await store.close();
});

test("a missing folder is refused and nothing is created", () => {
  assert.throws(() => createSqliteStore(join(dir, "no-such-folder", "x.db")), /the folder .*no-such-folder does not exist/);
});

test("a file that is not a database is refused and left untouched", () => {
  const file = join(dir, "notes.txt");
  writeFileSync(file, "my notes");
  assert.throws(() => createSqliteStore(file), /is not a Sitrep database/);
  assert.equal(readFileSync(file, "utf8"), "my notes");
});

test("another program's SQLite database is refused and left untouched", () => {
  const file = join(dir, "other.db");
  const other = new Database(file);
  other.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
  other.close();
  assert.throws(() => createSqliteStore(file), /is not a Sitrep database/);
  const again = new Database(file);
  assert.deepEqual(again.prepare("SELECT name FROM sqlite_master").all(), [{ name: "t" }]);
  again.close();
});

test("reopening a database keeps what it holds", async () => {
  const file = join(dir, "reopen.db");
  const store = createSqliteStore(file);
  const article = buildArticle({ id: "r1", body, published: "2025-05-10" });
  await ingestArticle(store, article);
  await store.close();
  const reopened = createSqliteStore(file);
  assert.equal(await reopened.countArticles(), 1);
  assert.equal((await reopened.getArticle("r1"))?.text, body);
  await reopened.close();
});

test("a syndicated copy under another masthead is a source of the event, counted once", async () => {
  const store = createSqliteStore(join(dir, "copies.db"));
  const wire = [
    "Gunmen ambushed an army convoy near the town of Dikwa on Wednesday, killing six soldiers and wounding nine others, military sources said.",
    "The convoy was travelling from Maiduguri when it came under heavy fire from fighters hiding in the bush along the road.",
    "Reinforcements were sent to the area and the wounded were taken to a hospital in the state capital, one officer said.",
  ].join(" ");
  const own =
    "Six soldiers died on Wednesday when insurgents opened fire on their convoy outside Dikwa, officers said, and nine more were hurt.";
  for (const [id, text] of [
    ["wire", wire],
    ["copy", `Convoy ambushed in Borno. ${wire} Reporting by staff.`],
    ["own", own],
  ] as const) {
    const article = buildArticle({ id, body: text, published: "2025-04-10" });
    await ingestArticle(store, article);
  }
  const [ambush] = (await store.listEvents()).filter((e) => e.sources.some((s) => s.article === "wire"));
  assert.deepEqual(ambush?.sources.map((s) => [s.article, s.copy_of ?? null]).sort(), [
    ["copy", null],
    ["own", null],
    ["wire", "copy"],
  ]);
  assert.equal(ambush?.independent_sources, 2);
  await store.close();
});

test("the actor registry gathers one person spelt two ways and the ties the sources state", async () => {
  const store = createSqliteStore(join(dir, "actors.db"));
  const texts = [
    ["one", "A drone strike killed Karim al-Haddad, a senior Hezbollah commander, near Tyre on Monday, the army said."],
    ["two", "Karim al-Hadad, a Hezbollah commander, was killed on Monday when a drone hit his car near Tyre, residents said."],
  ] as const;
  for (const [id, text] of texts) {
    const article = buildArticle({ id, body: text, published: "2025-04-08" });
    await ingestArticle(store, article);
  }
  const registry = await listActors(store);
  const people = registry.actors.filter((a) => a.kind === "person");
  assert.equal(people.length, 1, people.map((p) => p.name).join(", "));
  const hezbollah = registry.actors.find((a) => a.name === "Hezbollah");
  assert.ok(hezbollah);
  // Both articles' ties, whatever the spelling, hang on the one person.
  const commands = registry.relations.filter((r) => r.relation === "commander_of");
  assert.deepEqual(
    commands.map((r) => [r.articleId, r.fromId, r.toId]),
    [
      ["one", people[0]!.id, hezbollah.id],
      ["two", people[0]!.id, hezbollah.id],
    ],
  );
  await store.close();
});
