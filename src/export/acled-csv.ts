/**
 * Events as ACLED's CSV: the same column names in the same order and ACLED's own vocabulary (its
 * 2024 codebook: actor types and interactions as text, its country names and actor names, admin1
 * without "State" or "Province", a week or month dated on its middle day, one most-conservative
 * fatality count), so that tools built for ACLED data read Sitrep's and its rows join ACLED's.
 * What Sitrep does not record (assoc_actor_*, admin2, admin3, source_scale) is left empty; `tags`
 * carries Sitrep's own id, source count and review status.
 *
 * ACLED never has an event without a date, an actor or a country: such an event is *incomplete*,
 * and the export leaves it out unless asked to keep it.
 */

import { stringify } from "csv-stringify/sync";
import { admin1WithoutKind } from "../core/admin1-name.ts";
import { EVENT_TYPE_LABELS, familyOf, SUB_EVENT_LABELS } from "../core/event-types.ts";
import type { ActorValue, StoredEvent } from "../core/model.ts";
import { actorType, disorderType, geoPrecision, interaction, timePrecision, type ActorFacts } from "./acled-codes.ts";
import { acledEventDate } from "./acled-date.ts";
import { acledActorName, acledCountryName } from "./acled-names.ts";
import { acledNote } from "./acled-notes.ts";
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

/** The columns ACLED fills with whole numbers on every row. */
export const ACLED_INTEGER_COLUMNS = ["year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp"] as const;

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number>;

/** What a row needs beyond the event: its sources' outlets, and what is known of an actor by name. */
export interface AcledContext {
  outletOf(articleId: string): string | null;
  actorByName(name: string): ActorFacts | null;
  /** Seconds since 1970 of the export, ACLED's `timestamp` (when the record was last written). */
  timestamp: number;
}

/** Why an event cannot be an ACLED row as it stands. */
export type IncompleteReason = "without a date" | "without actor1" | "without a country";

/** What the event lacks that every ACLED row has; empty when it is complete. */
export function incompleteReasons(e: StoredEvent): IncompleteReason[] {
  const reasons: IncompleteReason[] = [];
  if (!e.date) reasons.push("without a date");
  if (!e.actor1) reasons.push("without actor1");
  if (!e.location?.country) reasons.push("without a country");
  return reasons;
}

/** The actor as its sources described it (kind, country, affiliation), else as the registry knows it. */
function actorFacts(e: StoredEvent, field: "actor1" | "actor2", context: AcledContext): ActorFacts | null {
  const name = e[field];
  if (!name) return null;
  const claimed = e.claims?.[field]?.map((c) => c.value as ActorValue).find((v) => v && v.name === name);
  if (claimed) return { kind: claimed.kind, country: claimed.country, affiliated: Boolean(claimed.affiliation) };
  return context.actorByName(name);
}

/**
 * ACLED's single, most conservative figure: the lower end of the range sources give (vague words
 * were already read at their floor: "dozens" 12, "hundreds" 100), the upper end when only that is
 * known, 0 when no source gives a number.
 */
export function acledFatalities(e: StoredEvent): number {
  return e.fatalities?.min ?? e.fatalities?.max ?? 0;
}

export function acledRow(e: StoredEvent, context: AcledContext): AcledRow {
  const iso2 = e.location?.country ?? null;
  const country = countryFacts(iso2);
  const countryName = acledCountryName(iso2);
  const f1 = actorFacts(e, "actor1", context);
  const f2 = actorFacts(e, "actor2", context);
  const type1 = actorType(e.actor1, f1, iso2);
  const type2 = actorType(e.actor2, f2, iso2);
  const actor1 = e.actor1 ? acledActorName(e.actor1, f1, e.type) : "";
  const actor2 = e.actor2 ? acledActorName(e.actor2, f2, e.type) : "";
  const outlets = [...new Set(e.sources.flatMap((s) => context.outletOf(s.article) ?? []))];
  const date = e.date ? acledEventDate(e.date, e.date_precision, e.date_end) : "";
  const admin1 = e.location?.admin1 ? admin1WithoutKind(e.location.admin1) : "";
  const location = e.location?.name ?? "";
  const deaths = acledFatalities(e);
  return {
    // ACLED's ids are the country's letters and a number; Sitrep's hexadecimal id keeps the row traceable.
    event_id_cnty: `${country?.iso3 ?? "XXX"}${e.id.replace(/^ev_/, "")}`,
    event_date: date,
    year: date ? Number(date.slice(0, 4)) : "",
    time_precision: timePrecision(e.date_precision) ?? "",
    disorder_type: disorderType(e.type),
    event_type: EVENT_TYPE_LABELS[familyOf(e.type)],
    sub_event_type: SUB_EVENT_LABELS[e.type],
    actor1,
    assoc_actor_1: "",
    inter1: type1 ?? "",
    actor2,
    assoc_actor_2: "",
    inter2: type2 ?? "",
    interaction: interaction(type1, type2),
    civilian_targeting: type2 === "Civilians" && familyOf(e.type) !== "strategic" ? "Civilian targeting" : "",
    iso: country?.numeric ?? "",
    region: country?.region ?? "",
    country: countryName,
    admin1,
    admin2: "",
    admin3: "",
    // A place known only as its province or country is named as such, as ACLED does.
    location: e.location?.precision === "admin1" && admin1 ? admin1 : location,
    latitude: e.location?.lat ?? "",
    longitude: e.location?.lon ?? "",
    geo_precision: geoPrecision(e.location?.precision ?? null) ?? "",
    source: outlets.join("; "),
    source_scale: "",
    notes: acledNote({
      type: e.type,
      date: e.date,
      dateEnd: e.date_end,
      precision: e.date_precision,
      actor1,
      actor2,
      location: e.location?.precision === "country" ? countryName : location,
      precisionOfPlace: e.location?.precision ?? null,
      admin1,
      country: countryName,
      fatalities: e.fatalities ? deaths : null,
      evidence: e.sources.flatMap((s) => s.evidence),
    }),
    fatalities: deaths,
    tags: [`sitrep_id=${e.id}`, `sources=${e.independent_sources}`, e.status === "reviewed" ? "reviewed" : "machine-coded"].join("; "),
    timestamp: context.timestamp,
  };
}

/** The rows as CSV text, with a header line; fields quoted where they need it (RFC 4180). */
export function acledCsv(rows: readonly AcledRow[]): string {
  return stringify(rows as AcledRow[], { header: true, columns: [...ACLED_COLUMNS], record_delimiter: "\r\n" });
}
