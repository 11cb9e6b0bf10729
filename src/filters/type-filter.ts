/**
 * The event types a user names in a filter (`--type`): a sub-event slug ("air_drone_strike"),
 * ACLED's sub-event label ("Air/drone strike"), or ACLED's event type ("Battles", "Explosions/Remote
 * violence"), which stands for all its sub-events; several may be given separated by commas.
 */

import { EVENT_FAMILIES, EVENT_TYPE_LABELS, SUB_EVENT_LABELS, type EventFamily, type EventType } from "../core/event-types.ts";

/** Labels compare without case, and a slug's underscores as spaces ("armed clash", "Armed_Clash"). */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
}

let index: Map<string, readonly EventType[]> | null = null;

function load(): Map<string, readonly EventType[]> {
  if (index) return index;
  index = new Map();
  for (const [family, types] of Object.entries(EVENT_FAMILIES) as Array<[EventFamily, readonly EventType[]]>) {
    index.set(key(EVENT_TYPE_LABELS[family]), types);
    index.set(key(family), types);
    for (const t of types) {
      index.set(key(t), [t]);
      index.set(key(SUB_EVENT_LABELS[t]), [t]);
    }
  }
  return index;
}

/** The sub-event types `text` names (one, a family, or a comma-separated list of either), or null when any part names none. */
export function resolveTypes(text: string): EventType[] | null {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const found = new Set<EventType>();
  for (const part of parts) {
    const types = load().get(key(part));
    if (!types) return null;
    types.forEach((t) => found.add(t));
  }
  return [...found];
}

/** What a type filter accepts: every event type with its sub-events, as label (slug). */
export function typeFilterHelp(): string {
  const lines = (Object.entries(EVENT_FAMILIES) as Array<[EventFamily, readonly EventType[]]>).map(
    ([family, types]) => `  ${EVENT_TYPE_LABELS[family]}: ${types.map((t) => `${SUB_EVENT_LABELS[t]} (${t})`).join(", ")}`,
  );
  return ["an event type (all its sub-events), a sub-event label or a slug, or several separated by commas:", ...lines].join("\n");
}
