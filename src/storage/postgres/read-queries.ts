/**
 * What PostgreSQL answers about stored articles and events, one at a time or in full: an
 * article, an event in detail, the links, claims, quotes, changes, actors and the undated
 * articles' hints.
 */

import type { ArticleEvent, Claim, Quote, StoredEvent } from "../../core/model.ts";
import type { EventReview, ReportRow } from "../merge-repository.ts";
import { toArticle, type ArticleRow } from "../shared/article-row.ts";
import {
  changesFrom,
  pagesAfter,
  SCAN_PAGE_SIZE,
  toActorRelation,
  toLink,
  toReference,
  type ChangeRow,
  type DatingRow,
  type EventScan,
} from "../shared/read-rows.ts";
import type { ReadQueries } from "../read-queries.ts";
import type { EventRecord, StoredReport } from "../store.ts";
import { all, one, type PostgresDatabase, type Queryable } from "./open-database.ts";
import { REPORT_COLUMNS } from "./write-repository.ts";

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

// Article, then place in the text: the same order whatever order the articles came in.
const byArticleAndPlace = "ORDER BY article_id, (data::jsonb -> 'span' ->> 'start')::int, seq";

/** `reviewsOf` reads the reviews hung on reports (the write repository's), on the connection given. */
export function postgresReadQueries(
  { read }: PostgresDatabase,
  reviewsOf: (db: Queryable, reportIds: string[]) => Promise<EventReview[]>,
): ReadQueries {
  return {
    async undatedReports() {
      return read(async (db) =>
        all<DatingRow>(
          db,
          `SELECT r.article_id, r.data AS report, e.data AS event,
                  (SELECT MAX(d.published) FROM reports o JOIN articles d ON d.id = o.article_id
                    WHERE o.event_id = e.id AND d.published IS NOT NULL) AS sibling_published
           FROM reports r
           JOIN articles a ON a.id = r.article_id JOIN events e ON e.id = r.event_id
           WHERE a.published IS NULL AND a.reference_date IS NULL`,
        ),
      );
    },
    async *scanEvents() {
      // Once the schema is ready, on the pool.
      yield* eventsOf(await read(async (db) => db));
    },
    async statedLinks() {
      return read(async (db) => ({
        links: (await all<Parameters<typeof toLink>[0]>(db, LINKS_SQL)).map(toLink),
        references: (await all<Parameters<typeof toReference>[0]>(db, REFERENCES_SQL)).map(toReference),
      }));
    },
    async actorRelations() {
      return read(async (db) =>
        (await all<{ article_id: string; data: string }>(db, "SELECT article_id, data FROM actor_relations ORDER BY article_id, seq")).map(
          toActorRelation,
        ),
      );
    },
    async getArticle(id) {
      return read(async (db) => {
        const row = await one<ArticleRow>(db, "SELECT * FROM articles WHERE id = $1", [id]);
        return row ? toArticle(row) : null;
      });
    },
    async findArticleByHash(hash) {
      return read(async (db) => {
        const row = await one<ArticleRow>(db, "SELECT * FROM articles WHERE content_hash = $1", [hash]);
        return row ? toArticle(row) : null;
      });
    },
    async countArticles() {
      return read(async (db) => (await one<{ n: number }>(db, "SELECT count(*)::int AS n FROM articles"))?.n ?? 0);
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
        const reviews = await reviewsOf(
          db,
          reports.map((r) => r.id),
        );
        const detail: EventRecord = { event, reports, articles, claims, reviews };
        return detail;
      });
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
  };
}
