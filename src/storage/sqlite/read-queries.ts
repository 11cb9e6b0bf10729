/**
 * What SQLite answers about stored articles and events, one at a time or in full: an article, an
 * event in detail, the links, claims, quotes, changes, actors and the undated articles' hints.
 */

import type Database from "better-sqlite3";
import type { ArticleEvent, Claim, Quote, StoredEvent } from "../../core/model.ts";
import type { EventReview } from "../merge-repository.ts";
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

/** `reviewsOf` reads the reviews hung on reports (the write repository's). */
export function sqliteReadQueries(db: Database.Database, reviewsOf: (reportIds: string[]) => Promise<EventReview[]>): ReadQueries {
  const q = {
    articleById: db.prepare("SELECT * FROM articles WHERE id = ?"),
    articleByHash: db.prepare("SELECT * FROM articles WHERE content_hash = ?"),
    countArticles: db.prepare("SELECT count(*) AS n FROM articles"),
    changes: db.prepare("SELECT seq, event_id, kind, at, into_event FROM event_changes WHERE seq > ? ORDER BY seq LIMIT ?"),
    aliasOf: db.prepare("SELECT new_id FROM event_aliases WHERE old_id = ?"),
    eventData: db.prepare("SELECT data FROM events WHERE id = ?"),
    eventDataAfter: db.prepare("SELECT rowid AS seq, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?"),
    reportsOf: db.prepare("SELECT id, event_id, article_id, data FROM reports WHERE event_id = ? ORDER BY id"),
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

  /** Every event, a page at a time in storage order: what links and the actor registry are derived from. */
  async function* events(): EventScan {
    const pages = pagesAfter<{ seq: number; data: string }>(
      (after) => q.eventDataAfter.all(after?.seq ?? 0, SCAN_PAGE_SIZE) as { seq: number; data: string }[],
      SCAN_PAGE_SIZE,
    );
    for await (const rows of pages) yield rows.map((r) => JSON.parse(r.data) as StoredEvent);
  }

  return {
    async undatedReports() {
      return q.undatedReports.all() as DatingRow[];
    },
    scanEvents: events,
    async statedLinks() {
      return {
        links: (q.links.all() as Parameters<typeof toLink>[0][]).map(toLink),
        references: (q.references.all() as Parameters<typeof toReference>[0][]).map(toReference),
      };
    },
    async actorRelations() {
      return (q.actorRelations.all() as { article_id: string; data: string }[]).map(toActorRelation);
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
      const reviews = await reviewsOf(reports.map((r) => r.id));
      const detail: EventRecord = { event, reports, articles, claims, reviews };
      return detail;
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
  };
}
