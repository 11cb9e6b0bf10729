/**
 * The part of the conformance suite for articles that could not be read: each store keeps them as
 * sent with the reason, counts the attempts, lists them newest first, keeps them out of the
 * articles and events, and forgets them once the same article is stored.
 */

import assert from "node:assert/strict";
import { ArticleNotReadError, failureOfInput, keepFailedArticle } from "../app/failed-articles.ts";
import { ingestArticles } from "../app/ingest-article.ts";
import type { ConformanceReadings } from "./conformance-readings.ts";
import { ambushWire, strike } from "./conformance-articles.ts";
import type { Store } from "./store.ts";

type WithStore = (name: string, body: (store: Store) => Promise<void>) => void;

const outOfTime = () => {
  throw new Error("not read within 0.001 s, the time allowed to read an article");
};

/**
 * For the migration tests of both stores: a store migrated from before failed articles were kept
 * still holds its one article, has no failures, and keeps one when asked.
 */
export async function assertMigratedStoreKeepsFailures(store: Store): Promise<void> {
  assert.equal(await store.countArticles(), 1);
  assert.deepEqual(await store.failedArticles(), []);
  await keepFailedArticle(store, failureOfInput({ id: "late", body: "A market was shelled." }, "api", "not read in time"));
  assert.deepEqual(
    (await store.failedArticles()).map((f) => [f.id, f.reason, f.attempts]),
    [["late", "not read in time", 1]],
  );
}

export function runFailedArticleConformance(withStore: WithStore, readings: ConformanceReadings): void {
  withStore(
    "an article whose reading fails is kept as failed with its reason, tells nothing, and is forgotten once read",
    async (store) => {
      const { article, extraction } = readings.read(ambushWire);
      for (const attempt of [1, 2]) {
        const { results } = await ingestArticles(store, [article], { extract: outOfTime, source: "conformance" });
        assert.ok(results[0] instanceof ArticleNotReadError);
        assert.deepEqual([results[0].articleId, results[0].attempts], ["wire", attempt]);
      }
      const [failed, ...more] = await store.failedArticles();
      assert.deepEqual(more, []);
      assert.deepEqual(
        { ...failed, failedAt: typeof failed?.failedAt },
        {
          id: "wire",
          source: "conformance",
          url: null,
          outlet: null,
          published: "2025-04-10",
          title: null,
          format: "text",
          size: ambushWire.body.length,
          contentHash: article.contentHash,
          reason: "not read within 0.001 s, the time allowed to read an article",
          failedAt: "string",
          attempts: 2,
        },
      );
      assert.equal(await store.countArticles(), 0);
      assert.deepEqual(await store.listEvents(), []);

      const { results } = await ingestArticles(store, [article], { extract: () => extraction });
      assert.equal(results[0] instanceof Error, false);
      assert.equal(await store.countArticles(), 1);
      assert.deepEqual(await store.failedArticles(), []);
    },
  );

  withStore("an input never read is kept under its id, or the hash of its body, newest first, as many as asked", async (store) => {
    const html = { body: "<p>A drone strike hit a car near Idlib.</p>", format: "html" as const };
    await keepFailedArticle(store, failureOfInput(html, "api", "not parsed in time", new Date("2025-05-01T00:00:00Z")));
    await keepFailedArticle(store, failureOfInput(strike, "api", "not extracted in time", new Date("2025-05-02T00:00:00Z")));
    const listed = await store.failedArticles();
    assert.deepEqual(
      listed.map((f) => [f.id, f.format, f.size, f.reason]),
      [
        ["strike", "text", strike.body.length, "not extracted in time"],
        [listed[1]!.contentHash.slice(0, 16), "html", html.body.length, "not parsed in time"],
      ],
    );
    assert.deepEqual(
      (await store.failedArticles(1)).map((f) => f.id),
      ["strike"],
    );
    // Storing the same body under another id forgets its failure too.
    const { article, extraction } = readings.read(strike);
    await ingestArticles(store, [{ ...article, id: "strike-again" }], { extract: () => extraction });
    assert.deepEqual(
      (await store.failedArticles()).map((f) => f.format),
      ["html"],
    );
  });
}
