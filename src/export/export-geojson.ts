/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): a point per located event, with flat
 * properties so that GIS tools (QGIS, ArcGIS, kepler.gl) show them as attribute columns. An event
 * without coordinates is a feature with a null geometry, so nothing is silently dropped.
 */

import { EVENT_TYPE_LABELS, familyOf } from "../core/event-types.ts";
import type { StoredEvent } from "../core/model.ts";
import { eventPages } from "../storage/event-cursor.ts";
import { CHUNK_CHARS } from "./chunk-size.ts";
import type { EventFilter, Store } from "../storage/store.ts";

export interface GeoJsonFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | null;
  properties: Record<string, string | number | boolean | null>;
}

export function eventFeature(e: StoredEvent): GeoJsonFeature {
  const located = e.location?.lat != null && e.location.lon != null;
  return {
    type: "Feature",
    id: e.id,
    // RFC 7946 orders coordinates longitude first.
    geometry: located ? { type: "Point", coordinates: [e.location!.lon!, e.location!.lat!] } : null,
    properties: {
      id: e.id,
      type: e.type,
      event_type: EVENT_TYPE_LABELS[familyOf(e.type)],
      date: e.date,
      date_end: e.date_end,
      date_precision: e.date_precision,
      place: e.location?.name ?? null,
      admin1: e.location?.admin1 ?? null,
      country: e.location?.country ?? null,
      place_precision: e.location?.precision ?? null,
      actor1: e.actor1,
      actor2: e.actor2,
      fatalities_min: e.fatalities?.min ?? null,
      fatalities_max: e.fatalities?.max ?? null,
      injured: e.injured,
      sources: e.sources.length,
      independent_sources: e.independent_sources,
      articles: e.sources.map((s) => s.article).join(";"),
      disagreements: (e.disagreements ?? []).join(";"),
      status: e.status,
      version: e.version,
    },
  };
}

export function eventFeatureCollection(events: readonly StoredEvent[]): { type: "FeatureCollection"; features: GeoJsonFeature[] } {
  return { type: "FeatureCollection", features: events.map(eventFeature) };
}

/**
 * The FeatureCollection as `JSON.stringify(eventFeatureCollection(events))` writes it, on one line,
 * a chunk per page of events from the store's cursor or per `CHUNK_CHARS` written.
 */
export async function* geoJsonExport(store: Store, filter: EventFilter = {}, pageSize?: number): AsyncGenerator<string, void, undefined> {
  let chunk = '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const page of eventPages(store, filter, pageSize)) {
    for (const e of page) {
      chunk += (first ? "" : ",") + JSON.stringify(eventFeature(e));
      first = false;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
    chunk = "";
  }
  yield `${chunk}]}\n`;
}
