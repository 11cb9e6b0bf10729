import type { StoredEvent } from "../../core/model.ts";
import { eventFilterColumns } from "../shared/event-filter-columns.ts";

/**
 * An event as a row of `events`: the columns listings and blocking read, beside its JSON. One
 * place, so that every writer (the store, a bulk loader) fills them alike.
 */
export function eventColumns(event: StoredEvent, now: string) {
  return {
    id: event.id,
    type: event.type,
    date_start: event.date,
    date_end: event.date_end ?? event.date,
    country: event.location?.country ?? null,
    actor1: event.actor1,
    actor2: event.actor2,
    lat: event.location?.lat ?? null,
    lon: event.location?.lon ?? null,
    ...eventFilterColumns(event),
    data: JSON.stringify(event),
    now,
  };
}
