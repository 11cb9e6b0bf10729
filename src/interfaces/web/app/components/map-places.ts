/**
 * The towns and provinces (first-level divisions) worth naming on the map: those of the events it
 * shows. A town is named where an event is placed at it (precision exact or near), at its own
 * coordinates; a province at the middle of its events. Those with more events come first.
 */

import type { ApiPlace } from "../api-types.ts";

export interface NamedPlace {
  /** Unique: kind, country, province and name. */
  key: string;
  name: string;
  lon: number;
  lat: number;
  /** How many of the events are there. */
  events: number;
}

/** Cluster zoom levels (the world 256·2^z pixels wide) from which provinces, then towns, are named. */
export const PROVINCE_NAMES_FROM_ZOOM = 4;
export const TOWN_NAMES_FROM_ZOOM = 5;

interface Gathered {
  name: string;
  lons: number[];
  lats: number[];
}

function ranked(places: Map<string, Gathered>, at: (g: Gathered) => { lon: number; lat: number }): NamedPlace[] {
  return [...places]
    .map(([key, g]) => ({ key, name: g.name, ...at(g), events: g.lons.length }))
    .sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function namedPlaces(events: ReadonlyArray<{ location: ApiPlace | null }>): { towns: NamedPlace[]; provinces: NamedPlace[] } {
  const towns = new Map<string, Gathered>();
  const provinces = new Map<string, Gathered>();
  const add = (into: Map<string, Gathered>, key: string, name: string, lon: number, lat: number) => {
    const g = into.get(key) ?? { name, lons: [], lats: [] };
    g.lons.push(lon);
    g.lats.push(lat);
    into.set(key, g);
  };
  for (const e of events) {
    const where = e.location;
    if (!where || where.lat == null || where.lon == null) continue;
    if ((where.precision === "exact" || where.precision === "near") && where.name)
      add(towns, `town ${where.country} ${where.admin1 ?? ""} ${where.name}`, where.name, where.lon, where.lat);
    if (where.admin1) add(provinces, `province ${where.country} ${where.admin1}`, where.admin1, where.lon, where.lat);
  }
  return {
    // A town's events all lie at the town: its first event's point is the town's.
    towns: ranked(towns, (g) => ({ lon: g.lons[0]!, lat: g.lats[0]! })),
    provinces: ranked(provinces, (g) => ({ lon: mean(g.lons), lat: mean(g.lats) })),
  };
}
