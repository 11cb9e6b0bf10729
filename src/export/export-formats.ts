/**
 * The export formats, one table for the CLI (`sitrep export --format`) and the API
 * (`GET /api/export?format=`): what each is called, its media type, and how it is written.
 */

import type { EventFilter, Store } from "../storage/store.ts";
import type { IncompleteReason } from "./acled-csv.ts";
import { csvExport, type LeftOut } from "./csv-export.ts";
import { geoJsonExport } from "./export-geojson.ts";
import { jsonExport, jsonLinesExport } from "./export-json.ts";

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

/** Options of an export beyond the filter. */
export interface ExportOptions {
  /** CSV: keep events ACLED would not have (no date, actor1 or country); by default they are left out. */
  includeIncomplete?: boolean;
  /** CSV: told, once the last row is written, how many events were left out, by reason (an event may have several), when any were. */
  onLeftOut?: (count: number, byReason: Partial<Record<IncompleteReason, number>>) => void;
  /** Events read from the store at a time (see `eventPages`). */
  pageSize?: number;
}

/**
 * The events the filter selects, written in `format`, a chunk at a time as the store's cursor
 * reads them: memory holds a page of events, not the export. The first chunk comes once the first
 * page is read (a failure before it is a failure of the whole export); a failure after it ends
 * the chunks with an error, the export written so far incomplete.
 */
export function exportChunks(
  store: Store,
  format: ExportFormat,
  filter: EventFilter = {},
  options: ExportOptions = {},
): AsyncGenerator<string, void, undefined> {
  switch (format) {
    case "json":
      return jsonExport(store, filter, options.pageSize);
    case "jsonl":
      return jsonLinesExport(store, filter, options.pageSize);
    case "geojson":
      return geoJsonExport(store, filter, options.pageSize);
    case "csv": {
      const { includeIncomplete, onLeftOut, pageSize } = options;
      return csvExport(store, filter, {
        ...(includeIncomplete !== undefined ? { includeIncomplete } : {}),
        ...(onLeftOut ? { onLeftOut: (leftOut: LeftOut) => onLeftOut(leftOut.count, leftOut.byReason) } : {}),
        ...(pageSize !== undefined ? { pageSize } : {}),
      });
    }
  }
}

/** The whole export as one text, for small stores and tests; streaming callers use `exportChunks`. */
export async function writeExport(
  store: Store,
  format: ExportFormat,
  filter: EventFilter = {},
  options: ExportOptions = {},
): Promise<string> {
  let text = "";
  for await (const chunk of exportChunks(store, format, filter, options)) text += chunk;
  return text;
}
