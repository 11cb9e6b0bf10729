/**
 * PostgreSQL's write transaction: the rows of an article and its readings, the merge engine's
 * reads and writes (blocking, events, changes), reviews and near-duplicates, as
 * `WriteTransaction` lists them; `postgres-store.ts` opens the transaction around them.
 */

import type { StoredEvent } from "../../core/model.ts";
import { toArticle, type ArticleRow } from "../shared/article-row.ts";
import { eventFilterColumns } from "../shared/event-filter-columns.ts";
import { eventSearchText } from "../shared/event-search-text.ts";
import { reviewRowValues, toReview, type ReviewRow } from "../shared/review-rows.ts";
import { FINE_SPAN_DAYS, HORIZON_DAYS, shiftDays, type MergeStats, type ReportRow } from "../merge-repository.ts";
import type { WriteTransaction } from "../write-transaction.ts";
import { all, one, type Queryable } from "./open-database.ts";

/** The write transaction but for failed articles' rows (failed-article-queries.ts). */
export type ArticleReadingsTransaction = Omit<WriteTransaction, "recordFailedArticle" | "forgetFailedArticle">;

export const REPORT_COLUMNS = "id, event_id, article_id, data";

/** The filter columns of an event, in the order the event upsert lists them. */
function filterColumnValues(event: StoredEvent): unknown[] {
  const c = eventFilterColumns(event);
  return [c.fatalities, c.admin1_key, c.actor1_kind, c.actor2_kind, c.sources, c.status];
}

/**
 * The writers' view of the connection `db`, inside the transaction its store holds open:
 * `enterMerge` takes the merge lock, `stats` counts what merging costs, merging keeps what it
 * read between this process's transactions under `cacheScope` (`MergeRepository.cacheScope`).
 */
export function postgresWriteRepository(
  db: Queryable,
  enterMerge: () => Promise<void>,
  stats: MergeStats,
  cacheScope: object,
): ArticleReadingsTransaction {
  /** Reports of the country within [since, until], whatever their precision, dated or not. */
  const reportsWithin = async (country: string | null, since: string, until: string): Promise<ReportRow[]> => {
    const lo = shiftDays(since, -FINE_SPAN_DAYS);
    const hlo = shiftDays(since, -HORIZON_DAYS - 1);
    const fine = country
      ? await all<ReportRow>(
          db,
          `SELECT ${REPORT_COLUMNS} FROM reports WHERE country = $1 AND date_start BETWEEN $2 AND $3 AND NOT coarse
             AND coalesce(date_end, date_start) >= $4`,
          [country, lo, until, since],
        )
      : [];
    const anywhere = await all<ReportRow>(
      db,
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE date_start BETWEEN $1 AND $2 AND NOT coarse AND coalesce(date_end, date_start) >= $3
         AND ($4::text IS NULL OR country IS NULL)`,
      [lo, until, since, country],
    );
    const long = await all<ReportRow>(
      db,
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE coarse AND ($1::text IS NULL OR country IS NULL OR country = $1)
         AND date_start <= $2 AND coalesce(date_end, date_start) >= $3`,
      [country, until, since],
    );
    const undated = await all<ReportRow>(
      db,
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE horizon_start BETWEEN $1 AND $2 AND horizon_end >= $3 AND date_start IS NULL
         AND ($4::text IS NULL OR country IS NULL OR country = $4)`,
      [hlo, until, since, country],
    );
    const nowhere = await all<ReportRow>(
      db,
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE coarse AND date_start IS NULL AND horizon_start IS NULL
         AND ($1::text IS NULL OR country IS NULL OR country = $1)`,
      [country],
    );
    return [...fine, ...anywhere, ...long, ...undated, ...nowhere];
  };

  return {
    cacheScope,
    enterMerge,
    mergeStats: stats,
    async articleByHash(hash) {
      const row = await one<ArticleRow>(db, "SELECT * FROM articles WHERE content_hash = $1", [hash]);
      return row ? toArticle(row) : null;
    },
    async articleById(id) {
      const row = await one<ArticleRow>(db, "SELECT * FROM articles WHERE id = $1", [id]);
      return row ? toArticle(row) : null;
    },
    async insertArticle(article) {
      const inserted = await db.query(
        `INSERT INTO articles (id, url, outlet, published, title, text, html, content_hash, ingested_at, reference_date, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
        [
          article.id,
          article.url,
          article.outlet,
          article.published,
          article.title,
          article.text,
          article.html,
          article.contentHash,
          article.ingestedAt,
          article.referenceDate ?? null,
          article.language ?? null,
        ],
      );
      return inserted.rowCount !== 0;
    },
    async recordAlias(oldId, newId) {
      await db.query("INSERT INTO event_aliases (old_id, new_id) VALUES ($1, $2) ON CONFLICT (old_id) DO UPDATE SET new_id = $2", [
        oldId,
        newId,
      ]);
    },
    async constraintsOf(reportIds) {
      const rows = await all<{ a: string; b: string; kind: string }>(
        db,
        "SELECT a, b, kind FROM report_constraints WHERE a = ANY($1::text[]) OR b = ANY($1::text[])",
        [reportIds],
      );
      return {
        together: rows.filter((r) => r.kind === "together").map((r) => [r.a, r.b] as const),
        apart: rows.filter((r) => r.kind === "apart").map((r) => [r.a, r.b] as const),
      };
    },
    async reviewsOf(reportIds) {
      return (await all<ReviewRow>(db, "SELECT * FROM reviews WHERE anchor = ANY($1::text[]) ORDER BY seq", [reportIds])).map(toReview);
    },
    async eventById(id) {
      const row = await one<{ data: string }>(db, "SELECT data FROM events WHERE id = $1", [id]);
      return row ? (JSON.parse(row.data) as StoredEvent) : null;
    },
    async insertReview(r) {
      await db.query(
        "INSERT INTO reviews (anchor, action, field, value, by_name, at, before, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        reviewRowValues(r),
      );
    },
    async insertConstraint(a, b, kind, by, at) {
      await db.query("INSERT INTO report_constraints (a, b, kind, by_name, at) VALUES ($1, $2, $3, $4, $5)", [a, b, kind, by, at]);
    },
    async dropConstraints(left, right, kind) {
      await db.query(
        `DELETE FROM report_constraints WHERE kind = $3
           AND ((a = ANY($1::text[]) AND b = ANY($2::text[])) OR (a = ANY($2::text[]) AND b = ANY($1::text[])))`,
        [left, right, kind],
      );
    },
    async block(query) {
      if (query.kind === "window") return reportsWithin(query.country, query.since, query.until);
      return all<ReportRow>(db, `SELECT ${REPORT_COLUMNS} FROM reports WHERE ($1::text IS NULL OR country IS NULL OR country = $1)`, [
        query.country,
      ]);
    },
    async reportsOfEvent(id) {
      return all<ReportRow>(db, `SELECT ${REPORT_COLUMNS} FROM reports WHERE event_id = $1 ORDER BY id`, [id]);
    },
    async articleText(id) {
      return (await one<{ text: string }>(db, "SELECT text FROM articles WHERE id = $1", [id]))?.text ?? "";
    },
    async articleDay(id) {
      const row = await one<{ published: string | null; reference_date: string | null }>(
        db,
        "SELECT published, reference_date FROM articles WHERE id = $1",
        [id],
      );
      return row?.published ?? row?.reference_date ?? null;
    },
    async copiesOf(id) {
      return (await all<{ other_id: string }>(db, "SELECT other_id FROM article_copies WHERE article_id = $1", [id])).map(
        (r) => r.other_id,
      );
    },
    async eventExists(id) {
      return (await one(db, "SELECT 1 FROM events WHERE id = $1", [id])) !== null;
    },
    async setReportEvent(reportId, id) {
      await db.query("UPDATE reports SET event_id = $1 WHERE id = $2", [id, reportId]);
    },
    async saveEvent(event, now) {
      await db.query(
        `INSERT INTO events (id, type, date_start, date_end, country, actor1, actor2, data, created_at, updated_at, lat, lon, search,
           fatalities, admin1_key, actor1_kind, actor2_kind, sources, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, to_tsvector('simple', $12), $13, $14, $15, $16, $17, $18)
         ON CONFLICT (id) DO UPDATE SET type = $2, date_start = $3, date_end = $4, country = $5, actor1 = $6, actor2 = $7,
           data = $8, updated_at = $9, lat = $10, lon = $11, search = to_tsvector('simple', $12), fatalities = $13,
           admin1_key = $14, actor1_kind = $15, actor2_kind = $16, sources = $17, status = $18`,
        [
          event.id,
          event.type,
          event.date,
          event.date_end ?? event.date,
          event.location?.country ?? null,
          event.actor1,
          event.actor2,
          JSON.stringify(event),
          now,
          event.location?.lat ?? null,
          event.location?.lon ?? null,
          eventSearchText(event),
          ...filterColumnValues(event),
        ],
      );
    },
    async deleteEvent(id) {
      await db.query("DELETE FROM events WHERE id = $1", [id]);
    },
    async recordChange(change) {
      await db.query("INSERT INTO event_changes (event_id, kind, at, into_event) VALUES ($1, $2, $3, $4)", [
        change.event,
        change.kind,
        change.at,
        change.into ?? null,
      ]);
    },
    async insertMention(articleId, m) {
      await db.query(
        'INSERT INTO mentions (article_id, kind, start, "end", text, normalised, source) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [articleId, m.kind, m.span.start, m.span.end, m.text, JSON.stringify(m.normalised ?? null), m.source],
      );
    },
    async insertClaim(articleId, json) {
      await db.query("INSERT INTO claims (article_id, data) VALUES ($1, $2)", [articleId, json]);
    },
    async insertQuote(articleId, json) {
      await db.query("INSERT INTO quotes (article_id, data) VALUES ($1, $2)", [articleId, json]);
    },
    async insertReport(r) {
      await db.query(
        `INSERT INTO reports (id, event_id, article_id, data, date_start, date_end, country, coarse, horizon_start, horizon_end)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [r.id, r.event_id, r.article_id, r.data, r.dateStart, r.dateEnd, r.country, r.coarse, r.horizonStart, r.horizonEnd],
      );
    },
    async insertActorRelation(articleId, json) {
      await db.query("INSERT INTO actor_relations (article_id, data) VALUES ($1, $2)", [articleId, json]);
    },
    async insertReference(fromReport, relation, victim, articleId, evidence) {
      await db.query(
        `INSERT INTO report_references (from_report, relation, victim, article_id, evidence) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [fromReport, relation, victim, articleId, evidence],
      );
    },
    async insertLink(fromReport, toReport, relation, articleId, evidence) {
      await db.query(
        `INSERT INTO report_links (from_report, to_report, relation, article_id, evidence) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [fromReport, toReport, relation, articleId, evidence],
      );
    },
    async articlesSharingBands(bands, minHits, limit) {
      const rows = await all<{ article_id: string }>(
        db,
        `SELECT article_id FROM article_bands WHERE band = ANY($1::text[])
         GROUP BY article_id HAVING count(*) >= $2 ORDER BY count(*) DESC, article_id COLLATE "C" LIMIT $3`,
        [bands, minHits, limit],
      );
      return rows.map((r) => r.article_id);
    },
    async signatureOf(articleId) {
      return (
        (await one<{ signature: string }>(db, "SELECT signature FROM article_signatures WHERE article_id = $1", [articleId]))?.signature ??
        null
      );
    },
    async insertSignature(articleId, signature, bands) {
      await db.query(
        "INSERT INTO article_signatures (article_id, signature) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET signature = $2",
        [articleId, signature],
      );
      if (bands.length > 0) {
        await db.query("INSERT INTO article_bands (band, article_id) SELECT unnest($1::text[]), $2", [bands, articleId]);
      }
    },
    async insertCopy(articleId, otherId, similarity) {
      await db.query(
        "INSERT INTO article_copies (article_id, other_id, similarity) VALUES ($1, $2, $3), ($2, $1, $3) ON CONFLICT DO NOTHING",
        [articleId, otherId, similarity],
      );
    },
    async reportsOfArticle(articleId) {
      return all<ReportRow>(db, `SELECT ${REPORT_COLUMNS} FROM reports WHERE article_id = $1`, [articleId]);
    },
    async reportById(reportId) {
      return one<ReportRow>(db, `SELECT ${REPORT_COLUMNS} FROM reports WHERE id = $1`, [reportId]);
    },
    async deleteReadings(articleId) {
      for (const table of ["reports", "mentions", "claims", "quotes", "report_links", "report_references", "actor_relations"]) {
        await db.query(`DELETE FROM ${table} WHERE article_id = $1`, [articleId]);
      }
    },
    async setReferenceDate(articleId, date) {
      await db.query("UPDATE articles SET reference_date = $1 WHERE id = $2", [date, articleId]);
    },
  };
}
