/**
 * The part of the conformance suite for what `sitrep watch` keeps: pages recognised by their
 * address, and watchlists with their place in the changes feed. Each store must keep them alike.
 */

import assert from "node:assert/strict";
import type { ArticleInput } from "../core/article.ts";
import type { Store } from "./store.ts";

type WithStore = (name: string, body: (store: Store) => Promise<void>) => void;
type IngestAll = (store: Store, inputs: ArticleInput[]) => Promise<void>;

const fromTheWeb: ArticleInput = {
  id: "web",
  url: "https://courier.example/2025/kidal-checkpoint",
  published: "2025-06-08",
  body: "Gunmen attacked a police checkpoint near Kidal on Sunday, killing four officers, a regional official said.",
};
const fromAFile: ArticleInput = {
  id: "file",
  published: "2025-06-09",
  body: "A drone strike hit a car near Idlib on Monday, killing two men, a monitoring group said.",
};

export function runWatchConformance(withStore: WithStore, ingestAll: IngestAll): void {
  withStore("a stored page is recognised by its address", async (store) => {
    assert.equal(await store.hasArticleUrl(fromTheWeb.url!), false);
    await ingestAll(store, [fromTheWeb, fromAFile]);
    assert.equal(await store.hasArticleUrl(fromTheWeb.url!), true);
    assert.equal(await store.hasArticleUrl("https://courier.example/2025/other"), false);
    assert.equal(await store.hasArticleUrl(""), false);
  });

  withStore("events are had by their ids, those that exist", async (store) => {
    await ingestAll(store, [fromTheWeb, fromAFile]);
    const ids = (await store.listEvents()).map((e) => e.id);
    assert.equal(ids.length, 2);
    const got = await store.getEvents([...ids, "ev_nothing"]);
    assert.deepEqual(got.map((e) => e.id).sort(), [...ids].sort());
    assert.deepEqual(
      got.find((e) => e.id === ids[0]),
      (await store.listEvents()).find((e) => e.id === ids[0]),
    );
    assert.deepEqual(await store.getEvents([]), []);
  });

  withStore("a watchlist is kept with its filter and webhook, and reads the changes feed from where it was added", async (store) => {
    await ingestAll(store, [fromTheWeb]);
    const end = (await store.listChanges(0)).next;
    assert.ok(end > 0);
    const added = await store.addWatchlist("sahel", { country: "ML", actor: "gunmen", text: "checkpoint" }, "https://hooks.example/x");
    assert.deepEqual(
      { ...added, createdAt: typeof added.createdAt },
      {
        name: "sahel",
        filter: { country: "ML", actor: "gunmen", text: "checkpoint" },
        webhook: "https://hooks.example/x",
        cursor: end,
        createdAt: "string",
      },
    );
    await store.addWatchlist("all", {}, null);
    assert.deepEqual(
      (await store.listWatchlists()).map((w) => [w.name, w.filter, w.webhook, w.cursor]),
      [
        ["all", {}, null, end],
        ["sahel", { country: "ML", actor: "gunmen", text: "checkpoint" }, "https://hooks.example/x", end],
      ],
    );
    await assert.rejects(store.addWatchlist("sahel", {}, null), /a watchlist named "sahel" exists already/);
    await assert.rejects(store.addWatchlist("two words", {}, null), /watchlist name "two words"/);
  });

  withStore("a watchlist's cursor only moves forward, and a removed watchlist is gone", async (store) => {
    await store.addWatchlist("w", { type: "attack" }, null);
    await store.advanceWatchlist("w", 7);
    await store.advanceWatchlist("w", 3);
    assert.equal((await store.listWatchlists())[0]?.cursor, 7);
    assert.equal(await store.removeWatchlist("w"), true);
    assert.equal(await store.removeWatchlist("w"), false);
    assert.deepEqual(await store.listWatchlists(), []);
  });
}
