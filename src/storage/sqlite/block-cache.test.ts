import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import type { BlockQuery, MergeStats, ReportRow } from "../merge-repository.ts";
import type { ReportInsert } from "../write-transaction.ts";
import { BlockCache } from "./block-cache.ts";
import { eventSearchIndex } from "./event-search-index.ts";
import { openDatabase } from "./open-database.ts";
import { sqliteWriteRepository } from "./write-repository.ts";

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
}

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const sorted = (rows: ReportRow[]) => rows.map((r) => `${r.id} ${r.event_id} ${r.data}`).sort();

test("kept blocks answer what the block queries answer while reports are written and moved between events", async () => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), "sitrep-blocks-")), "b.db"));
  const stats: MergeStats = { reports: 0, comparisons: 0, regrouped: 0 };
  const search = eventSearchIndex(db);
  const kept = sqliteWriteRepository(db, search, stats, new BlockCache(db));
  const none = new BlockCache(db);
  const fresh = sqliteWriteRepository(db, search, stats, none);
  const next = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const countries = ["Mali", "Niger", null];
  db.exec("BEGIN IMMEDIATE");
  try {
    await kept.insertArticle(buildArticle({ id: "a", body: "Soldiers were ambushed near the town on Monday.", published: "2024-03-01" }));
    const queries: BlockQuery[] = [];
    for (let i = 0; i < 400; i++) {
      const start = Math.floor(next() * 120);
      const dated = next() < 0.8;
      const coarse = !dated || next() < 0.15;
      const horizon = !dated && next() < 0.7 ? Math.floor(next() * 120) : null;
      const report: ReportInsert = {
        id: `a#${i}`,
        event_id: `ev${i % 37}`,
        article_id: "a",
        data: `{"n":${i}}`,
        dateStart: dated ? day(start) : null,
        dateEnd: dated && next() < 0.5 ? day(start + Math.floor(next() * (coarse ? 90 : 3))) : null,
        country: pick(countries),
        coarse,
        horizonStart: horizon === null ? null : day(horizon - 90),
        horizonEnd: horizon === null ? null : day(horizon),
      };
      await kept.insertReport(report);
      if (next() < 0.2) await kept.setReportEvent(`a#${Math.floor(next() * (i + 1))}`, `ev${Math.floor(next() * 50)}`);
      if (next() < 0.3) {
        const from = Math.floor(next() * 120);
        queries.push(
          next() < 0.9
            ? { kind: "window", country: pick(countries), since: day(from), until: day(from + Math.floor(next() * 6)) }
            : { kind: "country", country: pick(countries) },
        );
      }
      // Ask again blocks asked before (kept since) and a new one, each compared with a fresh reading.
      for (const query of queries.slice(-8)) {
        none.clear();
        assert.deepEqual(sorted(await kept.block(query)), sorted(await fresh.block(query)), JSON.stringify(query));
      }
    }
  } finally {
    db.exec("ROLLBACK");
    db.close();
  }
});
