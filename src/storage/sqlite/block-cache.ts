/**
 * Blocks read before, kept in memory between regroupings: a stored report's block is read each
 * time its component is regrouped, so a batch asks SQLite the same few thousand blocks again and
 * again (over 1,000 articles, 29,000 block reads of 2,400 distinct blocks), and reading them cost
 * more than the rest of merging.
 *
 * A kept block is used only while it is sure to hold what SQLite would answer: the store's own
 * writes keep it up to date (a report written joins the blocks it falls in, by the same conditions
 * the block queries state; a report moved to another event is moved in them), deleting an
 * article's readings or a rollback forgets everything, and so does a commit by any other
 * connection to the file (`PRAGMA data_version` tells, checked as each transaction begins).
 */

import type Database from "better-sqlite3";
import { FINE_SPAN_DAYS, HORIZON_DAYS, shiftDays, type BlockQuery, type ReportRow } from "../merge-repository.ts";
import type { ReportInsert } from "../write-transaction.ts";

/** Blocks kept at most (the most recently used): a few weeks of every theatre. */
const MAX_BLOCKS = 5_000;
/** Report rows kept at most (about 1 kB each); past it, everything is forgotten and read anew. */
const MAX_ROWS = 50_000;

/** The columns a block is chosen by, as `reports` stores them. */
type BlockColumns = Pick<ReportInsert, "country" | "dateStart" | "dateEnd" | "coarse" | "horizonStart" | "horizonEnd">;

interface Block {
  query: BlockQuery;
  bounds: WindowBounds | null;
  ids: string[];
}

const keyOf = (query: BlockQuery): string =>
  query.kind === "window" ? `w|${query.country ?? ""}|${query.since}|${query.until}` : `c|${query.country ?? ""}`;

/** A window's first days, as the block queries compute them: of the fine reports it takes, and of the undated ones' horizons. */
interface WindowBounds {
  fineFrom: string;
  horizonFrom: string;
}

const boundsOf = (query: BlockQuery): WindowBounds | null =>
  query.kind === "window"
    ? { fineFrom: shiftDays(query.since, -FINE_SPAN_DAYS), horizonFrom: shiftDays(query.since, -HORIZON_DAYS - 1) }
    : null;

/**
 * Whether a report with these columns is in the block: the conditions of the block queries in
 * write-repository.ts, one for one (strings compared as SQLite compares TEXT: by code units, the
 * dates being ASCII).
 */
export function inBlock(query: BlockQuery, r: BlockColumns, bounds = boundsOf(query)): boolean {
  const c = query.country;
  const ofCountry = c === null || r.country === null || r.country === c;
  if (!ofCountry) return false;
  if (query.kind === "country" || bounds === null) return true;
  const { since, until } = query;
  if (r.dateStart !== null) {
    const last = r.dateEnd ?? r.dateStart;
    if (r.coarse) return last >= since && r.dateStart <= until;
    return r.dateStart >= bounds.fineFrom && r.dateStart <= until && last >= since;
  }
  if (r.horizonStart === null) return true;
  return r.horizonStart >= bounds.horizonFrom && r.horizonStart <= until && r.horizonEnd !== null && r.horizonEnd >= since;
}

export class BlockCache {
  private readonly blocks = new Map<string, Block>();
  /** The blocks of each country asked for ("" for none: they take every country's reports). */
  private readonly byCountry = new Map<string, Set<string>>();
  private readonly rows = new Map<string, ReportRow>();
  private readonly dataVersion: Database.Statement;
  private version: number | null = null;

  constructor(db: Database.Database) {
    this.dataVersion = db.prepare("PRAGMA data_version").pluck();
  }

  /** Called once a write transaction has begun: forgets everything if another connection has committed since. */
  checkOthersWrites(): void {
    const version = this.dataVersion.get() as number;
    if (version !== this.version) this.clear();
    this.version = version;
  }

  /** Forgets everything (a rollback may have undone writes the blocks were kept up to date with). */
  clear(): void {
    this.blocks.clear();
    this.byCountry.clear();
    this.rows.clear();
  }

  /** The rows of a block kept, or null; the rows are shared, never to be changed. */
  get(query: BlockQuery): ReportRow[] | null {
    const key = keyOf(query);
    const block = this.blocks.get(key);
    if (!block) return null;
    // Most recently used last, so that the first is the one to drop.
    this.blocks.delete(key);
    this.blocks.set(key, block);
    return block.ids.map((id) => this.rows.get(id)!);
  }

  /** Keeps a block as SQLite answered it. */
  put(query: BlockQuery, rows: readonly ReportRow[]): void {
    if (this.rows.size + rows.length > MAX_ROWS) this.clear();
    const key = keyOf(query);
    this.forget(key);
    for (const row of rows) this.rows.set(row.id, row);
    this.blocks.set(key, { query, bounds: boundsOf(query), ids: rows.map((r) => r.id) });
    const country = query.country ?? "";
    let keys = this.byCountry.get(country);
    if (!keys) this.byCountry.set(country, (keys = new Set()));
    keys.add(key);
    if (this.blocks.size > MAX_BLOCKS) this.forget(this.blocks.keys().next().value!);
  }

  /** A report was written: it joins the kept blocks it falls in. */
  added(report: ReportInsert): void {
    const row: ReportRow = { id: report.id, event_id: report.event_id, article_id: report.article_id, data: report.data };
    // A report of no country is in every country's blocks; one of a country, in its own and in those of none.
    const keys = report.country === null ? [...this.byCountry.values()] : [this.byCountry.get(report.country), this.byCountry.get("")];
    for (const set of keys) {
      for (const key of set ?? []) {
        const block = this.blocks.get(key)!;
        if (!inBlock(block.query, report, block.bounds)) continue;
        block.ids.push(row.id);
        this.rows.set(row.id, row);
      }
    }
  }

  /** A report now belongs to another event. */
  eventChanged(reportId: string, eventId: string): void {
    const row = this.rows.get(reportId);
    if (row) this.rows.set(reportId, { ...row, event_id: eventId });
  }

  private forget(key: string): void {
    const block = this.blocks.get(key);
    if (!block) return;
    this.blocks.delete(key);
    this.byCountry.get(block.query.country ?? "")?.delete(key);
  }
}
