/**
 * The export formats, one table for the CLI (`sitrep export --format`) and the API
 * (`GET /api/export?format=`): what each is called, its media type, and how it is written.
 */

import type { EventFilter, Store } from "../storage/store.ts";
import { acledCsv, acledRow, incompleteReasons, type AcledContext, type IncompleteReason } from "./acled-csv.ts";
import type { ActorFacts } from "./acled-codes.ts";
import { eventFeatureCollection } from "./export-geojson.ts";
import { exportEvent, exportJson } from "./export-json.ts";

export const EXPORT_FORMATS = ["json", "jsonl", "geojson", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: "application/json",
  jsonl: "application/x-ndjson",
  geojson: "application/geo+json",
  csv: "text/csv; charset=utf-8",
};

export const EXPORT_DESCRIPTIONS: Record<ExportFormat, string> = {
  json: "Sitrep JSON: events with sources, evidence and claims, their links, the actor registry, numeric claims and quotes",
  jsonl: "JSON Lines: one event a line, in the Sitrep JSON event shape",
  geojson: "GeoJSON FeatureCollection: a point per event with flat properties (null geometry when unlocated)",
  csv: "CSV with ACLED's columns (event_id_cnty … timestamp)",
};

/** The outlets of the articles and the registry's actors, read once for a whole CSV export. */
async function acledContext(store: Store, articleIds: Iterable<string>): Promise<AcledContext> {
  const outlets = new Map<string, string | null>();
  for (const id of new Set(articleIds)) outlets.set(id, (await store.getArticle(id))?.outlet ?? null);
  const registry = await store.listActors();
  const actors = new Map<string, ActorFacts>();
  for (const a of registry.actors) {
    for (const name of [a.name, ...a.aliases]) actors.set(name.toLowerCase(), { kind: a.kind, country: a.country, affiliated: false });
  }
  return {
    outletOf: (id) => outlets.get(id) ?? null,
    actorByName: (name) => actors.get(name.toLowerCase()) ?? null,
    timestamp: Math.floor(Date.now() / 1000),
  };
}

/** Options of an export beyond the filter. */
export interface ExportOptions {
  /** CSV: keep events ACLED would not have (no date, actor1 or country); by default they are left out. */
  includeIncomplete?: boolean;
  /** CSV: told how many events were left out, by reason (an event may have several), when any were. */
  onLeftOut?: (count: number, byReason: Partial<Record<IncompleteReason, number>>) => void;
}

/** The events the filter selects, written in `format`. */
export async function writeExport(
  store: Store,
  format: ExportFormat,
  filter: EventFilter = {},
  options: ExportOptions = {},
): Promise<string> {
  if (format === "json") return JSON.stringify(await exportJson(store, filter), null, 2) + "\n";
  const events = await store.listEvents(filter);
  switch (format) {
    case "jsonl":
      return events.map((e) => JSON.stringify(exportEvent(e)) + "\n").join("");
    case "geojson":
      return JSON.stringify(eventFeatureCollection(events)) + "\n";
    case "csv": {
      const kept = options.includeIncomplete ? events : events.filter((e) => incompleteReasons(e).length === 0);
      if (kept.length < events.length) {
        const byReason: Partial<Record<IncompleteReason, number>> = {};
        for (const e of events) for (const r of incompleteReasons(e)) byReason[r] = (byReason[r] ?? 0) + 1;
        options.onLeftOut?.(events.length - kept.length, byReason);
      }
      const context = await acledContext(
        store,
        kept.flatMap((e) => e.sources.map((s) => s.article)),
      );
      return acledCsv(kept.map((e) => acledRow(e, context)));
    }
  }
}
