import type Database from "better-sqlite3";
import type { Article } from "../../core/article.ts";
import type { ArticleEvent, Claim, Extraction, Quote, StoredEvent, StoredLink } from "../../core/model.ts";
import { HORIZON_DAYS } from "../../merge/match-report.ts";
import { FINE_SPAN_DAYS, shiftDays, type MergeStats, type ReportRow } from "../../merge/merge-engine.ts";
import {
  actorRegistryFrom,
  allLinksFrom,
  changesFrom,
  datingHintsFrom,
  type DatingRow,
  toLink,
  toReference,
  type ChangeRow,
  type EventScan,
  pagesAfter,
  SCAN_PAGE_SIZE,
} from "../shared/read-models.ts";
import { collectEvents } from "../shared/event-pages.ts";
import { unindexedFilter } from "../shared/unindexed-filters.ts";
import { rewriteReadings, writeNewArticle, type ArticleWriteRepository } from "../shared/write-article.ts";
import { reviewEvent, type ReviewRepository } from "../shared/review-event.ts";
import { toReview, type ReviewRow } from "../shared/review-rows.ts";
import { checkTokenName, newTokenSecret, sameHash, tokenHash } from "../shared/api-token.ts";
import type { EventDetail, EventKey, IngestResult, Store, StoredReport, TokenRights } from "../store.ts";
import { StorageError } from "../../core/errors.ts";
import { openDatabase, type OpenOptions } from "./open-database.ts";
import { eventListingSql, type ListingHints } from "./event-listing-sql.ts";
import { summaryCellsSql, summaryCountriesSql, summaryPeriodsSql, summaryTotalsSql } from "./event-summary-sql.ts";
import { MIN_CELL_DEGREES, summarizeListed } from "../shared/event-summary.ts";
import { eventSearchIndex, searchDay } from "./event-search-index.ts";
import { readByDayWindows } from "./day-windows.ts";
import { eventColumns } from "./event-columns.ts";
import { ReportRefCache } from "../../merge/report-ref-cache.ts";
import { freeTextSearch } from "./free-text-search.ts";
import { toArticle, type ArticleRow } from "../shared/article-row.ts";
import { sqliteWatchQueries } from "./watch-queries.ts";

/** A user's words as an FTS5 query: each word quoted (so no word is read as an operator), all required. */
function ftsQuery(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(" AND ");
}

/** The SQLite adapter: one file, WAL, one transaction per article. */
export function createSqliteStore(file: string, options: OpenOptions = {}): Store {
  const db: Database.Database = openDatabase(file, options);
  const search = eventSearchIndex(db);
  const freeText = freeTextSearch(db, search);
  const q = {
    articleById: db.prepare("SELECT * FROM articles WHERE id = ?"),
    articleByHash: db.prepare("SELECT * FROM articles WHERE content_hash = ?"),
    countArticles: db.prepare("SELECT count(*) AS n FROM articles"),
    insertArticle: db.prepare(
      "INSERT INTO articles (id, url, outlet, published, title, text, html, content_hash, ingested_at, language) VALUES (@id, @url, @outlet, @published, @title, @text, @html, @contentHash, @ingestedAt, @language)",
    ),
    insertChange: db.prepare("INSERT INTO event_changes (event_id, kind, at, into_event) VALUES (?, ?, ?, ?)"),
    changes: db.prepare("SELECT seq, event_id, kind, at, into_event FROM event_changes WHERE seq > ? ORDER BY seq LIMIT ?"),
    upsertAlias: db.prepare(
      "INSERT INTO event_aliases (old_id, new_id) VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
    ),
    aliasOf: db.prepare("SELECT new_id FROM event_aliases WHERE old_id = ?"),
    insertReview: db.prepare(
      "INSERT INTO reviews (anchor, action, field, value, by_name, at, before, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    reviewsOfReport: db.prepare("SELECT * FROM reviews WHERE anchor = ? ORDER BY seq"),
    insertConstraint: db.prepare("INSERT INTO report_constraints (a, b, kind, by_name, at) VALUES (?, ?, ?, ?, ?)"),
    constraintsOfReport: db.prepare("SELECT a, b, kind FROM report_constraints WHERE a = ? OR b = ?"),
    dropConstraint: db.prepare("DELETE FROM report_constraints WHERE kind = ? AND ((a = ? AND b = ?) OR (a = ? AND b = ?))"),
    insertToken: db.prepare("INSERT INTO api_tokens (name, hash, rights, created_at) VALUES (?, ?, ?, ?)"),
    tokenByHash: db.prepare("SELECT name, hash, rights FROM api_tokens WHERE hash = ?"),
    tokenByName: db.prepare("SELECT name FROM api_tokens WHERE name = ?"),
    deleteToken: db.prepare("DELETE FROM api_tokens WHERE name = ?"),
    insertFts: db.prepare("INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)"),
    searchArticles: db.prepare("SELECT DISTINCT article_id FROM articles_fts WHERE articles_fts MATCH ?"),
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
    eventDataAfter: db.prepare("SELECT rowid AS seq, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?"),
    reportsOf: db.prepare("SELECT id, event_id, article_id, data FROM reports WHERE event_id = ? ORDER BY id"),
    articlesOfEvent: db.prepare("SELECT DISTINCT article_id FROM reports WHERE event_id = ?"),
    textOf: db.prepare("SELECT text FROM articles WHERE id = ?"),
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
    // Through the index of events spanning days (a partial index): few rows however large the store.
    sinceFloor: db.prepare("SELECT min(date_start) FROM events WHERE date_end > date_start AND date_end >= ? AND date_start < ?").pluck(),
    eventDates: db.prepare("SELECT id, date_start FROM events"),
    links: db.prepare(
      `SELECT DISTINCT f.event_id AS from_event, t.event_id AS to_event, l.relation, l.article_id, l.evidence
       FROM report_links l JOIN reports f ON f.id = l.from_report JOIN reports t ON t.id = l.to_report
       WHERE f.event_id <> t.event_id
       ORDER BY from_event, to_event, l.relation, l.article_id`,
    ),
    // Article, then place in the text: the same order whatever order the articles came in.
    claims: db.prepare("SELECT article_id, data FROM claims ORDER BY article_id, json_extract(data, '$.span.start'), rowid"),
    claimsOfArticle: db.prepare("SELECT article_id, data FROM claims WHERE article_id = ? ORDER BY rowid"),
    quotes: db.prepare("SELECT article_id, data FROM quotes ORDER BY article_id, json_extract(data, '$.span.start'), rowid"),
    eventsOfArticle: db.prepare("SELECT DISTINCT event_id FROM reports WHERE article_id = ?"),
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
    insertBand: db.prepare("INSERT INTO article_bands (band, article_id) VALUES (?, ?)"),
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
    actorRelations: db.prepare("SELECT article_id, data FROM actor_relations ORDER BY article_id, rowid"),
    references: db.prepare(
      `SELECT r.event_id AS from_event, x.relation, x.victim, x.article_id, x.evidence
       FROM report_references x JOIN reports r ON r.id = x.from_report`,
    ),
    undatedReports: db.prepare(
      // From the few undated articles (a partial index), not through every report: it runs after each article.
      `SELECT r.article_id, r.data AS report, e.data AS event,
              (SELECT MAX(d.published) FROM reports o JOIN articles d ON d.id = o.article_id
                WHERE o.event_id = e.id AND d.published IS NOT NULL) AS sibling_published
       FROM articles a INDEXED BY articles_undated
       CROSS JOIN reports r ON r.article_id = a.id JOIN events e ON e.id = r.event_id
       WHERE a.published IS NULL AND a.reference_date IS NULL`,
    ),
  };

  const stats: MergeStats = { reports: 0, comparisons: 0, regrouped: 0 };

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
  const repository: ArticleWriteRepository & ReviewRepository = {
    refCache: new ReportRefCache(),
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
      q.insertReview.run(
        r.anchor,
        r.action,
        r.field ?? null,
        r.value === undefined ? null : JSON.stringify(r.value),
        r.by,
        r.at,
        JSON.stringify(r.before),
        r.note ?? null,
      );
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
      for (const band of bands) q.insertBand.run(band, articleId);
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
      return query.kind === "window"
        ? reportsWithin(query.country, query.since, query.until)
        : (q.blockAllOfCountry.all({ country: query.country }) as ReportRow[]);
    },
    async reportsOfEvent(id) {
      return q.reportsOf.all(id) as ReportRow[];
    },
    async articleText(id) {
      return (q.textOf.get(id) as { text: string }).text;
    },
    async articleDay(id) {
      const row = q.articleById.get(id) as ArticleRow | undefined;
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
    },
    async saveEvent(event, now) {
      q.upsertEvent.run(eventColumns(event, now));
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

  /** Runs `work` in one write transaction; undone entirely if it throws. */
  async function inTransaction<T>(work: () => Promise<T>): Promise<T> {
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = await work();
      db.exec("COMMIT");
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  }

  /** One write at a time: the engine awaits between statements, so transactions must not interleave. */
  let queue: Promise<unknown> = Promise.resolve();
  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  }

  /** Stores one article and merges its events, inside the open transaction. */
  async function storeArticle(article: Article, extraction: Extraction): Promise<IngestResult> {
    const existing = q.articleByHash.get(article.contentHash) as ArticleRow | undefined;
    if (existing) return { articleId: existing.id, stored: false, eventsCreated: 0, eventsUpdated: 0 };
    if (q.articleById.get(article.id)) {
      // Same id, new content: keep both, the newer under a suffixed id.
      article = { ...article, id: `${article.id}~${article.contentHash.slice(0, 8)}` };
    }
    q.insertArticle.run({ ...article, referenceDate: article.referenceDate ?? null, language: article.language ?? null });
    q.insertFts.run(article.id, article.title ?? "", article.text);
    const { created, updated } = await writeNewArticle(repository, article, extraction, stats);
    return { articleId: article.id, stored: true, eventsCreated: created, eventsUpdated: updated };
  }

  /**
   * Several articles in one transaction, each inside a savepoint: one that fails is undone alone
   * and answered by its error. A commit per article costs more than merging one on a busy disk
   * (the WAL write, the full-text indexes' flush), so a batch commits once.
   */
  const ingestSeveral = (items: ReadonlyArray<{ article: Article; extraction: Extraction }>): Promise<Array<IngestResult | Error>> =>
    inTransaction(async () => {
      const results: Array<IngestResult | Error> = [];
      for (const { article, extraction } of items) {
        db.exec("SAVEPOINT article");
        try {
          results.push(await storeArticle(article, extraction));
          db.exec("RELEASE article");
        } catch (error) {
          db.exec("ROLLBACK TO article");
          db.exec("RELEASE article");
          results.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return results;
    });

  /** Removes an article's reports (and what they alone held up) and stores a new extraction of it, in one transaction. */
  const replaceOne = (articleId: string, extraction: Extraction, referenceDate: string): Promise<void> =>
    inTransaction(async () => {
      const row = q.articleById.get(articleId) as ArticleRow | undefined;
      if (!row) throw new StorageError(`${file}: no article "${articleId}" to re-read`);
      await rewriteReadings(repository, toArticle(row), extraction, referenceDate, stats);
    });

  /** Articles holding every word of the query (FTS5, words stemmed). */
  function textMatches(text: string): Set<string> {
    const query = ftsQuery(text);
    if (query === "") return new Set();
    return new Set((q.searchArticles.all(query) as { article_id: string }[]).map((r) => r.article_id));
  }

  /** Every event, a page at a time in storage order: what links and the actor registry are derived from. */
  async function* events(): EventScan {
    const pages = pagesAfter<{ seq: number; data: string }>(
      (after) => q.eventDataAfter.all(after?.seq ?? 0, SCAN_PAGE_SIZE) as { seq: number; data: string }[],
      SCAN_PAGE_SIZE,
    );
    for await (const rows of pages) yield rows.map((r) => JSON.parse(r.data) as StoredEvent);
  }

  /** Listing statements, prepared once per shape (which filters, whether paged): a handful at most. */
  const listings = new Map<string, Database.Statement>();
  function listing(sql: string): Database.Statement {
    let statement = listings.get(sql);
    if (!statement) listings.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  /** Links as stated by the articles, and those that follow from them. */
  async function allLinks(): Promise<StoredLink[]> {
    const stated = (q.links.all() as Parameters<typeof toLink>[0][]).map(toLink);
    const references = (q.references.all() as Parameters<typeof toReference>[0][]).map(toReference);
    return allLinksFrom(stated, references, events());
  }

  return {
    location: file,
    async ingest(article, extraction) {
      return serialised(() => inTransaction(() => storeArticle(article, extraction)));
    },
    async ingestMany(items) {
      return serialised(() => ingestSeveral(items));
    },
    async datingHints() {
      return datingHintsFrom(q.undatedReports.all() as DatingRow[]);
    },
    async replaceExtraction(articleId, extraction, referenceDate) {
      return serialised(() => replaceOne(articleId, extraction, referenceDate));
    },
    async getArticle(id) {
      const r = q.articleById.get(id) as ArticleRow | undefined;
      return r ? toArticle(r) : null;
    },
    async findArticleByHash(hash) {
      const r = q.articleByHash.get(hash) as ArticleRow | undefined;
      return r ? toArticle(r) : null;
    },
    async countArticles() {
      return (q.countArticles.get() as { n: number }).n;
    },
    async listEvents(filter = {}, page = {}) {
      const keep = unindexedFilter(filter, filter.text ? textMatches(filter.text) : null);
      const hints: ListingHints = {};
      if (filter.since) hints.sinceFloor = (q.sinceFloor.get(filter.since, filter.since) as string | null) ?? filter.since;
      const rows = (after: EventKey | undefined, limit: number | undefined, more: ListingHints = {}): StoredEvent[] => {
        const { sql, params } = eventListingSql(filter, after, limit, { ...hints, ...more });
        return (listing(sql).all(params) as { data: string }[]).map((r) => JSON.parse(r.data) as StoredEvent);
      };
      const words = filter.mentions ? freeText.query(filter.mentions) : null;
      // SQL selects, orders and cuts the page (event-listing-sql.ts); what no index serves is tested after it.
      if (words === null) return collectEvents(async (after, limit) => rows(after, limit), keep, page);
      // A word search reads the matches of a few days at a time from where the page starts (day-windows.ts).
      const firstDay = searchDay(hints.sinceFloor);
      const lastDay = filter.until ? searchDay(filter.until) : Infinity;
      return collectEvents(
        async (after, limit) =>
          readByDayWindows(
            Math.max(firstDay, searchDay(after?.[0])),
            lastDay,
            limit,
            (from) => search.nextMatchingDay(words, from),
            (fromDay, toDay, windowLimit) =>
              rows(after, windowLimit, {
                search: { query: words, fromDay, toDay, walk: freeText.walk(words, fromDay, toDay, windowLimit) },
              }),
          ),
        keep,
        page,
      );
    },
    async summarizeEvents(filter, request) {
      // What SQL cannot decide alone is counted over the events themselves.
      if (filter.actor || filter.text || filter.mentions) return summarizeListed(await this.listEvents(filter), request);
      const hints: ListingHints = {};
      if (filter.since) hints.sinceFloor = (q.sinceFloor.get(filter.since, filter.since) as string | null) ?? filter.since;
      const totals = summaryTotalsSql(filter, hints);
      const { total, undated, located } = listing(totals.sql).get(totals.params) as { total: number; undated: number; located: number };
      const periodSql = request.period ? summaryPeriodsSql(filter, hints, request.period) : null;
      const cellSql = request.cellDegrees ? summaryCellsSql(filter, hints, Math.max(MIN_CELL_DEGREES, request.cellDegrees)) : null;
      const countrySql = request.countries ? summaryCountriesSql(filter, hints) : null;
      return {
        total,
        undated,
        located,
        periods: periodSql ? (listing(periodSql.sql).all(periodSql.params) as Array<{ start: string; count: number }>) : [],
        cells: cellSql ? (listing(cellSql.sql).all(cellSql.params) as Array<{ lat: number; lon: number; count: number }>) : [],
        countries: countrySql ? (listing(countrySql.sql).all(countrySql.params) as Array<{ country: string; count: number }>) : [],
      };
    },
    async getEvent(requested) {
      // An id merged away answers as the event it became (a few hops at most).
      let id = requested;
      for (let hop = 0; hop < 16 && !q.eventData.get(id); hop++) {
        const alias = q.aliasOf.get(id) as { new_id: string } | undefined;
        if (!alias) break;
        id = alias.new_id;
      }
      const row = q.eventData.get(id) as { data: string } | undefined;
      if (!row) return null;
      const event = JSON.parse(row.data) as StoredEvent;
      const reports: StoredReport[] = (q.reportsOf.all(id) as { id: string; event_id: string; article_id: string; data: string }[]).map(
        (r) => ({ id: r.id, eventId: r.event_id, articleId: r.article_id, event: JSON.parse(r.data) as ArticleEvent }),
      );
      const articleIds = [...new Set(reports.map((r) => r.articleId))];
      const articles = articleIds.map((a) => toArticle(q.articleById.get(a) as ArticleRow));
      const claims = articleIds.flatMap((a) =>
        (q.claimsOfArticle.all(a) as { article_id: string; data: string }[]).map((r) => ({
          ...(JSON.parse(r.data) as Claim),
          articleId: r.article_id,
        })),
      );
      const links = (await allLinks()).filter((l) => l.from === id || l.to === id);
      const reviews = await repository.reviewsOf(reports.map((r) => r.id));
      const detail: EventDetail = { event, reports, articles, claims, links, reviews };
      return detail;
    },
    async listLinks() {
      return allLinks();
    },
    async listClaims() {
      return (q.claims.all() as { article_id: string; data: string }[]).map((r) => ({
        ...(JSON.parse(r.data) as Claim),
        articleId: r.article_id,
      }));
    },
    async listQuotes() {
      return (q.quotes.all() as { article_id: string; data: string }[]).map((r) => ({
        ...(JSON.parse(r.data) as Quote),
        articleId: r.article_id,
      }));
    },
    async listChanges(since, limit = 1000) {
      const rows = q.changes.all(since, limit) as ChangeRow[];
      return changesFrom(rows, since);
    },
    async reviewEvent(id, action, by) {
      return serialised(() => inTransaction(() => reviewEvent(repository, id, action, by, new Date().toISOString(), stats)));
    },
    async createToken(name, rights) {
      const problem = checkTokenName(name);
      if (problem) throw new StorageError(problem);
      if (q.tokenByName.get(name)) throw new StorageError(`${file}: a token named "${name}" exists already (revoke it first)`);
      const secret = newTokenSecret();
      q.insertToken.run(name, tokenHash(secret), rights, new Date().toISOString());
      return secret;
    },
    async verifyToken(secret) {
      const hash = tokenHash(secret);
      const row = q.tokenByHash.get(hash) as { name: string; hash: string; rights: TokenRights } | undefined;
      return row && sameHash(row.hash, hash) ? { name: row.name, rights: row.rights } : null;
    },
    async revokeToken(name) {
      return q.deleteToken.run(name).changes > 0;
    },
    mergeStats() {
      return { ...stats };
    },
    async listActors() {
      return actorRegistryFrom(events(), q.actorRelations.all() as { article_id: string; data: string }[]);
    },
    ...sqliteWatchQueries(db, file),
    async close() {
      db.close();
    },
  };
}
