/**
 * The ACLED-style CSV export, streamed: the header, then the rows of each page of events the
 * store's cursor gives, incomplete events left out (and counted) unless asked for. The actor
 * registry and the export's timestamp are read once; the outlets of a page's articles with it.
 */

import { listActors } from "../app/read-models.ts";
import { stringify } from "csv-stringify/sync";
import type { StoredEvent } from "../core/model.ts";
import { eventPages } from "../storage/event-cursor.ts";
import type { EventFilter, Store } from "../storage/store.ts";
import type { ActorFacts } from "./acled-codes.ts";
import { ACLED_COLUMNS, acledRow, incompleteReasons, type AcledContext, type IncompleteReason } from "./acled-csv.ts";

/** How many events were left out, and how many for each reason (an event may have several). */
export interface LeftOut {
  count: number;
  byReason: Partial<Record<IncompleteReason, number>>;
}

export interface CsvExportOptions {
  /** Keep events ACLED would not have (no date, actor1 or country); by default they are left out. */
  includeIncomplete?: boolean;
  /** Told, after the last row, how many events were left out, when any were. */
  onLeftOut?: (leftOut: LeftOut) => void;
  pageSize?: number;
}

const CSV_OPTIONS = { columns: [...ACLED_COLUMNS], record_delimiter: "\r\n" } as const;

/** What is known of the registry's actors by name, and the export's time: read once for a whole export. */
async function exportFacts(store: Store): Promise<Omit<AcledContext, "outletOf">> {
  // Names, kinds and countries only: the actors' articles would be most of the registry's memory.
  const registry = await listActors(store, { articles: false });
  const actors = new Map<string, ActorFacts>();
  for (const a of registry.actors) {
    for (const name of [a.name, ...a.aliases]) actors.set(name.toLowerCase(), { kind: a.kind, country: a.country, affiliated: false });
  }
  return { actorByName: (name) => actors.get(name.toLowerCase()) ?? null, timestamp: Math.floor(Date.now() / 1000) };
}

/** The outlets of the articles of these events, read together (an article read one by one would be a query per row). */
async function outletsOf(store: Store, events: readonly StoredEvent[]): Promise<Map<string, string | null>> {
  const ids = new Set<string>();
  for (const e of events) for (const s of e.sources) ids.add(s.article);
  return store.articleOutlets([...ids]);
}

/** Counts an incomplete event's reasons into `leftOut`; true when it is complete. */
function tally(e: StoredEvent, leftOut: LeftOut): boolean {
  const reasons = incompleteReasons(e);
  if (reasons.length === 0) return true;
  leftOut.count++;
  for (const r of reasons) leftOut.byReason[r] = (leftOut.byReason[r] ?? 0) + 1;
  return false;
}

/** The CSV, a chunk per page of events: the header with the first page's rows, then a page's rows each. */
export async function* csvExport(
  store: Store,
  filter: EventFilter = {},
  options: CsvExportOptions = {},
): AsyncGenerator<string, void, undefined> {
  const facts = await exportFacts(store);
  const leftOut: LeftOut = { count: 0, byReason: {} };
  let header = stringify([], { ...CSV_OPTIONS, header: true });
  for await (const page of eventPages(store, filter, options.pageSize)) {
    const kept = options.includeIncomplete ? page : page.filter((e) => tally(e, leftOut));
    const outlets = await outletsOf(store, kept);
    const context: AcledContext = { ...facts, outletOf: (id) => outlets.get(id) ?? null };
    const rows = kept.map((e) => acledRow(e, context));
    yield header + (rows.length > 0 ? stringify(rows, { ...CSV_OPTIONS, header: false }) : "");
    header = "";
  }
  if (header) yield header;
  if (leftOut.count > 0) options.onLeftOut?.(leftOut);
}

/** How many events the CSV would leave out, counted over the store's cursor before a row is written (an HTTP header must come first). */
export async function countLeftOut(store: Store, filter: EventFilter = {}, pageSize?: number): Promise<LeftOut> {
  const leftOut: LeftOut = { count: 0, byReason: {} };
  for await (const page of eventPages(store, filter, pageSize)) for (const e of page) tally(e, leftOut);
  return leftOut;
}
