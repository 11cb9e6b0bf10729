/** The part of the conformance suite for reading many articles' outlets at once (what the CSV export names its sources by). */

import assert from "node:assert/strict";
import type { ArticleInput } from "../core/article.ts";
import type { Store } from "./store.ts";

type WithStore = (name: string, body: (store: Store) => Promise<void>) => void;
type IngestAll = (store: Store, inputs: ArticleInput[]) => Promise<void>;

const fromAnOutlet: ArticleInput = {
  id: "courier",
  outlet: "Sahel Courier",
  published: "2025-06-08",
  body: "Gunmen attacked a police checkpoint near Kidal on Sunday, killing four officers, a regional official said.",
};
const withoutOutlet: ArticleInput = {
  id: "note",
  published: "2025-06-09",
  body: "A drone strike hit a car near Idlib on Monday, killing two men, a monitoring group said.",
};

export function runArticleOutletsConformance(withStore: WithStore, ingestAll: IngestAll): void {
  withStore("the outlets of many articles are read at once; an unknown id is absent", async (store) => {
    await ingestAll(store, [fromAnOutlet, withoutOutlet]);
    const outlets = await store.articleOutlets(["note", "courier", "nothing", "courier"]);
    assert.deepEqual(
      [...outlets].sort(([a], [b]) => a.localeCompare(b)),
      [
        ["courier", "Sahel Courier"],
        ["note", null],
      ],
    );
    assert.equal((await store.articleOutlets([])).size, 0);
  });
}
