/**
 * Counting events by period and by map cell, the same on every adapter: the period and cell of
 * one event (what the adapters' SQL computes too), and the whole summary over a list of events,
 * for filters that SQL alone cannot decide (a piece of an actor's name, words of the articles).
 */

import type { StoredEvent } from "../../core/model.ts";
import type { EventSummary, EventSummaryRequest, SummaryPeriod } from "../store.ts";

/** The first day of the period holding `day` (YYYY-MM-DD); weeks start on Monday, as ISO's do. */
export function periodStart(day: string, period: SummaryPeriod): string {
  switch (period) {
    case "day":
      return day.slice(0, 10);
    case "month":
      return `${day.slice(0, 7)}-01`;
    case "year":
      return `${day.slice(0, 4)}-01-01`;
    case "week": {
      const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
      if (Number.isNaN(d.getTime())) return day.slice(0, 10);
      const back = (d.getUTCDay() + 6) % 7;
      d.setUTCDate(d.getUTCDate() - back);
      return d.toISOString().slice(0, 10);
    }
  }
}

/** A cell's key: its row from 90°S and column from 180°W, `size` degrees each. */
export function cellKey(lat: number, lon: number, size: number): string {
  return `${Math.floor((lat + 90) / size)}:${Math.floor((lon + 180) / size)}`;
}

/** The smallest cell the store counts by: finer than any map needs, and it keeps the answer bounded. */
export const MIN_CELL_DEGREES = 0.001;

/** The summary of events already filtered (every one of them counts). */
export function summarizeListed(events: readonly StoredEvent[], request: EventSummaryRequest): EventSummary {
  const periods = new Map<string, number>();
  const cells = new Map<string, { lat: number; lon: number; count: number }>();
  const countries = new Map<string, number>();
  let undated = 0;
  let located = 0;
  for (const e of events) {
    const country = e.location?.country;
    if (request.countries && country) countries.set(country, (countries.get(country) ?? 0) + 1);
    if (!e.date) undated++;
    else if (request.period) {
      const start = periodStart(e.date, request.period);
      periods.set(start, (periods.get(start) ?? 0) + 1);
    }
    const lat = e.location?.lat;
    const lon = e.location?.lon;
    if (lat == null || lon == null) continue;
    located++;
    if (request.cellDegrees) {
      const key = cellKey(lat, lon, request.cellDegrees);
      const cell = cells.get(key) ?? { lat: 0, lon: 0, count: 0 };
      // Sums first; divided into means below.
      cell.lat += lat;
      cell.lon += lon;
      cell.count++;
      cells.set(key, cell);
    }
  }
  return {
    total: events.length,
    undated,
    located,
    periods: [...periods].sort(([a], [b]) => (a < b ? -1 : 1)).map(([start, count]) => ({ start, count })),
    cells: [...cells.values()].map((c) => ({ lat: c.lat / c.count, lon: c.lon / c.count, count: c.count })),
    countries: [...countries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([country, count]) => ({ country, count })),
  };
}
