/**
 * The listing requests the latency benchmark makes, one kind per filter of `GET /api/events`, with
 * parameters drawn as a user's would be (a month of dates, a country, a map box around a town, a
 * town, group or word to search for), and what each must return, decided independently of the
 * store's SQL so that the bulk-loaded store can be checked against it.
 */
import type { StoredEvent } from "../src/core/model.ts";
import { pickTheatre, zipf } from "./conflict-theatres.ts";
import type { IncidentSpace } from "./synthetic-events.ts";
import { createRandom } from "./synthetic-corpus.ts";

export const FILTER_KINDS = ["none", "dates", "country", "bbox", "q"] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

export const FILTER_LABELS: Record<FilterKind, string> = {
  none: "no filter",
  dates: "date range (since/until, 30 days)",
  country: "country",
  bbox: "bounding box (0.5° to 4° wide)",
  q: "free text (q: a town, group or word)",
};

export interface ListingQuery {
  kind: FilterKind;
  params: Record<string, string>;
}

const WORDS = ["convoy", "checkpoint", "market", "roadside bomb", "kidnapped", "shelled", "mosque", "students"];
const DAY_MS = 86_400_000;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** `n` requests of one kind, the same for the same seed. */
export function listingQueries(space: IncidentSpace, kind: FilterKind, n: number, seed: number): ListingQuery[] {
  const random = createRandom(seed);
  const queries: ListingQuery[] = [];
  for (let i = 0; i < n; i++) {
    const theatre = pickTheatre(random, space.theatres);
    const town = theatre.towns[zipf(random, theatre.towns.length)]!;
    let params: Record<string, string> = {};
    if (kind === "dates") {
      const since = Date.parse(space.firstDay) + Math.floor(random() * (space.days - 30)) * DAY_MS;
      params = { since: new Date(since).toISOString().slice(0, 10), until: new Date(since + 29 * DAY_MS).toISOString().slice(0, 10) };
    } else if (kind === "country") params = { country: theatre.country };
    else if (kind === "bbox") {
      const h = [0.25, 0.5, 1, 2][Math.floor(random() * 4)]!;
      const box = [
        clamp(town.lon - h, -180, 180),
        clamp(town.lat - h, -90, 90),
        clamp(town.lon + h, -180, 180),
        clamp(town.lat + h, -90, 90),
      ];
      params = { bbox: box.map((x) => x.toFixed(3)).join(",") };
    } else if (kind === "q") {
      const which = i % 3;
      params = {
        q:
          which === 0
            ? town.written
            : which === 1
              ? theatre.groups[zipf(random, theatre.groups.length)]!.written
              : WORDS[Math.floor(random() * WORDS.length)]!,
      };
    }
    queries.push({ kind, params });
  }
  return queries;
}

/** The request's path with its parameters (and any others, such as limit or cursor). */
export function queryPath(query: ListingQuery, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams({ ...query.params, ...extra }).toString();
  return `/api/events${search ? `?${search}` : ""}`;
}

/** Whether the event passes the query's filter, as the API documents the filter. */
export function matches(e: StoredEvent, query: ListingQuery): boolean {
  const p = query.params;
  switch (query.kind) {
    case "none":
      return true;
    case "dates":
      return e.date !== null && (e.date_end ?? e.date) >= p["since"]! && e.date <= p["until"]!;
    case "country":
      return e.location?.country === p["country"];
    case "bbox": {
      const [w, s, east, n] = p["bbox"]!.split(",").map(Number) as [number, number, number, number];
      const { lat, lon } = e.location ?? { lat: null, lon: null };
      return lat !== null && lon !== null && lat >= s && lat <= n && lon >= w && lon <= east;
    }
    case "q": {
      const needle = p["q"]!.toLowerCase();
      const texts = [e.location?.name, e.actor1, e.actor2, ...e.sources.flatMap((src) => src.evidence.map((ev) => ev.text))];
      return texts.some((t) => t != null && t.toLowerCase().includes(needle));
    }
  }
}

/** Events in listing order: by date (undated first), then id, compared as code units. */
export function listingOrder(a: StoredEvent, b: StoredEvent): number {
  const ka = a.date ?? "";
  const kb = b.date ?? "";
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
