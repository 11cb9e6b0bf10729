/**
 * SQLite's write transaction: the rows of an article and its readings, the merge engine's reads
 * and writes (blocking, events, changes), reviews and near-duplicates, as `WriteTransaction`
 * lists them. Synchronous underneath; `sqlite-store.ts` opens the transaction around them.
 */

import type Database from "better-sqlite3";
import type { StoredEvent } from "../../core/model.ts";
import { toArticle, type ArticleRow } from "../shared/article-row.ts";
import { reviewRowValues, toReview, type ReviewRow } from "../shared/review-rows.ts";
import { FINE_SPAN_DAYS, HORIZON_DAYS, shiftDays, type MergeStats, type ReportRow } from "../merge-repository.ts";
import type { WriteTransaction } from "../write-transaction.ts";
import { eventColumns } from "./event-columns.ts";
import type { BlockCache } from "./block-cache.ts";
import type { EventSearchIndex } from "./event-search-index.ts";

/** The write transaction but for failed articles' rows (failed-article-queries.ts). */
export type ArticleReadingsTransaction = Omit<WriteTransaction, "recordFailedArticle" | "forgetFailedArticle">;

/**
 * The writers' view of this database, inside the transaction its store holds open; `stats` counts
 * what merging costs; `blocks` keeps blocks read (the store keeps it valid across transactions).
 */
export function sqliteWriteRepository(
  db: Database.Database,
  search: EventSearchIndex,
  stats: MergeStats,
  blocks: BlockCache,
): ArticleReadingsTransaction {
  const q = {
    articleById: db.prepare("SELECT * FROM articles WHERE id = ?"),
    articleByHash: db.prepare("SELECT * FROM articles WHERE content_hash = ?"),
    insertArticle: db.prepare(
      "INSERT INTO articles (id, url, outlet, published, title, text, html, content_hash, ingested_at, language) VALUES (@id, @url, @outlet, @published, @title, @text, @html, @contentHash, @ingestedAt, @language) ON CONFLICT DO NOTHING",
    ),
    insertFts: db.prepare("INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)"),
    insertChange: db.prepare("INSERT INTO event_changes (event_id, kind, at, into_event) VALUES (?, ?, ?, ?)"),
    upsertAlias: db.prepare(
      "INSERT INTO event_aliases (old_id, new_id) VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
    ),
    insertReview: db.prepare(
      "INSERT INTO reviews (anchor, action, field, value, by_name, at, before, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    reviewsOfReport: db.prepare("SELECT * FROM reviews WHERE anchor = ? ORDER BY seq"),
    insertConstraint: db.prepare("INSERT INTO report_constraints (a, b, kind, by_name, at) VALUES (?, ?, ?, ?, ?)"),
    constraintsOfReport: db.prepare("SELECT a, b, kind FROM report_constraints WHERE a = ? OR b = ?"),
    dropConstraint: db.prepare("DELETE FROM report_constraints WHERE kind = ? AND ((a = ? AND b = ?) OR (a = ? AND b = ?))"),
    insertMention: db.prepare(
      'INSERT INTO mentions (article_id, kind, start, "end", text, normalised, source) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertClaim: db.prepare("INSERT INTO claims (article_id, data) VALUES (?, ?)"),
    insertQuote: db.prepare("INSERT INTO quotes (article_id, data) VALUES (?, ?)"),
    insertReport: db.prepare(
      `INSERT INTO reports (id, event_id, article_id, data, date_start, date_end, country, coarse, horizon_start, horizon_end)
       VALUES (@id, @eventId, @articleId, @data, @dateStart, @dateEnd, @country, @coarse, @horizonStart, @horizonEnd)`,
    ),
    insertLink: db.prepare(
      "INSERT OR IGNORE INTO report_links (from_report, to_report, relation, article_id, evidence) VALUES (?, ?, ?, ?, ?)",
    ),
    // Blocking: reports of the same country (or of none known) whose days overlap the window, each
    // part read through an index that holds only what it asks for (a unary + keeps SQLite from
    // scanning a broader index instead: every fine or every coarse report of the store).
    blockFineInCountry: db.prepare(
      `SELECT id, event_id, article_id, data FROM reports
       WHERE country = @country AND date_start BETWEEN @lo AND @until AND +coarse = 0 AND coalesce(date_end, date_start) >= @since`,
    ),
    // For a report of a known country: those of no known country; for one of none: all of them.
    blockFineNoCountry: db.prepare(
      `SELECT id, event_id, article_id, data FROM reports
       WHERE country IS NULL AND date_start BETWEEN @lo AND @until AND +coarse = 0 AND coalesce(date_end, date_start) >= @since`,
    ),
    blockFineAnyCountry: db.prepare(
      `SELECT id, event_id, article_id, data FROM reports
       WHERE date_start BETWEEN @lo AND @until AND +coarse = 0 AND coalesce(date_end, date_start) >= @since`,
    ),
    // Undated reports whose article's days overlap the window, and those whose article has no date at all.
    blockUndatedInWindow: db.prepare(
      `SELECT id, event_id, article_id, data FROM reports
       WHERE horizon_start BETWEEN @hlo AND @until AND horizon_end >= @since AND +date_start IS NULL
         AND (@country IS NULL OR country IS NULL OR country = @country)`,
    ),
    blockUndatedNowhere: db.prepare(
      `SELECT id, event_id, article_id, data FROM reports INDEXED BY reports_undated_nowhere
       WHERE date_start IS NULL AND horizon_start IS NULL AND (@country IS NULL OR country IS NULL OR country = @country)`,
    ),
    // Reports spanning more than a month, by their last day.
    blockLongInWindow: db.prepare(
      `SELECT id, event_id, article_id, data FROM reports INDEXED BY reports_long
       WHERE coarse = 1 AND date_start IS NOT NULL AND coalesce(date_end, date_start) >= @since AND date_start <= @until
         AND (@country IS NULL OR country IS NULL OR country = @country)`,
    ),
    blockAllOfCountry: db.prepare(
      `SELECT id, event_id, article_id, data FROM reports WHERE (@country IS NULL OR country IS NULL OR country = @country)`,
    ),
    reportById: db.prepare("SELECT id, event_id, article_id, data FROM reports WHERE id = ?"),
    setReportEvent: db.prepare("UPDATE reports SET event_id = ? WHERE id = ?"),
    reportsOf: db.prepare("SELECT id, event_id, article_id, data FROM reports WHERE event_id = ? ORDER BY id"),
    textOf: db.prepare("SELECT text FROM articles WHERE id = ?"),
    dayOf: db.prepare("SELECT published, reference_date FROM articles WHERE id = ?"),
    upsertEvent: db.prepare(
      `INSERT INTO events (id, type, date_start, date_end, country, actor1, actor2, lat, lon,
         fatalities, admin1_key, actor1_kind, actor2_kind, sources, status, data, created_at, updated_at)
       VALUES (@id, @type, @date_start, @date_end, @country, @actor1, @actor2, @lat, @lon,
         @fatalities, @admin1_key, @actor1_kind, @actor2_kind, @sources, @status, @data, @now, @now)
       ON CONFLICT(id) DO UPDATE SET type = @type, date_start = @date_start, date_end = @date_end, country = @country,
         actor1 = @actor1, actor2 = @actor2, lat = @lat, lon = @lon, fatalities = @fatalities, admin1_key = @admin1_key,
         actor1_kind = @actor1_kind, actor2_kind = @actor2_kind, sources = @sources, status = @status, data = @data, updated_at = @now`,
    ),
    eventData: db.prepare("SELECT data FROM events WHERE id = ?"),
    deleteReports: db.prepare("DELETE FROM reports WHERE article_id = ?"),
    deleteMentions: db.prepare("DELETE FROM mentions WHERE article_id = ?"),
    deleteClaims: db.prepare("DELETE FROM claims WHERE article_id = ?"),
    deleteQuotes: db.prepare("DELETE FROM quotes WHERE article_id = ?"),
    deleteLinksOfArticle: db.prepare("DELETE FROM report_links WHERE article_id = ?"),
    reportsOfArticle: db.prepare("SELECT id, event_id, article_id, data FROM reports WHERE article_id = ?"),
    eventExists: db.prepare("SELECT 1 FROM events WHERE id = ?"),
    deleteEvent: db.prepare("DELETE FROM events WHERE id = ?"),
    setReferenceDate: db.prepare("UPDATE articles SET reference_date = ? WHERE id = ?"),
    insertSignature: db.prepare("INSERT OR REPLACE INTO article_signatures (article_id, signature) VALUES (?, ?)"),
    // The bands arrive as one JSON array, written in one statement, in their order.
    insertBands: db.prepare("INSERT INTO article_bands (band, article_id) SELECT value, ? FROM json_each(?) ORDER BY key"),
    // The bands arrive as one JSON array, so one statement serves any number of them.
    articlesSharingBands: db.prepare(
      `SELECT article_id FROM article_bands WHERE band IN (SELECT value FROM json_each(?))
       GROUP BY article_id HAVING count(*) >= ? ORDER BY count(*) DESC, article_id LIMIT ?`,
    ),
    signatureOf: db.prepare("SELECT signature FROM article_signatures WHERE article_id = ?"),
    insertCopy: db.prepare("INSERT OR IGNORE INTO article_copies (article_id, other_id, similarity) VALUES (?, ?, ?)"),
    copiesOf: db.prepare("SELECT other_id FROM article_copies WHERE article_id = ?"),
    insertReference: db.prepare(
      "INSERT OR IGNORE INTO report_references (from_report, relation, victim, article_id, evidence) VALUES (?, ?, ?, ?, ?)",
    ),
    deleteReferencesOfArticle: db.prepare("DELETE FROM report_references WHERE article_id = ?"),
    insertActorRelation: db.prepare("INSERT INTO actor_relations (article_id, data) VALUES (?, ?)"),
    deleteActorRelationsOfArticle: db.prepare("DELETE FROM actor_relations WHERE article_id = ?"),
  };

  /** Reports of the country within [since, until], whatever their precision, dated or not. */
  function reportsWithin(country: string | null, since: string, until: string): ReportRow[] {
    const window = { country, since, until, lo: shiftDays(since, -FINE_SPAN_DAYS), hlo: shiftDays(since, -HORIZON_DAYS - 1) };
    return [
      ...(country ? (q.blockFineInCountry.all(window) as ReportRow[]) : []),
      ...((country ? q.blockFineNoCountry : q.blockFineAnyCountry).all(window) as ReportRow[]),
      ...(q.blockLongInWindow.all({ country, since, until }) as ReportRow[]),
      ...(q.blockUndatedInWindow.all(window) as ReportRow[]),
      ...(q.blockUndatedNowhere.all({ country }) as ReportRow[]),
    ];
  }

  /** The writers' view of this database (synchronous underneath, inside the open transaction). */
  return {
    mergeStats: stats,
    async articleByHash(hash) {
      const r = q.articleByHash.get(hash) as ArticleRow | undefined;
      return r ? toArticle(r) : null;
    },
    async articleById(id) {
      const r = q.articleById.get(id) as ArticleRow | undefined;
      return r ? toArticle(r) : null;
    },
    async insertArticle(article) {
      const inserted = q.insertArticle.run({
        ...article,
        referenceDate: article.referenceDate ?? null,
        language: article.language ?? null,
      });
      if (inserted.changes === 0) return false;
      q.insertFts.run(article.id, article.title ?? "", article.text);
      return true;
    },
    // One writer at a time already: the transaction holds the database's write lock.
    async enterMerge() {},
    async recordAlias(oldId, newId) {
      q.upsertAlias.run(oldId, newId);
    },
    async constraintsOf(reportIds) {
      const together: Array<[string, string]> = [];
      const apart: Array<[string, string]> = [];
      for (const id of reportIds) {
        for (const r of q.constraintsOfReport.all(id, id) as { a: string; b: string; kind: string }[]) {
          (r.kind === "together" ? together : apart).push([r.a, r.b]);
        }
      }
      return { together, apart };
    },
    async reviewsOf(reportIds) {
      return reportIds.flatMap((id) => (q.reviewsOfReport.all(id) as ReviewRow[]).map(toReview)).sort((a, b) => a.seq - b.seq);
    },
    async eventById(id) {
      const row = q.eventData.get(id) as { data: string } | undefined;
      return row ? (JSON.parse(row.data) as StoredEvent) : null;
    },
    async insertReview(r) {
      q.insertReview.run(...reviewRowValues(r));
    },
    async insertConstraint(a, b, kind, by, at) {
      q.insertConstraint.run(a, b, kind, by, at);
    },
    async dropConstraints(left, right, kind) {
      for (const x of left) for (const y of right) q.dropConstraint.run(kind, x, y, y, x);
    },
    async insertMention(articleId, m) {
      q.insertMention.run(articleId, m.kind, m.span.start, m.span.end, m.text, JSON.stringify(m.normalised ?? null), m.source);
    },
    async insertClaim(articleId, json) {
      q.insertClaim.run(articleId, json);
    },
    async insertQuote(articleId, json) {
      q.insertQuote.run(articleId, json);
    },
    async insertReport(r) {
      q.insertReport.run({
        id: r.id,
        eventId: r.event_id,
        articleId: r.article_id,
        data: r.data,
        dateStart: r.dateStart,
        dateEnd: r.dateEnd,
        country: r.country,
        coarse: r.coarse ? 1 : 0,
        horizonStart: r.horizonStart,
        horizonEnd: r.horizonEnd,
      });
      blocks.added(r);
    },
    async insertActorRelation(articleId, json) {
      q.insertActorRelation.run(articleId, json);
    },
    async insertReference(fromReport, relation, victim, articleId, evidence) {
      q.insertReference.run(fromReport, relation, victim, articleId, evidence);
    },
    async insertLink(fromReport, toReport, relation, articleId, evidence) {
      q.insertLink.run(fromReport, toReport, relation, articleId, evidence);
    },
    async articlesSharingBands(bands, minHits, limit) {
      return (q.articlesSharingBands.all(JSON.stringify(bands), minHits, limit) as { article_id: string }[]).map((r) => r.article_id);
    },
    async signatureOf(articleId) {
      return (q.signatureOf.get(articleId) as { signature: string } | undefined)?.signature ?? null;
    },
    async insertSignature(articleId, signature, bands) {
      q.insertSignature.run(articleId, signature);
      q.insertBands.run(articleId, JSON.stringify(bands));
    },
    async insertCopy(articleId, otherId, similarity) {
      q.insertCopy.run(articleId, otherId, similarity);
      q.insertCopy.run(otherId, articleId, similarity);
    },
    async reportsOfArticle(articleId) {
      return q.reportsOfArticle.all(articleId) as ReportRow[];
    },
    async reportById(reportId) {
      return (q.reportById.get(reportId) as ReportRow | undefined) ?? null;
    },
    async deleteReadings(articleId) {
      blocks.clear();
      for (const stmt of [
        q.deleteReports,
        q.deleteMentions,
        q.deleteClaims,
        q.deleteQuotes,
        q.deleteLinksOfArticle,
        q.deleteReferencesOfArticle,
        q.deleteActorRelationsOfArticle,
      ])
        stmt.run(articleId);
    },
    async setReferenceDate(articleId, date) {
      q.setReferenceDate.run(date, articleId);
    },
    async block(query) {
      const kept = blocks.get(query);
      if (kept) return kept;
      const rows =
        query.kind === "window"
          ? reportsWithin(query.country, query.since, query.until)
          : (q.blockAllOfCountry.all({ country: query.country }) as ReportRow[]);
      blocks.put(query, rows);
      return rows;
    },
    async reportsOfEvent(id) {
      return q.reportsOf.all(id) as ReportRow[];
    },
    async articleText(id) {
      return (q.textOf.get(id) as { text: string }).text;
    },
    async articleDay(id) {
      const row = q.dayOf.get(id) as Pick<ArticleRow, "published" | "reference_date"> | undefined;
      return row?.published ?? row?.reference_date ?? null;
    },
    async copiesOf(id) {
      return (q.copiesOf.all(id) as { other_id: string }[]).map((r) => r.other_id);
    },
    async eventExists(id) {
      return q.eventExists.get(id) !== undefined;
    },
    async setReportEvent(reportId, id) {
      q.setReportEvent.run(id, reportId);
      blocks.eventChanged(reportId, id);
    },
    async saveEvent(event, now) {
      const columns = eventColumns(event, now);
      // Regrouping derives every event of the component again, most of them as they were: their
      // row and their words stand (rewriting the word index costs more than deriving).
      if ((q.eventData.get(event.id) as { data: string } | undefined)?.data === columns.data) return;
      q.upsertEvent.run(columns);
      search.save(event);
    },
    async deleteEvent(id) {
      q.deleteEvent.run(id);
      search.remove(id);
    },
    async recordChange(change) {
      q.insertChange.run(change.event, change.kind, change.at, change.into ?? null);
    },
  };
}
