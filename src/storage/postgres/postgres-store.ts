/**
 * The PostgreSQL adapter: the shared store for a team, and the one workers on several machines
 * write to. Same schema and behaviour as the SQLite adapter (the conformance suite runs against
 * both); merging is serialised across processes by a transaction-scoped advisory lock, so two
 * workers never regroup the same reports at once, while extraction runs in parallel outside it.
 *
 *   postgres://user@host:5432/db?schema=NAME   (schema defaults to "sitrep")
 */

import pg from "pg";
import { StorageError } from "../../core/errors.ts";
import type { ArticleEvent, Claim, Extraction, Quote, StoredEvent, StoredLink } from "../../core/model.ts";
import { HORIZON_DAYS } from "../../merge/match-report.ts";
import { FINE_SPAN_DAYS, shiftDays, type MergeStats, type ReportRow } from "../../merge/merge-engine.ts";
import {
  changesFrom,
  type ChangeRow,
  actorRegistryFrom,
  allLinksFrom,
  datingHintsFrom,
  toLink,
  toReference,
  type EventScan,
  pagesAfter,
  SCAN_PAGE_SIZE,
} from "../shared/read-models.ts";
import { collectEvents } from "../shared/event-pages.ts";
import { unindexedFilter } from "../shared/unindexed-filters.ts";
import { rewriteReadings, writeNewArticle, type ArticleWriteRepository } from "../shared/write-article.ts";
import { ReportRefCache } from "../../merge/report-ref-cache.ts";
import { reviewEvent, type ReviewRepository } from "../shared/review-event.ts";
import { toReview, type ReviewRow } from "../shared/review-rows.ts";
import { checkTokenName, newTokenSecret, sameHash, tokenHash } from "../shared/api-token.ts";
import type { EventDetail, IngestResult, Store, StoredReport, TokenRights } from "../store.ts";
import { PG_MIGRATIONS, PG_MIGRATION_FILLS } from "./migrations.ts";
import { eventFilterColumns } from "../shared/event-filter-columns.ts";
import { eventListingSql, type ListingHints } from "./event-listing-sql.ts";
import { summaryCellsSql, summaryCountriesSql, summaryPeriodsSql, summaryTotalsSql } from "./event-summary-sql.ts";
import { MIN_CELL_DEGREES, summarizeListed } from "../shared/event-summary.ts";
import { eventSearchText, tsqueryOf } from "../shared/event-search-text.ts";
import { toArticle, type ArticleRow } from "../shared/article-row.ts";
import { postgresWatchQueries } from "./watch-queries.ts";
import { postgresArticleOutlets } from "./article-outlets.ts";

const APP_MARKER = "sitrep";
/** Advisory lock keys (any two fixed 32-bit numbers): one for migrating, one for merging. */
const MIGRATE_LOCK = 0x53495452;
const MERGE_LOCK = 0x4d455247;

/** The filter columns of an event, in the order the event upsert lists them. */
function filterColumnValues(event: StoredEvent): unknown[] {
  const c = eventFilterColumns(event);
  return [c.fatalities, c.admin1_key, c.actor1_kind, c.actor2_kind, c.sources, c.status];
}

/** True when the text names a PostgreSQL database rather than a file. */
export function isPostgresUrl(text: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(text);
}

/** The connection string without Sitrep's own `schema` parameter, and that schema. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "sitrep";
  if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) throw new StorageError(`${redact(url)}: schema "${schema}" is not a plain SQL name`);
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

type Queryable = Pick<pg.PoolClient, "query">;

/** How a store is opened. */
export interface PostgresStoreOptions {
  /** False to refuse a schema that holds no Sitrep database yet instead of creating it (commands that only read). */
  create?: boolean;
}

/** A Store on PostgreSQL. Connects and migrates on first use. */
export function createPostgresStore(url: string, { create = true }: PostgresStoreOptions = {}): Store {
  const { connectionString, schema } = parsePostgresUrl(url);
  const location = `${redact(connectionString)} (schema ${schema})`;
  const pool = new pg.Pool({ connectionString, max: 4, options: `-c search_path=${schema}` });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", (error) => console.error(`${location}: ${error.message}`));
  const stats: MergeStats = { reports: 0, comparisons: 0, regrouped: 0 };
  let ready: Promise<void> | null = null;

  const all = async <T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)).rows as T[];
  const one = async <T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T | null> =>
    (await all<T>(db, sql, params))[0] ?? null;
  /** The earliest first day of an event spanning days that still counts for `since`: where the listing's index scan can start. */
  const sinceFloor = async (db: Queryable, since: string): Promise<string> =>
    (
      await one<{ floor: string | null }>(
        db,
        "SELECT min(date_start) AS floor FROM events WHERE date_end > date_start AND date_end >= $1 AND date_start < $1",
        [since],
      )
    )?.floor ?? since;

  async function migrate(): Promise<void> {
    const client = await connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATE_LOCK]);
      if (!create) {
        const meta = await one<{ n: number }>(
          client,
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta'",
          [schema],
        );
        if (!meta?.n) throw new StorageError(`${location}: no Sitrep database there (is --db right? \`sitrep ingest\` creates one)`);
      }
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      const app = await one<{ value: string }>(client, "SELECT value FROM meta WHERE key = 'app'");
      const tables = await all<{ n: number }>(client, "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1", [
        schema,
      ]);
      if (!app && (tables[0]?.n ?? 0) > 1) throw new StorageError(`${location}: is not a Sitrep database (the schema holds other tables)`);
      if (app && app.value !== APP_MARKER) throw new StorageError(`${location}: is not a Sitrep database`);
      if (!app) await client.query("INSERT INTO meta (key, value) VALUES ('app', $1), ('schema_version', '0')", [APP_MARKER]);
      const version = Number((await one<{ value: string }>(client, "SELECT value FROM meta WHERE key = 'schema_version'"))?.value ?? 0);
      if (version > PG_MIGRATIONS.length) throw new StorageError(`${location}: was written by a newer Sitrep (schema ${version})`);
      for (let v = version; v < PG_MIGRATIONS.length; v++) {
        await client.query(PG_MIGRATIONS[v]!);
        await PG_MIGRATION_FILLS.get(v)?.(client);
      }
      await client.query("UPDATE meta SET value = $1 WHERE key = 'schema_version'", [String(PG_MIGRATIONS.length)]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function connect(): Promise<pg.PoolClient> {
    try {
      return await pool.connect();
    } catch (cause) {
      throw new StorageError(`${location}: cannot connect: ${(cause as Error).message}`, { cause });
    }
  }

  async function ensureReady(): Promise<void> {
    ready ??= migrate();
    try {
      await ready;
    } catch (error) {
      ready = null;
      throw error;
    }
  }

  /** Runs `work` in one transaction holding the merge lock; undone entirely if it throws. */
  /**
   * A write transaction whose merging is serialised across workers by an advisory lock: taken
   * at once, or with `lockAtMerge` only when the work reaches `enterMerge`, so that what
   * concerns one article alone is written while another worker merges.
   */
  async function inMergeTransaction<T>(
    work: (repo: ArticleWriteRepository & ReviewRepository, db: Queryable) => Promise<T>,
    lockAtMerge = false,
  ): Promise<T> {
    await ensureReady();
    const client = await connect();
    try {
      await client.query("BEGIN");
      let locked = false;
      const lock = async () => {
        if (locked) return;
        await client.query("SELECT pg_advisory_xact_lock($1)", [MERGE_LOCK]);
        locked = true;
      };
      if (!lockAtMerge) await lock();
      const result = await work(repositoryOn(client, lock), client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const REPORT_COLUMNS = "id, event_id, article_id, data";

  /** Reports as grouping reads them, kept between this process's transactions (report-ref-cache.ts). */
  const refCache = new ReportRefCache();

  function repositoryOn(db: Queryable, enterMerge: () => Promise<void>): ArticleWriteRepository & ReviewRepository {
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
      refCache,
      enterMerge,
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
          [
            r.anchor,
            r.action,
            r.field ?? null,
            r.value === undefined ? null : JSON.stringify(r.value),
            r.by,
            r.at,
            JSON.stringify(r.before),
            r.note ?? null,
          ],
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
          (await one<{ signature: string }>(db, "SELECT signature FROM article_signatures WHERE article_id = $1", [articleId]))
            ?.signature ?? null
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

  async function read<T>(work: (db: Queryable) => Promise<T>): Promise<T> {
    await ensureReady();
    return work(pool);
  }

  /** Every event, a page at a time by id: what links and the actor registry are derived from. */
  async function* eventsOf(db: Queryable): EventScan {
    const pages = pagesAfter<{ id: string; data: string }>(
      (after) =>
        after
          ? all(db, "SELECT id, data FROM events WHERE id > $1 ORDER BY id LIMIT $2", [after.id, SCAN_PAGE_SIZE])
          : all(db, "SELECT id, data FROM events ORDER BY id LIMIT $1", [SCAN_PAGE_SIZE]),
      SCAN_PAGE_SIZE,
    );
    for await (const rows of pages) yield rows.map((r) => JSON.parse(r.data) as StoredEvent);
  }

  const LINKS_SQL = `SELECT DISTINCT f.event_id AS from_event, t.event_id AS to_event, l.relation, l.article_id, l.evidence
     FROM report_links l JOIN reports f ON f.id = l.from_report JOIN reports t ON t.id = l.to_report
     WHERE f.event_id <> t.event_id
     ORDER BY from_event, to_event, l.relation, l.article_id`;
  const REFERENCES_SQL = `SELECT r.event_id AS from_event, x.relation, x.victim, x.article_id, x.evidence
     FROM report_references x JOIN reports r ON r.id = x.from_report`;

  async function allLinks(db: Queryable): Promise<StoredLink[]> {
    const stated = (await all<Parameters<typeof toLink>[0]>(db, LINKS_SQL)).map(toLink);
    const references = (await all<Parameters<typeof toReference>[0]>(db, REFERENCES_SQL)).map(toReference);
    return allLinksFrom(stated, references, eventsOf(db));
  }

  // Article, then place in the text: the same order whatever order the articles came in.
  const byArticleAndPlace = "ORDER BY article_id, (data::jsonb -> 'span' ->> 'start')::int, seq";

  return {
    location,
    // One transaction per article: each takes the merge lock, which a batch would hold throughout.
    async ingestMany(items) {
      const results: Array<IngestResult | Error> = [];
      for (const { article, extraction } of items) {
        try {
          results.push(await this.ingest(article, extraction));
        } catch (error) {
          results.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return results;
    },
    async ingest(article, extraction: Extraction): Promise<IngestResult> {
      return inMergeTransaction(async (repo, db) => {
        const existing = await one<ArticleRow>(db, "SELECT * FROM articles WHERE content_hash = $1", [article.contentHash]);
        if (existing) return { articleId: existing.id, stored: false, eventsCreated: 0, eventsUpdated: 0 };
        if (await one(db, "SELECT 1 FROM articles WHERE id = $1", [article.id])) {
          // Same id, new content: keep both, the newer under a suffixed id.
          article = { ...article, id: `${article.id}~${article.contentHash.slice(0, 8)}` };
        }
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
        if (inserted.rowCount === 0) {
          // Another worker stored the same text while this one read it (the merge lock is taken later).
          const stored = await one<ArticleRow>(db, "SELECT * FROM articles WHERE content_hash = $1", [article.contentHash]);
          if (stored) return { articleId: stored.id, stored: false, eventsCreated: 0, eventsUpdated: 0 };
          throw new StorageError(`${location}: article "${article.id}" was stored by another worker with other content at the same moment`);
        }
        const { created, updated } = await writeNewArticle(repo, article, extraction, stats);
        return { articleId: article.id, stored: true, eventsCreated: created, eventsUpdated: updated };
      }, true);
    },
    async datingHints() {
      return read(async (db) =>
        datingHintsFrom(
          await all(
            db,
            `SELECT r.article_id, r.data AS report, e.data AS event,
                    (SELECT MAX(d.published) FROM reports o JOIN articles d ON d.id = o.article_id
                      WHERE o.event_id = e.id AND d.published IS NOT NULL) AS sibling_published
             FROM reports r
             JOIN articles a ON a.id = r.article_id JOIN events e ON e.id = r.event_id
             WHERE a.published IS NULL AND a.reference_date IS NULL`,
          ),
        ),
      );
    },
    async replaceExtraction(articleId, extraction, referenceDate) {
      await inMergeTransaction(async (repo, db) => {
        const row = await one<ArticleRow>(db, "SELECT * FROM articles WHERE id = $1", [articleId]);
        if (!row) throw new StorageError(`${location}: no article "${articleId}" to re-read`);
        await rewriteReadings(repo, toArticle(row), extraction, referenceDate, stats);
      });
    },
    async getArticle(id) {
      return read(async (db) => {
        const row = await one<ArticleRow>(db, "SELECT * FROM articles WHERE id = $1", [id]);
        return row ? toArticle(row) : null;
      });
    },
    articleOutlets: postgresArticleOutlets(read),
    async findArticleByHash(hash) {
      return read(async (db) => {
        const row = await one<ArticleRow>(db, "SELECT * FROM articles WHERE content_hash = $1", [hash]);
        return row ? toArticle(row) : null;
      });
    },
    async countArticles() {
      return read(async (db) => (await one<{ n: number }>(db, "SELECT count(*)::int AS n FROM articles"))?.n ?? 0);
    },
    async listEvents(filter = {}, page = {}) {
      return read(async (db) => {
        // Full-text search through the articles' tsvector: every word, stemmed as English.
        const words = (filter.text?.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
        const matching = filter.text
          ? new Set(
              (await all<{ id: string }>(db, "SELECT id FROM articles WHERE search @@ plainto_tsquery('english', $1)", [words])).map(
                (r) => r.id,
              ),
            )
          : null;
        const hints: ListingHints = {};
        if (filter.since) hints.sinceFloor = await sinceFloor(db, filter.since);
        const query = filter.mentions ? tsqueryOf(filter.mentions) : null;
        if (query) hints.searchQuery = query;
        // SQL selects, orders and cuts the page (event-listing-sql.ts); what no index serves is tested after it.
        return collectEvents(
          async (after, limit) => {
            const { sql, params } = eventListingSql(filter, after, limit, hints);
            return (await all<{ data: string }>(db, sql, params)).map((r) => JSON.parse(r.data) as StoredEvent);
          },
          unindexedFilter(filter, matching),
          page,
        );
      });
    },
    async summarizeEvents(filter, request) {
      // What SQL cannot decide alone is counted over the events themselves.
      if (filter.actor || filter.text || filter.mentions) return summarizeListed(await this.listEvents(filter), request);
      return read(async (db) => {
        const hints: ListingHints = {};
        if (filter.since) hints.sinceFloor = await sinceFloor(db, filter.since);
        const totals = summaryTotalsSql(filter, hints);
        const counts = await one<{ total: number; undated: number; located: number }>(db, totals.sql, totals.params);
        const periodSql = request.period ? summaryPeriodsSql(filter, hints, request.period) : null;
        const cellSql = request.cellDegrees ? summaryCellsSql(filter, hints, Math.max(MIN_CELL_DEGREES, request.cellDegrees)) : null;
        const countrySql = request.countries ? summaryCountriesSql(filter, hints) : null;
        return {
          total: counts?.total ?? 0,
          undated: counts?.undated ?? 0,
          located: counts?.located ?? 0,
          periods: periodSql ? await all<{ start: string; count: number }>(db, periodSql.sql, periodSql.params) : [],
          cells: cellSql ? await all<{ lat: number; lon: number; count: number }>(db, cellSql.sql, cellSql.params) : [],
          countries: countrySql ? await all<{ country: string; count: number }>(db, countrySql.sql, countrySql.params) : [],
        };
      });
    },
    async getEvent(requested) {
      return read(async (db) => {
        // An id merged away answers as the event it became (a few hops at most).
        let id = requested;
        for (let hop = 0; hop < 16 && !(await one(db, "SELECT 1 FROM events WHERE id = $1", [id])); hop++) {
          const alias = await one<{ new_id: string }>(db, "SELECT new_id FROM event_aliases WHERE old_id = $1", [id]);
          if (!alias) break;
          id = alias.new_id;
        }
        const row = await one<{ data: string }>(db, "SELECT data FROM events WHERE id = $1", [id]);
        if (!row) return null;
        const event = JSON.parse(row.data) as StoredEvent;
        const reports: StoredReport[] = (
          await all<ReportRow>(db, `SELECT ${REPORT_COLUMNS} FROM reports WHERE event_id = $1 ORDER BY id`, [id])
        ).map((r) => ({ id: r.id, eventId: r.event_id, articleId: r.article_id, event: JSON.parse(r.data) as ArticleEvent }));
        const articleIds = [...new Set(reports.map((r) => r.articleId))];
        const articles = (await all<ArticleRow>(db, "SELECT * FROM articles WHERE id = ANY($1::text[]) ORDER BY id", [articleIds])).map(
          toArticle,
        );
        const claims = (
          await all<{ article_id: string; data: string }>(
            db,
            "SELECT article_id, data FROM claims WHERE article_id = ANY($1::text[]) ORDER BY seq",
            [articleIds],
          )
        ).map((r) => ({ ...(JSON.parse(r.data) as Claim), articleId: r.article_id }));
        const links = (await allLinks(db)).filter((l) => l.from === id || l.to === id);
        const reviews = await repositoryOn(db, async () => {}).reviewsOf(reports.map((r) => r.id));
        const detail: EventDetail = { event, reports, articles, claims, links, reviews };
        return detail;
      });
    },
    async listLinks() {
      return read(allLinks);
    },
    async listClaims() {
      return read(async (db) =>
        (await all<{ article_id: string; data: string }>(db, `SELECT article_id, data FROM claims ${byArticleAndPlace}`)).map((r) => ({
          ...(JSON.parse(r.data) as Claim),
          articleId: r.article_id,
        })),
      );
    },
    async listQuotes() {
      return read(async (db) =>
        (await all<{ article_id: string; data: string }>(db, `SELECT article_id, data FROM quotes ${byArticleAndPlace}`)).map((r) => ({
          ...(JSON.parse(r.data) as Quote),
          articleId: r.article_id,
        })),
      );
    },
    async listChanges(since, limit = 1000) {
      return read(async (db) =>
        changesFrom(
          await all<ChangeRow>(
            db,
            "SELECT seq::int AS seq, event_id, kind, at, into_event FROM event_changes WHERE seq > $1 ORDER BY seq LIMIT $2",
            [since, limit],
          ),
          since,
        ),
      );
    },
    async reviewEvent(id, action, by) {
      return inMergeTransaction((repo) => reviewEvent(repo as ReviewRepository, id, action, by, new Date().toISOString(), stats));
    },
    async createToken(name, rights) {
      const problem = checkTokenName(name);
      if (problem) throw new StorageError(problem);
      return read(async (db) => {
        const secret = newTokenSecret();
        const inserted = await db.query(
          "INSERT INTO api_tokens (name, hash, rights, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING",
          [name, tokenHash(secret), rights, new Date().toISOString()],
        );
        if (inserted.rowCount === 0) throw new StorageError(`${location}: a token named "${name}" exists already (revoke it first)`);
        return secret;
      });
    },
    async verifyToken(secret) {
      return read(async (db) => {
        const hash = tokenHash(secret);
        const row = await one<{ name: string; hash: string; rights: TokenRights }>(
          db,
          "SELECT name, hash, rights FROM api_tokens WHERE hash = $1",
          [hash],
        );
        return row && sameHash(row.hash, hash) ? { name: row.name, rights: row.rights } : null;
      });
    },
    async revokeToken(name) {
      return read(async (db) => ((await db.query("DELETE FROM api_tokens WHERE name = $1", [name])).rowCount ?? 0) > 0);
    },
    mergeStats() {
      return { ...stats };
    },
    async listActors() {
      return read(async (db) =>
        actorRegistryFrom(eventsOf(db), await all(db, "SELECT article_id, data FROM actor_relations ORDER BY article_id, seq")),
      );
    },
    ...postgresWatchQueries(read, location),
    async close() {
      await pool.end();
    },
  };
}
