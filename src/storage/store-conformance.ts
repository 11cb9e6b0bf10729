/**
 * One behaviour, every store: the conformance suite that each adapter's test file runs against
 * its own store. A store passes when, given the same articles and readings, it keeps and returns
 * exactly what the others do. The readings are fixed (`conformance-readings.ts`), and written
 * through the use cases that write them in the application (storing, re-dating, reviewing).
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { listActors, listLinks } from "../app/read-models.ts";
import { redateArticles, replaceExtraction } from "../app/redate-articles.ts";
import { storeArticles } from "../app/store-article.ts";
import type { Article, ArticleInput } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";
import { fixedReadings, type ConformanceReadings } from "./conformance-readings.ts";
import { ambushDaily, ambushUndated, ambushWire, strike } from "./conformance-articles.ts";
import { runListingConformance } from "./listing-conformance.ts";
import { runReviewConformance } from "./review-conformance.ts";
import type { IngestResult, Store } from "./store.ts";
import { runSummaryConformance } from "./summary-conformance.ts";
import { runWatchConformance } from "./watch-conformance.ts";
import { runArticleOutletsConformance } from "./article-outlets-conformance.ts";
import { runFailedArticleConformance } from "./failed-article-conformance.ts";

/** Everything a store gives back of the events, as an export reads it. */
async function everything(store: Store): Promise<unknown> {
  return {
    events: await store.listEvents(),
    links: await listLinks(store),
    claims: await store.listClaims(),
    quotes: await store.listQuotes(),
    actors: await listActors(store),
  };
}

/** Opens a fresh, empty store; `dispose` removes whatever it left behind. */
export type StoreFactory = () => Promise<{ store: Store; dispose: () => Promise<void> }>;

/** Stores one article with what was read from it; throws what failed. */
async function storeOne(store: Store, article: Article, extraction: Extraction): Promise<IngestResult> {
  const [result] = await storeArticles(store, [{ article, extraction }]);
  if (result instanceof Error) throw result;
  return result!;
}

/** Registers the suite under `label`; `readings` are the fixed ones unless given (see conformance-readings.ts). */
export function runStoreConformance(label: string, open: StoreFactory, readings: ConformanceReadings = fixedReadings()): void {
  /** Stores the articles as one batch, then re-dates the undated ones, as ingesting them does. */
  const ingestAll = async (store: Store, inputs: ArticleInput[]): Promise<void> => {
    const results = await storeArticles(
      store,
      inputs.map((input) => readings.read(input)),
    );
    assert.deepEqual(
      results.filter((r) => r instanceof Error),
      [],
    );
    await redateArticles(store, (article) => readings.reread(article));
  };

  const withStore = (name: string, body: (store: Store) => Promise<void>) =>
    it(name, async () => {
      const { store, dispose } = await open();
      try {
        await body(store);
      } finally {
        await store.close();
        await dispose();
      }
    });

  describe(`store conformance: ${label}`, () => {
    withStore("a batch stores every article but one that fails, which leaves nothing behind", async (store) => {
      const [wire, broken, daily, again] = [ambushWire, strike, ambushDaily, { ...ambushWire, id: "wire-again" }].map((a) =>
        readings.read(a),
      );
      // An extraction that breaks half-way through storing: after its article row is written.
      const faulty = { ...broken!, extraction: { ...broken!.extraction, events: [null] } as unknown as Extraction };
      const results = await storeArticles(store, [wire!, faulty, daily!, again!]);
      assert.equal(results.length, 4);
      assert.deepEqual(
        results.map((r) => (r instanceof Error ? "error" : [r.articleId, r.stored])),
        [["wire", true], "error", ["daily", true], ["wire", false]],
      );
      assert.equal(await store.countArticles(), 2);
      assert.equal(await store.getArticle("strike"), null);
      const events = await store.listEvents();
      assert.deepEqual(
        events.map((e) => e.sources.map((s) => s.article).sort()),
        [["daily", "wire"]],
      );
    });

    withStore("ingesting the same article twice changes nothing", async (store) => {
      const first = readings.read(ambushWire);
      assert.equal((await storeOne(store, first.article, first.extraction)).stored, true);
      const before = await store.listEvents();
      const again = readings.read({ ...ambushWire, id: "wire-again" });
      const second = await storeOne(store, again.article, again.extraction);
      assert.deepEqual([second.stored, second.articleId], [false, "wire"]);
      assert.equal(await store.countArticles(), 1);
      assert.deepEqual(await store.listEvents(), before);
    });

    withStore("an article keeps the language it looks written in", async (store) => {
      const french = readings.read({
        id: "depeche",
        published: "2025-04-10",
        body: "Des hommes armés ont attaqué mercredi un poste de l'armée près de Gao, tuant six soldats, selon des sources militaires.",
      });
      const english = readings.read(ambushWire);
      for (const { article, extraction } of [french, english]) await storeOne(store, article, extraction);
      assert.equal((await store.getArticle("depeche"))?.language, "fra");
      assert.equal((await store.getArticle("wire"))?.language, "eng");
    });

    withStore("the same id with new content keeps both articles", async (store) => {
      await ingestAll(store, [ambushWire, { ...ambushWire, body: `${ambushWire.body} The army sent reinforcements.` }]);
      assert.equal(await store.countArticles(), 2);
    });

    withStore("two outlets' reports of one ambush are one event with both sources, and an undated one is dated by them", async (store) => {
      await ingestAll(store, [ambushWire, ambushDaily, ambushUndated, strike]);
      const ambushes = (await store.listEvents()).filter((e) => e.sources.some((s) => s.article === "wire"));
      assert.equal(ambushes.length, 1);
      assert.deepEqual(ambushes[0]!.sources.map((s) => s.article).sort(), ["blog", "daily", "wire"]);
      assert.equal(ambushes[0]!.date, "2025-04-09");
      assert.equal((await store.getArticle("blog"))?.referenceDate, "2025-04-09");
      // The undated article's other incident, "on Tuesday", is read against that day.
      const damboa = (await store.listEvents()).find((e) => e.location?.name === "Damboa");
      assert.equal(damboa?.date, "2025-04-08");
    });

    withStore("filters select by country, type, actor and dates", async (store) => {
      await ingestAll(store, [ambushWire, strike]);
      assert.deepEqual(
        (await store.listEvents({ country: "SY" })).map((e) => e.location?.name),
        ["Idlib"],
      );
      assert.equal((await store.listEvents({ type: "air_drone_strike" })).length, 1);
      assert.equal((await store.listEvents({ since: "2025-04-10" })).length, 1);
      assert.equal((await store.listEvents({ until: "2025-04-09" })).length, 1);
    });

    withStore("full-text search finds events by the words of their sources, stemmed", async (store) => {
      await ingestAll(store, [ambushWire, ambushDaily, strike]);
      assert.deepEqual(
        (await store.listEvents({ text: "convoy" })).map((e) => e.location?.name),
        ["Maiduguri"],
      );
      assert.deepEqual(
        (await store.listEvents({ text: "drones monitoring" })).map((e) => e.location?.name),
        ["Idlib"],
      );
      assert.deepEqual(await store.listEvents({ text: "convoy Idlib" }), []);
      assert.deepEqual(await store.listEvents({ text: '"); DROP TABLE events; --' }), []);
    });

    withStore("the changes feed tells what was created and revised, in order, from any position", async (store) => {
      await ingestAll(store, [ambushWire]);
      const first = await store.listChanges(0);
      assert.deepEqual(
        first.changes.map((c) => c.kind),
        ["created"],
      );
      await ingestAll(store, [ambushDaily, strike]);
      const next = await store.listChanges(first.next);
      // The ambush gained a source: revised in place, or merged into the event now holding both
      // reports (an event's id follows its first report, which a new source can precede).
      const ambush = first.changes[0]!.event;
      const revised = next.changes.find((c) => c.event === ambush);
      assert.ok(revised?.kind === "revised" || (revised?.kind === "merged" && revised.into), JSON.stringify(next.changes));
      const holder = revised.kind === "merged" ? revised.into! : ambush;
      // The first id keeps answering, as the event it became.
      assert.equal((await store.getEvent(ambush))?.event.id, holder);
      assert.deepEqual((await store.getEvent(holder))?.event.sources.map((s) => s.article).sort(), ["daily", "wire"]);
      assert.ok(next.changes.some((c) => c.kind === "created" && c.event !== ambush && c.event !== holder));
      assert.ok(next.changes.every((c) => c.seq > first.next));
      // Asking again from the end gives nothing new, and says where it stands.
      const none = await store.listChanges(next.next);
      assert.deepEqual([none.changes, none.next], [[], next.next]);
      assert.equal((await store.listChanges(0, 1)).changes.length, 1);
    });

    withStore("API tokens: a secret shown once, checked by its hash, revocable; names are unique", async (store) => {
      const secret = await store.createToken("desk-1", "write");
      assert.match(secret, /^sitrep_/);
      assert.deepEqual(await store.verifyToken(secret), { name: "desk-1", rights: "write" });
      assert.equal(await store.verifyToken(`${secret}x`), null);
      await assert.rejects(store.createToken("desk-1", "read"), /exists already/);
      await assert.rejects(store.createToken("no spaces allowed", "read"), /token name/);
      assert.equal(await store.revokeToken("desk-1"), true);
      assert.equal(await store.verifyToken(secret), null);
      assert.equal(await store.revokeToken("desk-1"), false);
    });

    withStore("one event in detail: reports, articles, claims; unknown ids give null", async (store) => {
      await ingestAll(store, [ambushWire, ambushDaily]);
      const [event] = await store.listEvents();
      const detail = await store.getEvent(event!.id);
      assert.deepEqual(detail?.articles.map((a) => a.id).sort(), ["daily", "wire"]);
      assert.equal(detail?.reports.length, 2);
      assert.equal(await store.getEvent("ev_nothing"), null);
      assert.equal(await store.getArticle("nothing"), null);
      const wire = await store.getArticle("wire");
      assert.equal((await store.findArticleByHash(wire!.contentHash))?.id, "wire");
    });

    withStore("re-reading an article the store does not hold is an error naming it", async (store) => {
      await assert.rejects(replaceExtraction(store, "ghost", readings.read(ambushWire).extraction, "2025-04-10"), /ghost/);
    });

    it("what is stored is the same whatever order the articles arrive in", async () => {
      const orders = [
        [ambushWire, ambushDaily, ambushUndated, strike],
        [strike, ambushUndated, ambushDaily, ambushWire],
        [ambushDaily, strike, ambushWire, ambushUndated],
      ];
      const exports: string[] = [];
      for (const order of orders) {
        const { store, dispose } = await open();
        try {
          await ingestAll(store, order);
          exports.push(JSON.stringify(await everything(store)));
        } finally {
          await store.close();
          await dispose();
        }
      }
      assert.equal(exports[1], exports[0]);
      assert.equal(exports[2], exports[0]);
    });

    withStore("a syndicated copy is a source of the event, counted once", async (store) => {
      const wire = [
        "Gunmen ambushed an army convoy near the town of Dikwa on Wednesday, killing six soldiers and wounding nine others, military sources said.",
        "The convoy was travelling from Maiduguri when it came under heavy fire from fighters hiding in the bush along the road.",
        "Reinforcements were sent to the area and the wounded were taken to a hospital in the state capital, one officer said.",
      ].join(" ");
      await ingestAll(store, [
        { id: "a-wire", published: "2025-04-10", body: wire },
        { id: "b-copy", published: "2025-04-10", body: `Convoy ambushed in Borno. ${wire} Reporting by staff.` },
      ]);
      const [event] = await store.listEvents();
      assert.deepEqual(
        event?.sources.map((s) => [s.article, s.copy_of ?? null]),
        [
          ["a-wire", null],
          ["b-copy", "a-wire"],
        ],
      );
      assert.equal(event?.independent_sources, 1);
    });

    withStore("a retaliation for a named person's killing links to that killing told by another source", async (store) => {
      await ingestAll(store, [
        {
          id: "k",
          published: "2025-03-11",
          body: "An Israeli drone strike killed Hezbollah commander Karim Haddad near Tyre on Monday, officials said.",
        },
        {
          id: "r",
          published: "2025-03-12",
          body: 'On Tuesday the group attacked an army post in northern Israel with drones "in response to the killing of Karim Haddad."',
        },
      ]);
      const links = await listLinks(store);
      assert.equal(links.filter((l) => l.relation === "retaliation_for").length, 1);
    });

    withStore("the actor registry knows one person under two spellings", async (store) => {
      await ingestAll(store, [
        {
          id: "one",
          published: "2025-04-08",
          body: "A drone strike killed Karim al-Haddad, a senior Hezbollah commander, near Tyre on Monday.",
        },
        {
          id: "two",
          published: "2025-04-08",
          body: "Karim al-Hadad, a Hezbollah commander, was killed on Monday near Tyre, residents said.",
        },
      ]);
      const registry = await listActors(store);
      assert.equal(registry.actors.filter((a) => a.kind === "person").length, 1);
      assert.ok(registry.relations.some((r) => r.relation === "commander_of"));
    });

    withStore("claims and quotes come by article, then by place in the text", async (store) => {
      await ingestAll(store, [strike, ambushWire]);
      const claims = await store.listClaims();
      const keys = claims.map((c) => `${c.articleId}:${String(c.span.start).padStart(6, "0")}`);
      assert.deepEqual(keys, [...keys].sort());
      assert.ok((await store.listQuotes()).every((q) => typeof q.articleId === "string"));
    });

    runReviewConformance(withStore, ingestAll);
    runListingConformance(withStore, ingestAll);
    runSummaryConformance(withStore, ingestAll);
    runWatchConformance(withStore, ingestAll);
    runArticleOutletsConformance(withStore, ingestAll);
    runFailedArticleConformance(withStore, readings);
  });
}
