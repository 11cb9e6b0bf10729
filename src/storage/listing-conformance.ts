/**
 * The listing part of the conformance suite: bounding boxes and paging by key, which each store
 * does in its own SQL, must select and order events exactly alike.
 */

import { reviewEvent } from "../app/review-event.ts";
import assert from "node:assert/strict";
import type { ArticleInput } from "../core/article.ts";
import type { StoredEvent } from "../core/model.ts";
import { admin1Key } from "../core/admin1-name.ts";
import { resolveAdmin1s } from "../filters/admin1-filter.ts";
import { eventPages } from "./event-cursor.ts";
import type { EventFilter, EventKey, Store } from "./store.ts";

type WithStore = (name: string, body: (store: Store) => Promise<void>) => void;
type IngestAll = (store: Store, inputs: ArticleInput[]) => Promise<void>;

/** Seven events in six countries: three on one day (ordered by id), two on another, one undated. */
export const DISPATCHES: ArticleInput[] = [
  {
    id: "wire",
    published: "2025-04-10",
    body: "Gunmen ambushed an army convoy near Maiduguri on Wednesday, killing six soldiers, military sources said.",
  },
  {
    id: "strike",
    published: "2025-04-12",
    body: "A drone strike hit a car near Idlib on Friday, killing two men, a monitoring group said.",
  },
  {
    id: "bus",
    published: "2025-04-10",
    body: "A roadside bomb struck a bus near Kandahar on Wednesday, killing four passengers, police said.",
  },
  {
    id: "market",
    published: "2025-04-10",
    body: "A car bomb exploded at a market in Mogadishu on Wednesday, killing nine people, officials said.",
  },
  { id: "post", published: null, body: "Gunmen attacked a police post in Damboa, killing two officers, residents said." },
  {
    id: "raid",
    published: "2025-04-15",
    body: "Militants raided a village near Gao on Monday, killing five civilians, local officials said.",
  },
  {
    id: "shell",
    published: "2025-04-15",
    body: "Artillery shells hit a residential district of Kharkiv on Monday, killing three people, the governor said.",
  },
];

/** The key the Store interface defines, written out here so that the suite checks it rather than repeats the code. */
const keyOf = (e: StoredEvent): EventKey => [e.date ?? "", e.id];
const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const countries = (events: StoredEvent[]) => events.map((e) => e.location?.country);

/** Every page of a listing, `size` at a time, each resuming after the key of the last event of the one before. */
async function pagesOf(store: Store, filter: EventFilter, size: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: EventKey | undefined;
  for (;;) {
    const page = await store.listEvents(filter, after ? { after, limit: size } : { limit: size });
    assert.ok(page.length <= size, `a page of ${page.length} asked for ${size}`);
    if (page.length > 0) pages.push(page.map((e) => e.id));
    if (page.length < size) return pages;
    after = keyOf(page[page.length - 1]!);
    assert.ok(pages.length < 100, "paging does not end");
  }
}

/** Paging through the filter's events yields the unpaged listing, every page full but the last. */
async function assertPagesCover(store: Store, filter: EventFilter, size: number, expected: string[]): Promise<void> {
  assert.deepEqual(
    (await store.listEvents(filter)).map((e) => e.id),
    expected,
  );
  const pages = await pagesOf(store, filter, size);
  assert.deepEqual(pages.flat(), expected);
  assert.ok(
    pages.slice(0, -1).every((p) => p.length === size),
    JSON.stringify(pages),
  );
}

/** Two events told by the month: one long before the dispatches, one running across them. */
const MONTHLONG: ArticleInput[] = [
  {
    id: "siege",
    published: "2025-05-02",
    body: "Rebels besieged the town of Kidal throughout April 2025, killing eleven soldiers, the army said.",
  },
  {
    id: "winter",
    published: "2025-02-03",
    body: "Militants attacked farms near Diffa in January 2025, killing seven herders, local officials said.",
  },
];

/**
 * Beside the dispatches, for the analysts' filters: the Mogadishu bombing told again by another
 * outlet in its own words (two independent sources), and a protest police broke up (state forces
 * and protesters, no death told).
 */
export const MORE_DISPATCHES: ArticleInput[] = [
  {
    id: "market-again",
    published: "2025-04-11",
    outlet: "Other Wire",
    body: "Nine people died when a car bomb went off in a crowded market in Mogadishu on Wednesday, witnesses told reporters.",
  },
  {
    id: "protest",
    published: "2025-04-14",
    body: "Police fired tear gas at protesters in Kano on Sunday, injuring three people, witnesses said.",
  },
];

/** The dispatches and the ones above, with the Kandahar bombing confirmed by a reviewer: what the analysts' filters are tried on. */
export async function storeForAnalystFilters(store: Store, ingestAll: IngestAll): Promise<StoredEvent[]> {
  await ingestAll(store, [...DISPATCHES, ...MORE_DISPATCHES]);
  const kandahar = (await store.listEvents({ country: "AF" }))[0]!;
  await reviewEvent(store, kandahar.id, { action: "confirm" }, "analyst");
  return store.listEvents();
}

/** ACLED's single figure, written out here as the filter's documentation defines it. */
const deaths = (e: StoredEvent): number => e.fatalities?.min ?? e.fatalities?.max ?? 0;

export function runListingConformance(withStore: WithStore, ingestAll: IngestAll): void {
  withStore("analysts' filters (deaths, division, actor kind, sources, review) select in SQL and page alike", async (store) => {
    const all = await storeForAnalystFilters(store, ingestAll);
    assert.equal(all.length, 8);
    const ids = (keep: (e: StoredEvent) => boolean) => all.filter(keep).map((e) => e.id);
    const names = async (filter: EventFilter) => (await store.listEvents(filter)).map((e) => e.location?.name);

    // At least five dead: Maiduguri (6), Mogadishu (9), Gao (5); no toll told counts as none.
    await assertPagesCover(
      store,
      { minFatalities: 5 },
      1,
      ids((e) => deaths(e) >= 5),
    );
    assert.deepEqual(await names({ minFatalities: 5 }), ["Maiduguri", "Mogadishu", "Gao"]);
    await assertPagesCover(
      store,
      { minFatalities: 0 },
      2,
      ids(() => true),
    );
    assert.deepEqual(await names({ minFatalities: 10 }), []);

    // Divisions by their keys, whatever the kind of division the gazetteer's name ends with.
    await assertPagesCover(
      store,
      { admin1: [admin1Key("Borno")] },
      1,
      ids((e) => e.location?.admin1 === "Borno State"),
    );
    assert.deepEqual(await names({ admin1: resolveAdmin1s("borno state, Kharkiv Oblast")! }), ["Damboa", "Maiduguri", "Kharkiv"]);
    assert.deepEqual(await names({ admin1: [] }), []);

    // Either actor of the kind: state forces only at the protest; civilians hit in four events.
    assert.deepEqual(await names({ actorKinds: ["state"] }), ["Kano"]);
    await assertPagesCover(
      store,
      { actorKinds: ["civilians"] },
      1,
      ids((e) => e.actor2?.startsWith("Civilians") ?? false),
    );
    assert.equal((await store.listEvents({ actorKinds: ["civilians"] })).length, 4);
    assert.deepEqual(await names({ actorKinds: ["protesters", "person"] }), ["Kano"]);

    // Independent sources: the bombing told twice.
    assert.deepEqual(await names({ minSources: 2 }), ["Mogadishu"]);
    await assertPagesCover(
      store,
      { minSources: 1 },
      3,
      ids(() => true),
    );

    // Reviewed or not.
    assert.deepEqual(await names({ reviewed: true }), ["Kandahār"]);
    await assertPagesCover(
      store,
      { reviewed: false },
      2,
      ids((e) => e.status !== "reviewed"),
    );
    assert.equal((await store.listEvents({ reviewed: false })).length, 7);

    // Together, and with the older filters.
    assert.deepEqual(await names({ country: "NG", minFatalities: 3, admin1: ["borno"] }), ["Maiduguri"]);
    assert.deepEqual(await names({ actorKinds: ["armed_group"], reviewed: false, minFatalities: 4, since: "2025-04-10" }), ["Gao"]);
  });

  withStore("listings come by date then id as code units, undated events first", async (store) => {
    await ingestAll(store, DISPATCHES);
    const all = await store.listEvents();
    assert.equal(all.length, 7);
    assert.equal(all[0]!.date, null);
    const keys = all.map((e) => keyOf(e).join("\u0000"));
    assert.deepEqual(keys, [...keys].sort(codeUnitOrder));
    assert.equal(new Set(all.map((e) => e.date)).size, 4, "the data must hold ties on a day, or the id order goes untested");
  });

  withStore("a bounding box keeps the events inside it, edges included, across the antimeridian too", async (store) => {
    await ingestAll(store, DISPATCHES);
    const all = await store.listEvents();
    const maiduguri = all.find((e) => e.location?.name === "Maiduguri")!.location!;
    const [lat, lon] = [maiduguri.lat!, maiduguri.lon!];
    // Maiduguri on the south-west corner; Damboa, a little south-west of it, outside.
    assert.deepEqual(
      (await store.listEvents({ bbox: { minLon: lon, minLat: lat, maxLon: lon + 1, maxLat: lat + 1 } })).map((e) => e.location?.name),
      ["Maiduguri"],
    );
    // Maiduguri on the north-east corner, Damboa inside.
    assert.deepEqual(
      (await store.listEvents({ bbox: { minLon: lon - 1, minLat: lat - 1, maxLon: lon, maxLat: lat } })).map((e) => e.location?.name),
      ["Damboa", "Maiduguri"],
    );
    // The west edge a hair east of Maiduguri: nothing left inside.
    assert.deepEqual(await store.listEvents({ bbox: { minLon: lon + 1e-4, minLat: lat, maxLon: lon + 1, maxLat: lat + 1 } }), []);
    // From 40°E eastward round the date line to 10°W: Kandahar and Mogadishu, not Idlib, Kharkiv or Gao.
    assert.deepEqual(countries(await store.listEvents({ bbox: { minLon: 40, minLat: -90, maxLon: -10, maxLat: 90 } })), ["AF", "SO"]);
    assert.deepEqual(await store.listEvents({ bbox: { minLon: 170, minLat: -90, maxLon: -170, maxLat: 90 } }), []);
    assert.equal((await store.listEvents({ bbox: { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 } })).length, all.length);
  });

  withStore("paging through every event two at a time yields each once, in the unpaged order", async (store) => {
    await ingestAll(store, DISPATCHES);
    const all = (await store.listEvents()).map((e) => e.id);
    await assertPagesCover(store, {}, 2, all);
    await assertPagesCover(store, {}, 1, all);
    // A page ends where the store ends: asking after the last key gives nothing.
    const last = (await store.listEvents()).at(-1)!;
    assert.deepEqual(await store.listEvents({}, { after: keyOf(last), limit: 2 }), []);
  });

  withStore("the event cursor reads every selected event once, in listing order, a full page at a time", async (store) => {
    await ingestAll(store, DISPATCHES);
    const all = await store.listEvents();
    const read = async (filter: EventFilter, size: number) => {
      const pages: string[][] = [];
      for await (const page of eventPages(store, filter, size)) pages.push(page.map((e) => e.id));
      return pages;
    };
    for (const size of [1, 2, 3, 7, 500]) {
      const pages = await read({}, size);
      assert.deepEqual(
        pages.flat(),
        all.map((e) => e.id),
        `pages of ${size}`,
      );
      assert.ok(
        pages.every((p, i) => p.length === size || (i === pages.length - 1 && p.length > 0 && p.length <= size)),
        `pages of ${size}`,
      );
    }
    // A filter SQL decides and one decided after it: the pages hold exactly what the listing does.
    assert.deepEqual(
      (await read({ country: "NG" }, 1)).flat(),
      (await store.listEvents({ country: "NG" })).map((e) => e.id),
    );
    assert.deepEqual(
      (await read({ actor: "gunmen" }, 1)).flat(),
      (await store.listEvents({ actor: "gunmen" })).map((e) => e.id),
    );
    assert.deepEqual(await read({ country: "FR" }, 2), [], "no page at all when nothing is selected");
  });

  withStore("paging combines with filters, those in SQL and those applied after it", async (store) => {
    await ingestAll(store, DISPATCHES);
    const all = await store.listEvents();
    const ids = (keep: (e: StoredEvent) => boolean) => all.filter(keep).map((e) => e.id);
    // Africa, west of 50°E: the two Nigerian events (one undated), Mogadishu and Gao.
    const africa = { minLon: -20, minLat: -5, maxLon: 50, maxLat: 20 };
    await assertPagesCover(
      store,
      { bbox: africa },
      2,
      ids((e) => ["NG", "SO", "ML"].includes(e.location!.country!)),
    );
    await assertPagesCover(
      store,
      { bbox: africa, since: "2025-04-09" },
      2,
      ids((e) => ["NG", "SO", "ML"].includes(e.location!.country!) && !!e.date),
    );
    await assertPagesCover(
      store,
      { country: "ng" },
      1,
      ids((e) => e.location?.country === "NG"),
    );
    await assertPagesCover(
      store,
      { until: "2025-04-11", type: "remote_explosive_landmine_ied" },
      1,
      ids((e) => e.location?.country !== "NG" && e.type === "remote_explosive_landmine_ied"),
    );
    // Several types at once (an ACLED event type is all its sub-events): any of them, paged alike.
    const remote = ["remote_explosive_landmine_ied", "air_drone_strike", "shelling_artillery_missile_attack"];
    await assertPagesCover(
      store,
      { types: remote },
      1,
      ids((e) => remote.includes(e.type)),
    );
    await assertPagesCover(store, { types: [] }, 1, []);
    // Text of the evidence is tested after SQL: pages must still come full.
    await assertPagesCover(
      store,
      { mentions: "BOMB" },
      1,
      ids((e) => ["AF", "SO"].includes(e.location!.country!)),
    );
    await assertPagesCover(
      store,
      { mentions: "killing", bbox: africa },
      3,
      ids((e) => ["NG", "SO", "ML"].includes(e.location!.country!)),
    );
  });

  withStore("a date range keeps an event spanning days that is still running on its first day", async (store) => {
    await ingestAll(store, [...DISPATCHES, ...MONTHLONG]);
    const all = await store.listEvents();
    const siege = all.find((e) => e.location?.name === "Kidal")!;
    assert.deepEqual([siege.date, siege.date_end], ["2025-04-01", "2025-04-30"], "the siege must span April");
    const ids = (keep: (e: StoredEvent) => boolean) => all.filter(keep).map((e) => e.id);
    // From the 11th: the siege, begun on the 1st, with the strike of the 11th and the two events after it.
    const fromEleventh = ids((e) => e.date !== null && (e.date_end ?? e.date) >= "2025-04-11");
    assert.ok(fromEleventh.includes(siege.id));
    assert.equal(fromEleventh.length, 4);
    await assertPagesCover(store, { since: "2025-04-11" }, 1, fromEleventh);
    await assertPagesCover(
      store,
      { since: "2025-04-11", until: "2025-04-11" },
      1,
      ids((e) => e.id === siege.id || e.location?.country === "SY"),
    );
    // After the siege ended, none of it.
    assert.deepEqual(await store.listEvents({ since: "2025-05-01" }), []);
  });

  withStore("free text finds words and the starts of words in places, actors and evidence, in any case", async (store) => {
    await ingestAll(store, DISPATCHES);
    const places = async (mentions: string) => countries(await store.listEvents({ mentions })).sort();
    assert.deepEqual(await places("kharki"), ["UA"]);
    assert.deepEqual(await places("ROADSIDE BOMB"), ["AF"]);
    assert.deepEqual(await places("bomb"), ["AF", "SO"]);
    assert.deepEqual(await places("police post"), ["NG"]);
    // The words must come as written: in that order, with what lies between them.
    assert.deepEqual(await places("bomb roadside"), []);
    assert.deepEqual(await places("car, bomb"), []);
    // Inside a word is not the start of one.
    assert.deepEqual(await places("arkiv"), []);
    // No word at all: every event is tested for the text itself.
    assert.deepEqual(await places(","), ["AF", "ML", "NG", "NG", "SO", "SY", "UA"]);
  });
}
