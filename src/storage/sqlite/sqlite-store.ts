import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import type { Article } from "../../core/article.ts";
import type { ArticleEvent, Claim, Extraction, Quote, StoredEvent, StoredLink } from "../../core/model.ts";
import { deriveEvent, type ReportInput } from "../../merge/derive-event.ts";
import { matchReport, type MergeCandidate } from "../../merge/match-report.ts";
import type { EventDetail, EventFilter, IngestResult, Store, StoredReport } from "../store.ts";
import { StorageError } from "../../core/errors.ts";
import { openDatabase } from "./open-database.ts";

interface ArticleRow {
  id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  html: string | null;
  content_hash: string;
  ingested_at: string;
  reference_date?: string | null;
}

function toArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    url: r.url,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    text: r.text,
    html: r.html,
    contentHash: r.content_hash,
    ingestedAt: r.ingested_at,
    referenceDate: r.reference_date ?? null,
  };
}

/** Event ids are derived from the first report that made them, so re-running gives the same ids. */
function eventId(articleId: string, index: number): string {
  return "ev_" + createHash("sha256").update(`${articleId}#${index}`).digest("hex").slice(0, 12);
}

/** Candidate events for a report are those within a few weeks of its date (or all undated ones). */
const BLOCK_DAYS = 45;

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The SQLite adapter: one file, WAL, one transaction per article. */
export function createSqliteStore(file: string): Store {
  const db: Database.Database = openDatabase(file);
  const q = {
    articleById: db.prepare("SELECT * FROM articles WHERE id = ?"),
    articleByHash: db.prepare("SELECT * FROM articles WHERE content_hash = ?"),
    countArticles: db.prepare("SELECT count(*) AS n FROM articles"),
    insertArticle: db.prepare(
      "INSERT INTO articles (id, url, outlet, published, title, text, html, content_hash, ingested_at) VALUES (@id, @url, @outlet, @published, @title, @text, @html, @contentHash, @ingestedAt)",
    ),
    insertMention: db.prepare(
      'INSERT INTO mentions (article_id, kind, start, "end", text, normalised, source) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertClaim: db.prepare("INSERT INTO claims (article_id, data) VALUES (?, ?)"),
    insertQuote: db.prepare("INSERT INTO quotes (article_id, data) VALUES (?, ?)"),
    insertReport: db.prepare("INSERT INTO reports (id, event_id, article_id, data) VALUES (?, ?, ?, ?)"),
    insertLink: db.prepare("INSERT OR IGNORE INTO links (from_event, to_event, relation, article_id, evidence) VALUES (?, ?, ?, ?, ?)"),
    candidates: db.prepare(
      "SELECT data FROM events WHERE date_start IS NULL OR (date_start <= @until AND coalesce(date_end, date_start) >= @since)",
    ),
    allEventData: db.prepare("SELECT data FROM events"),
    reportsOf: db.prepare("SELECT id, event_id, article_id, data FROM reports WHERE event_id = ? ORDER BY id"),
    articlesOfEvent: db.prepare("SELECT DISTINCT article_id FROM reports WHERE event_id = ?"),
    textOf: db.prepare("SELECT text FROM articles WHERE id = ?"),
    upsertEvent: db.prepare(
      `INSERT INTO events (id, type, date_start, date_end, country, actor1, actor2, data, created_at, updated_at)
       VALUES (@id, @type, @date_start, @date_end, @country, @actor1, @actor2, @data, @now, @now)
       ON CONFLICT(id) DO UPDATE SET type = @type, date_start = @date_start, date_end = @date_end, country = @country,
         actor1 = @actor1, actor2 = @actor2, data = @data, updated_at = @now`,
    ),
    eventData: db.prepare("SELECT data FROM events WHERE id = ?"),
    links: db.prepare("SELECT * FROM links ORDER BY from_event, to_event, relation"),
    claims: db.prepare("SELECT article_id, data FROM claims ORDER BY rowid"),
    claimsOfArticle: db.prepare("SELECT article_id, data FROM claims WHERE article_id = ? ORDER BY rowid"),
    quotes: db.prepare("SELECT article_id, data FROM quotes ORDER BY rowid"),
    eventsOfArticle: db.prepare("SELECT DISTINCT event_id FROM reports WHERE article_id = ?"),
    deleteReports: db.prepare("DELETE FROM reports WHERE article_id = ?"),
    deleteMentions: db.prepare("DELETE FROM mentions WHERE article_id = ?"),
    deleteClaims: db.prepare("DELETE FROM claims WHERE article_id = ?"),
    deleteQuotes: db.prepare("DELETE FROM quotes WHERE article_id = ?"),
    deleteLinksOfArticle: db.prepare("DELETE FROM links WHERE article_id = ?"),
    deleteLinksOfEvent: db.prepare("DELETE FROM links WHERE from_event = ? OR to_event = ?"),
    countReports: db.prepare("SELECT count(*) AS n FROM reports WHERE event_id = ?"),
    deleteEvent: db.prepare("DELETE FROM events WHERE id = ?"),
    setReferenceDate: db.prepare("UPDATE articles SET reference_date = ? WHERE id = ?"),
    undatedReports: db.prepare(
      `SELECT r.article_id, r.data AS report, e.data AS event FROM reports r
       JOIN articles a ON a.id = r.article_id JOIN events e ON e.id = r.event_id
       WHERE a.published IS NULL AND a.reference_date IS NULL`,
    ),
  };

  function candidatesFor(report: ArticleEvent): MergeCandidate[] {
    const rows = (
      report.date
        ? q.candidates.all({ since: shiftDays(report.date.value.start, -BLOCK_DAYS), until: shiftDays(report.date.value.end, BLOCK_DAYS) })
        : q.allEventData.all()
    ) as { data: string }[];
    return rows.map((r) => {
      const event = JSON.parse(r.data) as StoredEvent;
      return { event, articleIds: event.sources.map((s) => s.article) };
    });
  }

  function rederive(id: string, now: string): StoredEvent {
    const rows = q.reportsOf.all(id) as { article_id: string; data: string }[];
    const reports: ReportInput[] = rows.map((r) => ({ articleId: r.article_id, event: JSON.parse(r.data) as ArticleEvent }));
    const texts = new Map<string, string>();
    for (const r of reports) {
      if (!texts.has(r.articleId)) texts.set(r.articleId, (q.textOf.get(r.articleId) as { text: string }).text);
    }
    const event = deriveEvent(id, reports, texts);
    q.upsertEvent.run({
      id,
      type: event.type,
      date_start: event.date,
      date_end: event.date_end ?? event.date,
      country: event.location?.country ?? null,
      actor1: event.actor1,
      actor2: event.actor2,
      data: JSON.stringify(event),
      now,
    });
    return event;
  }

  /** Stores what was extracted from an article and merges its reports into events. */
  function storeExtraction(article: Article, extraction: Extraction, idSalt: string): { created: number; updated: number } {
    for (const m of extraction.mentions) {
      q.insertMention.run(article.id, m.kind, m.span.start, m.span.end, m.text, JSON.stringify(m.normalised ?? null), m.source);
    }
    for (const c of extraction.claims) q.insertClaim.run(article.id, JSON.stringify(c));
    for (const qu of extraction.quotes) q.insertQuote.run(article.id, JSON.stringify(qu));
    const now = article.ingestedAt;
    let created = 0;
    let updated = 0;
    const ids: string[] = [];
    extraction.events.forEach((report, index) => {
      const evidenceText = report.evidence.map((e) => article.text.slice(e.start, e.end)).join(" ");
      const match = matchReport(report, article.id, candidatesFor(report), evidenceText);
      const id = match ? match.event.id : eventId(article.id + idSalt, index);
      if (match) updated++;
      else created++;
      q.insertReport.run(`${article.id}#${index}`, id, article.id, JSON.stringify(report));
      rederive(id, now);
      ids.push(id);
    });
    for (const link of extraction.links) {
      const from = ids[link.from];
      const to = ids[link.to];
      if (!from || !to || from === to) continue;
      const evidence = { ...link.evidence, text: article.text.slice(link.evidence.start, link.evidence.end) };
      q.insertLink.run(from, to, link.relation, article.id, JSON.stringify(evidence));
    }
    return { created, updated };
  }

  const ingestTx = db.transaction((article: Article, extraction: Extraction): IngestResult => {
    const existing = q.articleByHash.get(article.contentHash) as ArticleRow | undefined;
    if (existing) return { articleId: existing.id, stored: false, eventsCreated: 0, eventsUpdated: 0 };
    if (q.articleById.get(article.id)) {
      // Same id, new content: keep both, the newer under a suffixed id.
      article = { ...article, id: `${article.id}~${article.contentHash.slice(0, 8)}` };
    }
    q.insertArticle.run({ ...article, referenceDate: article.referenceDate ?? null });
    const { created, updated } = storeExtraction(article, extraction, "");
    return { articleId: article.id, stored: true, eventsCreated: created, eventsUpdated: updated };
  });

  /** Removes an article's reports (and what they alone held up) and stores a new extraction of it, in one transaction. */
  const replaceTx = db.transaction((articleId: string, extraction: Extraction, referenceDate: string) => {
    const row = q.articleById.get(articleId) as ArticleRow | undefined;
    if (!row) throw new StorageError(`${file}: no article "${articleId}" to re-read`);
    const touched = (q.eventsOfArticle.all(articleId) as { event_id: string }[]).map((r) => r.event_id);
    for (const stmt of [q.deleteReports, q.deleteMentions, q.deleteClaims, q.deleteQuotes, q.deleteLinksOfArticle]) stmt.run(articleId);
    const now = new Date().toISOString();
    for (const id of touched) {
      if ((q.countReports.get(id) as { n: number }).n === 0) {
        q.deleteEvent.run(id);
        q.deleteLinksOfEvent.run(id, id);
      } else rederive(id, now);
    }
    q.setReferenceDate.run(referenceDate, articleId);
    storeExtraction({ ...toArticle(row), referenceDate }, extraction, `@${referenceDate}`);
  });

  const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

  /**
   * Undated articles one of whose incidents another source has dated: an incident the article
   * places "on Tuesday" that is merged with an event dated to a Tuesday fixes the article's
   * reference day, against which its other relative dates can be read.
   */
  function datingHints(): Array<{ articleId: string; date: string }> {
    const best = new Map<string, string>();
    for (const r of q.undatedReports.all() as { article_id: string; report: string; event: string }[]) {
      const report = JSON.parse(r.report) as ArticleEvent;
      const event = JSON.parse(r.event) as StoredEvent;
      if (!report.weekday || report.date || !event.date || event.date_precision !== "day") continue;
      if (WEEKDAYS[new Date(`${event.date}T00:00:00Z`).getUTCDay()] !== report.weekday) continue;
      // The article was written on or after every incident it dates this way: the latest day stands.
      if ((best.get(r.article_id) ?? "") < event.date) best.set(r.article_id, event.date);
    }
    return [...best].map(([articleId, date]) => ({ articleId, date })).sort((a, b) => a.articleId.localeCompare(b.articleId));
  }

  function matches(e: StoredEvent, f: EventFilter): boolean {
    if (f.country && (e.location?.country ?? "").toUpperCase() !== f.country.toUpperCase()) return false;
    if (f.type && e.type !== f.type) return false;
    if (f.actor) {
      const needle = f.actor.toLowerCase();
      if (![e.actor1, e.actor2].some((a) => a && a.toLowerCase().includes(needle))) return false;
    }
    if (f.since && (!e.date || (e.date_end ?? e.date) < f.since)) return false;
    if (f.until && (!e.date || e.date > f.until)) return false;
    return true;
  }

  const toLink = (r: {
    from_event: string;
    to_event: string;
    relation: StoredLink["relation"];
    article_id: string;
    evidence: string;
  }): StoredLink => ({
    from: r.from_event,
    to: r.to_event,
    relation: r.relation,
    article: r.article_id,
    evidence: JSON.parse(r.evidence) as StoredLink["evidence"],
  });

  return {
    location: file,
    async ingest(article, extraction) {
      return ingestTx(article, extraction);
    },
    async datingHints() {
      return datingHints();
    },
    async replaceExtraction(articleId, extraction, referenceDate) {
      replaceTx(articleId, extraction, referenceDate);
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
    async listEvents(filter = {}) {
      const rows = q.allEventData.all() as { data: string }[];
      return rows
        .map((r) => JSON.parse(r.data) as StoredEvent)
        .filter((e) => matches(e, filter))
        .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id));
    },
    async getEvent(id) {
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
      const links = (q.links.all() as Parameters<typeof toLink>[0][]).map(toLink).filter((l) => l.from === id || l.to === id);
      const detail: EventDetail = { event, reports, articles, claims, links };
      return detail;
    },
    async listLinks() {
      return (q.links.all() as Parameters<typeof toLink>[0][]).map(toLink);
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
    async close() {
      db.close();
    },
  };
}
