import type { Article } from "../core/article.ts";
import type { ActorKind, ArticleEvent, Claim, Quote, StatedActorRelation, StoredEvent, StoredLink, SummaryPeriod } from "../core/model.ts";
import type { FailedArticleSummary } from "./failed-article.ts";
import type { EventChange, EventReview, StoredReference } from "./merge-repository.ts";
import type { DatingRow, EventScan } from "./shared/read-rows.ts";
import type { WriteTransaction } from "./write-transaction.ts";

/** What an API token may do: write (ingest, review), or only read where reads need a token. */
export type TokenRights = "read" | "write";

/** A box in degrees, as GeoJSON writes it: west, south, east, north. West may exceed east: the box then crosses the antimeridian. */
export interface Bbox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Filters shared by `events`, `export` and the API. Dates are YYYY-MM-DD, inclusive. */
export interface EventFilter {
  country?: string;
  type?: string;
  /** Events of any of these sub-event types (an ACLED event type is all of its sub-events). */
  types?: readonly string[];
  /** Text an actor's name contains (any case). */
  actor?: string;
  since?: string;
  until?: string;
  /** Full-text search over the events' source articles (words, all of them must appear). */
  text?: string;
  /** Events whose coordinates lie inside the box, edges included; events without coordinates never do. */
  bbox?: Bbox;
  /** Text in the event's evidence sentences, place name or actors' names (any case), from the start of a word: the API's `q`. */
  mentions?: string;
  /** Events with at least this many deaths, by the lower end of what sources give (ACLED's figure: unknown counts as 0). */
  minFatalities?: number;
  /** Events in any of these first-level divisions, by their keys (`admin1Key` of core/admin1-name.ts). */
  admin1?: readonly string[];
  /** Events where actor1 or actor2 is of any of these kinds. */
  actorKinds?: readonly ActorKind[];
  /** Events told by at least this many independent sources (near-duplicate articles count once). */
  minSources?: number;
  /** Reviewed events only (true), or those no reviewer has touched (false). */
  reviewed?: boolean;
}

/**
 * Where an event stands in every listing: by date, then id, both compared as code units, undated
 * events first (their date read as ""). A page resumes after the key of the last event it showed.
 */
export type EventKey = [date: string, id: string];

/** A slice of a listing: the events after `after` (from the start when absent), at most `limit` of them. */
export interface EventPageRequest {
  after?: EventKey;
  limit?: number;
}

/** The calendar periods events are counted by: a day, an ISO week (from its Monday), a month, a year. */
export type { SummaryPeriod };

/** What to count the events of a filter by. */
export interface EventSummaryRequest {
  /** Count dated events by the period their first day falls in. */
  period?: SummaryPeriod;
  /** Count located events by square cells of this many degrees (latitude and longitude, from 90°S and 180°W). */
  cellDegrees?: number;
  /** Count events by country. */
  countries?: boolean;
}

/** Counts over every event a filter keeps, never a page of them. */
export interface EventSummary {
  /** How many events the filter keeps. */
  total: number;
  /** Of them, how many have no date. */
  undated: number;
  /** Of them, how many have coordinates. */
  located: number;
  /** Per period (by its first day, YYYY-MM-DD), in order; periods without events are left out. */
  periods: Array<{ start: string; count: number }>;
  /** Per cell, where it has events: their count and mean position. */
  cells: Array<{ lat: number; lon: number; count: number }>;
  /** Per country with events (ISO 3166-1 alpha-2), by code; events of no known country are left out. */
  countries: Array<{ country: string; count: number }>;
}

/** One article's report of an event, as stored. */
export interface StoredReport {
  id: string;
  eventId: string;
  articleId: string;
  event: ArticleEvent;
}

/** What the store holds of one event: the derived event, its reports, their articles and claims, its reviews. */
export interface EventRecord {
  event: StoredEvent;
  reports: StoredReport[];
  articles: Article[];
  claims: Array<Claim & { articleId: string }>;
  /** Reviewers' decisions about it, oldest first. */
  reviews: EventReview[];
}

/** What ingesting one article did. */
export interface IngestResult {
  articleId: string;
  /** False when the same content was already stored: nothing changed. */
  stored: boolean;
  eventsCreated: number;
  eventsUpdated: number;
}

/** Where articles, their extractions and the merged events live. Asynchronous so that a networked adapter fits. */
export interface Store {
  /** A description of where the store lives, for messages. */
  readonly location: string;
  /**
   * Runs `work` in one write transaction, committed when it resolves and undone entirely if it
   * throws. Writers take turns: one transaction at a time on SQLite; on PostgreSQL many at once,
   * merging one at a time (`WriteTransaction.enterMerge`).
   */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` for each item, in as few transactions as the store can (SQLite: one, each item
   * in a savepoint; PostgreSQL: one each, so that no item holds the merge lock for the others);
   * an item whose work throws is undone alone and answered by its error in its place.
   */
  writeEach<I, T>(items: readonly I[], work: (tx: WriteTransaction, item: I) => Promise<T>): Promise<Array<T | Error>>;
  /** The reports of undated articles given no reference day yet, with their events (app/read-models.ts reads dating hints from them). */
  undatedReports(): Promise<DatingRow[]>;
  /** Every event, a page at a time in a fixed order: what links and the actor registry are derived from. */
  scanEvents(): EventScan;
  /** The links articles state between reports (as between their events), and their references to a victim's killing. */
  statedLinks(): Promise<{ links: StoredLink[]; references: StoredReference[] }>;
  /** The ties between actors that articles state. */
  actorRelations(): Promise<Array<StatedActorRelation & { articleId: string }>>;
  getArticle(id: string): Promise<Article | null>;
  /** The outlets of the articles with these ids (an id with no article is absent): one read for many, the texts left unread. */
  articleOutlets(ids: readonly string[]): Promise<Map<string, string | null>>;
  findArticleByHash(contentHash: string): Promise<Article | null>;
  countArticles(): Promise<number>;
  /**
   * The articles sent but not read (storage/failed-article.ts), the most recent failure first
   * (then by id), at most `limit` (default 100); none of them is an article of the store.
   */
  failedArticles(limit?: number): Promise<FailedArticleSummary[]>;
  /**
   * The events passing the filter, in key order (see `EventKey`); with `page`, only that slice.
   * A caller wanting to know whether more follow asks for one more than it shows.
   */
  listEvents(filter?: EventFilter, page?: EventPageRequest): Promise<StoredEvent[]>;
  /** Counts of the events passing the filter: in all, per period, per map cell (see `EventSummary`). */
  summarizeEvents(filter: EventFilter, request: EventSummaryRequest): Promise<EventSummary>;
  /** One event as stored (its links are derived: app/read-models.ts); an id merged into another event answers as that event. */
  getEvent(id: string): Promise<EventRecord | null>;
  listClaims(): Promise<Array<Claim & { articleId: string }>>;
  listQuotes(): Promise<Array<Quote & { articleId: string }>>;
  /**
   * The changes feed: every event created, revised, merged, split or withdrawn after position `since`
   * (0: from the start), oldest first, at most `limit`; `next` is the position to ask from next.
   */
  listChanges(since: number, limit?: number): Promise<{ changes: Array<EventChange & { seq: number }>; next: number }>;
  /** Creates a named API token with the rights given; returns the secret, shown once (only its hash is kept). */
  createToken(name: string, rights: TokenRights): Promise<string>;
  /** The token a secret belongs to, or null (unknown, or revoked). */
  verifyToken(secret: string): Promise<{ name: string; rights: TokenRights } | null>;
  /** Revokes a token by name; false when there was none. */
  revokeToken(name: string): Promise<boolean>;
  /** What merging has cost since the store was opened: reports merged, candidates compared, reports regrouped. */
  mergeStats(): { reports: number; comparisons: number; regrouped: number };
  /** True when an article read from this address is stored (feeds skip such pages without fetching them). */
  hasArticleUrl(url: string): Promise<boolean>;
  /** The events with these ids that exist now, in no particular order (unlike `getEvent`, an id merged away gives nothing). */
  getEvents(ids: string[]): Promise<StoredEvent[]>;
  /**
   * Saves a watchlist, its cursor at the end of the changes feed: it reports what changes from now
   * on. Throws StorageError when the name is taken or not a plain name.
   */
  addWatchlist(name: string, filter: WatchlistFilter, webhook: string | null): Promise<Watchlist>;
  /** Every watchlist, by name. */
  listWatchlists(): Promise<Watchlist[]>;
  /** Removes a watchlist by name; false when there was none. */
  removeWatchlist(name: string): Promise<boolean>;
  /** Records that a watchlist has reported the changes feed up to `cursor` (a position of `listChanges`). */
  advanceWatchlist(name: string, cursor: number): Promise<void>;
  close(): Promise<void>;
}

/** The filters a watchlist may keep: those of `sitrep events` that do not end (no dates). */
export type WatchlistFilter = Pick<EventFilter, "country" | "type" | "types" | "actor" | "text">;

/** A saved filter that reports the events newly matching it, read from the changes feed. */
export interface Watchlist {
  name: string;
  filter: WatchlistFilter;
  /** Where new matches are POSTed as JSON; null for none. */
  webhook: string | null;
  /** The position in the changes feed reported up to. */
  cursor: number;
  createdAt: string;
}
