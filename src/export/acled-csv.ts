/**
 * Events as ACLED's CSV: the same column names in the same order, so that tools built for ACLED
 * data read Sitrep's. What Sitrep does not record (assoc_actor_*, admin2, admin3, source_scale)
 * is left empty; `tags` carries Sitrep's own id, source count and review status.
 */

import { stringify } from "csv-stringify/sync";
import { EVENT_TYPE_LABELS, familyOf, SUB_EVENT_LABELS } from "../core/event-types.ts";
import type { ActorValue, StoredEvent } from "../core/model.ts";
import { disorderType, geoPrecision, interaction, interCode, timePrecision, type ActorFacts } from "./acled-codes.ts";
import { countryFacts } from "./country-facts.ts";

export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number>;

/** What a row needs beyond the event: its sources' outlets, and what is known of an actor by name. */
export interface AcledContext {
  outletOf(articleId: string): string | null;
  actorByName(name: string): ActorFacts | null;
  /** Seconds since 1970 of the export, ACLED's `timestamp` (when the record was last written). */
  timestamp: number;
}

/** The actor as its sources described it (kind, country, affiliation), else as the registry knows it. */
function actorFacts(e: StoredEvent, field: "actor1" | "actor2", context: AcledContext): ActorFacts | null {
  const name = e[field];
  if (!name) return null;
  const claimed = e.claims?.[field]?.map((c) => c.value as ActorValue).find((v) => v && v.name === name);
  if (claimed) return { kind: claimed.kind, country: claimed.country, affiliated: Boolean(claimed.affiliation) };
  return context.actorByName(name);
}

/** The incident's own words: its first source's evidence sentences, as ACLED's notes summarise an event. */
function notesOf(e: StoredEvent): string {
  const text = (e.sources[0]?.evidence ?? []).map((s) => s.text.trim()).join(" ");
  return text.length > 600 ? `${text.slice(0, 597)}...` : text;
}

export function acledRow(e: StoredEvent, context: AcledContext): AcledRow {
  const country = countryFacts(e.location?.country ?? null);
  const a1 = actorFacts(e, "actor1", context);
  const a2 = actorFacts(e, "actor2", context);
  const inter1 = interCode(a1, e.location?.country ?? null);
  const inter2 = interCode(a2, e.location?.country ?? null);
  const outlets = [...new Set(e.sources.flatMap((s) => context.outletOf(s.article) ?? []))];
  const deaths = e.fatalities?.min ?? e.fatalities?.max ?? 0;
  return {
    // ACLED's ids are the country's letters and a number; Sitrep's hexadecimal id keeps the row traceable.
    event_id_cnty: `${country?.iso3 ?? "XXX"}${e.id.replace(/^ev_/, "")}`,
    event_date: e.date ?? "",
    year: e.date ? Number(e.date.slice(0, 4)) : "",
    time_precision: timePrecision(e.date_precision) ?? "",
    disorder_type: disorderType(e.type),
    event_type: EVENT_TYPE_LABELS[familyOf(e.type)],
    sub_event_type: SUB_EVENT_LABELS[e.type],
    actor1: e.actor1 ?? "",
    assoc_actor_1: "",
    inter1: inter1 ?? "",
    actor2: e.actor2 ?? "",
    assoc_actor_2: "",
    inter2: inter2 ?? "",
    interaction: interaction(inter1, inter2),
    civilian_targeting: a2?.kind === "civilians" && familyOf(e.type) !== "strategic" ? "Civilian targeting" : "",
    iso: country?.numeric ?? "",
    region: country?.region ?? "",
    country: country?.name ?? "",
    admin1: e.location?.admin1 ?? "",
    admin2: "",
    admin3: "",
    location: e.location?.name ?? "",
    latitude: e.location?.lat ?? "",
    longitude: e.location?.lon ?? "",
    geo_precision: geoPrecision(e.location?.precision ?? null) ?? "",
    source: outlets.join("; "),
    source_scale: "",
    notes: notesOf(e),
    fatalities: deaths,
    tags: [`sitrep_id=${e.id}`, `sources=${e.independent_sources}`, e.status === "reviewed" ? "reviewed" : "machine-coded"].join("; "),
    timestamp: context.timestamp,
  };
}

/** The rows as CSV text, with a header line; fields quoted where they need it (RFC 4180). */
export function acledCsv(rows: readonly AcledRow[]): string {
  return stringify(rows as AcledRow[], { header: true, columns: [...ACLED_COLUMNS], record_delimiter: "\r\n" });
}
