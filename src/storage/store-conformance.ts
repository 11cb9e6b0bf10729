/**
 * One behaviour, every store: the conformance suite that each adapter's test file runs against
 * its own store. A store passes when, given the same articles, it keeps and returns exactly what
 * the others do.
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ArticleInput } from "../core/article.ts";
import { exportJson } from "../export/export-json.ts";
import { buildArticle } from "../ingest/build-article.ts";
import { ingestBatch, redateArticles, type BatchItem } from "../ingest/ingest-batch.ts";
import { extract } from "../stages/extract.ts";
import type { Store } from "./store.ts";
import { runListingConformance } from "./listing-conformance.ts";
import { runSummaryConformance } from "./summary-conformance.ts";
import { runWatchConformance } from "./watch-conformance.ts";
import { runArticleOutletsConformance } from "./article-outlets-conformance.ts";

/** Opens a fresh, empty store; `dispose` removes whatever it left behind. */
export type StoreFactory = () => Promise<{ store: Store; dispose: () => Promise<void> }>;

const ambushWire: ArticleInput = {
  id: "wire",
  published: "2025-04-10",
  body: "Gunmen ambushed an army convoy near Maiduguri on Wednesday, killing six soldiers, military sources said.",
};
const ambushDaily: ArticleInput = {
  id: "daily",
  published: "2025-04-11",
  body: "Six soldiers were killed when insurgents attacked a military convoy outside Maiduguri on Wednesday, officials said.",
};
const ambushUndated: ArticleInput = {
  id: "blog",
  published: null,
  body: [
    "Insurgents ambushed a convoy of soldiers near Maiduguri on Wednesday, killing six, residents said.",
    "On Tuesday, gunmen attacked a police post in Damboa, killing two officers.",
  ].join(" "),
};
const strike: ArticleInput = {
  id: "strike",
  published: "2025-04-12",
  body: "A drone strike hit a car near Idlib on Friday, killing two men, a monitoring group said.",
};

async function ingestAll(store: Store, inputs: ArticleInput[]): Promise<void> {
  const items: BatchItem[] = inputs.map((a) => ({ name: a.id!, read: () => a }));
  const report = await ingestBatch(store, items);
  assert.deepEqual(report.errors, []);
  await redateArticles(store);
}

/** Registers the suite under `label`. */
export function runStoreConformance(label: string, open: StoreFactory): void {
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
        buildArticle(a),
      );
      // An extraction that breaks half-way through storing: after its article row is written.
      const faulty = { ...extract(broken!), events: [null] } as unknown as ReturnType<typeof extract>;
      const results = await store.ingestMany([
        { article: wire!, extraction: extract(wire!) },
        { article: broken!, extraction: faulty },
        { article: daily!, extraction: extract(daily!) },
        { article: again!, extraction: extract(again!) },
      ]);
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
      const article = buildArticle(ambushWire);
      assert.equal((await store.ingest(article, extract(article))).stored, true);
      const before = await store.listEvents();
      const again = buildArticle({ ...ambushWire, id: "wire-again" });
      const second = await store.ingest(again, extract(again));
      assert.deepEqual([second.stored, second.articleId], [false, "wire"]);
      assert.equal(await store.countArticles(), 1);
      assert.deepEqual(await store.listEvents(), before);
    });

    withStore("an article keeps the language it looks written in", async (store) => {
      const french = buildArticle({
        id: "depeche",
        published: "2025-04-10",
        body: "Des hommes armés ont attaqué mercredi un poste de l'armée près de Gao, tuant six soldats, selon des sources militaires.",
      });
      const english = buildArticle(ambushWire);
      for (const article of [french, english]) await store.ingest(article, extract(article));
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

    withStore("a reviewer confirms and edits an event: recorded with who and when, the machine's value kept", async (store) => {
      await ingestAll(store, [ambushWire, ambushDaily]);
      const [event] = await store.listEvents();
      await store.reviewEvent(event!.id, { action: "confirm" }, "ana");
      await store.reviewEvent(
        event!.id,
        { action: "edit", field: "fatalities", value: { min: 7, max: 7 }, note: "ministry figure" },
        "ana",
      );
      const detail = await store.getEvent(event!.id);
      assert.equal(detail?.event.status, "reviewed");
      assert.equal(detail?.event.version, 3);
      assert.deepEqual(detail?.event.fatalities, { min: 7, max: 7 });
      assert.deepEqual(detail?.event.machine, { fatalities: { min: 6, max: 6 } });
      assert.deepEqual(
        detail?.reviews.map((r) => [r.action, r.by, r.field ?? null, r.note ?? null]),
        [
          ["confirm", "ana", null, null],
          ["edit", "ana", "fatalities", "ministry figure"],
        ],
      );
      // A new source re-derives the event; the reviewer's figure stays.
      await ingestAll(store, [ambushUndated]);
      const [again] = (await store.listEvents()).filter((e) => e.sources.some((s) => s.article === "wire"));
      assert.deepEqual(again?.fatalities, { min: 7, max: 7 });
      assert.equal((await store.listChanges(0)).changes.filter((c) => c.kind === "reviewed").length, 2);
    });

    withStore("a reviewer merges two events and splits one; later regrouping keeps both decisions", async (store) => {
      await ingestAll(store, [ambushWire, strike]);
      const [a, b] = await store.listEvents();
      const merged = await store.reviewEvent(a!.id, { action: "merge", with: b!.id }, "ben");
      assert.equal(merged.events.length, 1);
      assert.equal((await store.listEvents()).length, 1);
      const [one] = await store.listEvents();
      const detail = await store.getEvent(one!.id);
      const strikeReport = detail!.reports.find((r) => r.articleId === "strike")!.id;
      const split = await store.reviewEvent(one!.id, { action: "split", reports: [strikeReport] }, "ben");
      assert.equal(split.events.length, 2);
      assert.equal((await store.listEvents()).length, 2);
      // Each event holds only its own reports again, whichever of them sorts first.
      assert.deepEqual((await store.listEvents()).map((e) => e.sources.map((s) => s.article).join()).sort(), ["strike", "wire"]);
      // A second merge undoes the split, and a second split the merge: the latest decision holds.
      const [x, y] = await store.listEvents();
      assert.equal((await store.reviewEvent(x!.id, { action: "merge", with: y!.id }, "ben")).events.length, 1);
      const [joined] = await store.listEvents();
      const again = (await store.getEvent(joined!.id))!.reports.find((r) => r.articleId === "wire")!.id;
      assert.equal((await store.reviewEvent(joined!.id, { action: "split", reports: [again] }, "ben")).events.length, 2);
      assert.deepEqual((await store.listEvents()).map((e) => e.sources.map((s) => s.article).join()).sort(), ["strike", "wire"]);
      // The daily report of the ambush joins it, and the split still holds.
      await ingestAll(store, [ambushDaily]);
      const events = await store.listEvents();
      assert.equal(events.length, 2);
      assert.ok(
        events.some(
          (e) =>
            e.sources
              .map((s) => s.article)
              .sort()
              .join() === "daily,wire",
        ),
      );
    });

    withStore("a review of an unknown event, or that does not fit the event, is refused", async (store) => {
      await ingestAll(store, [ambushWire]);
      const [event] = await store.listEvents();
      await assert.rejects(store.reviewEvent("ev_nothing", { action: "confirm" }, "x"), /no event "ev_nothing"/);
      await assert.rejects(store.reviewEvent(event!.id, { action: "merge", with: event!.id }, "x"), /itself/);
      await assert.rejects(store.reviewEvent(event!.id, { action: "split", reports: ["nope#0"] }, "x"), /not reports of event/);
      await assert.rejects(store.reviewEvent(event!.id, { action: "edit", field: "colour" as never, value: 1 }, "x"), /cannot be edited/);
    });

    withStore("an edit whose value is not of the field's stored shape is refused and records nothing", async (store) => {
      await ingestAll(store, [ambushWire]);
      const [event] = await store.listEvents();
      const edit = (field: string, value: unknown) => store.reviewEvent(event!.id, { action: "edit", field: field as never, value }, "x");
      await assert.rejects(edit("date", "2025-01-02"), /value: expected \{date, date_precision, date_end\}.* \(for field date\)/);
      await assert.rejects(edit("date", { date: "2025-01-02", date_precision: "day", date_end: "2025-01-01" }), /date_end is before date/);
      await assert.rejects(edit("location", { name: "Gao" }), /value: lacks key\(s\) admin1, country, lat, lon, precision/);
      await assert.rejects(edit("fatalities", 3), /for field fatalities/);
      await assert.rejects(edit("actor1", "a\u0000b"), /control character/);
      await assert.rejects(store.reviewEvent(event!.id, { action: "confirm", note: "\u0000" }, "x"), /note: holds a control character/);
      const detail = await store.getEvent(event!.id);
      assert.deepEqual(detail?.reviews, []);
      assert.equal(detail?.event.date, event!.date);
      await store.reviewEvent(
        event!.id,
        { action: "edit", field: "date", value: { date: "2025-01-02", date_precision: "day", date_end: null } },
        "x",
      );
      assert.equal((await store.getEvent(event!.id))?.event.date, "2025-01-02");
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
      const article = buildArticle(ambushWire);
      await assert.rejects(store.replaceExtraction("ghost", extract(article), "2025-04-10"), /ghost/);
    });

    it("the export is the same whatever order the articles arrive in", async () => {
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
          exports.push(JSON.stringify(await exportJson(store)));
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
      const links = await store.listLinks();
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
      const registry = await store.listActors();
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

    runListingConformance(withStore, ingestAll);
    runSummaryConformance(withStore, ingestAll);
    runWatchConformance(withStore, ingestAll);
    runArticleOutletsConformance(withStore, ingestAll);
  });
}
