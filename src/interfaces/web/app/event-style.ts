/** How events look on the map, the timeline and in lists: one colour per event type family. */

import {
  EVENT_FAMILIES,
  EVENT_TYPE_LABELS,
  familyOf,
  SUB_EVENT_LABELS,
  type EventFamily,
  type EventType,
} from "../../../core/event-types.ts";

export const FAMILY_COLOURS: Record<EventFamily, string> = {
  battles: "#c0392b",
  remote: "#e67e22",
  civilians: "#8e44ad",
  protests: "#2980b9",
  riots: "#16a085",
  strategic: "#7f8c8d",
};

export { EVENT_FAMILIES, EVENT_TYPE_LABELS, familyOf };

export function colourOf(type: string): string {
  return FAMILY_COLOURS[familyOf(type as EventType)];
}

/** "air_drone_strike" → "Air/drone strike", as ACLED writes its sub-event types. */
export function typeLabel(type: string): string {
  return SUB_EVENT_LABELS[type as EventType] ?? type.replace(/_/g, " ");
}

/** The best single number for a death toll range: its lower bound, which every source supports. */
export function deaths(f: { min: number | null; max: number | null } | null): number {
  return f?.min ?? f?.max ?? 0;
}

export function formatDeaths(f: { min: number | null; max: number | null } | null): string {
  if (!f || (f.min === null && f.max === null)) return "—";
  if (f.min === f.max || f.max === null) return String(f.min);
  if (f.min === null) return `≤${f.max}`;
  return `${f.min}–${f.max}`;
}

/** Marker radius in pixels: area grows with deaths, so a massacre stands out without hiding its neighbours. */
export function markerRadius(deathCount: number): number {
  return 4 + 2.2 * Math.sqrt(deathCount);
}
