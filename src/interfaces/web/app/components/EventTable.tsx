/** Events as rows, in the order the server pages them; a row's link opens the event (the keyboard's way to every event). */

import type { ApiEvent } from "../api-types.ts";
import { colourOf, formatDeaths, typeLabel } from "../event-style.ts";
import { hrefOf, type ViewState } from "../view-state.ts";

interface Props {
  events: readonly ApiEvent[];
  state: ViewState;
  selected: string | null;
  onSelect?: (id: string) => void;
  /** Drops the view's filters: offered beside an empty list when given. */
  onClearFilters?: () => void;
}

function place(e: ApiEvent): string {
  if (!e.location) return "—";
  return [e.location.name, e.location.country].filter(Boolean).join(", ");
}

export function EventTable({ events, state, selected, onSelect, onClearFilters }: Props) {
  const rows = events;
  if (rows.length === 0)
    return (
      <p class="empty" data-testid="no-events">
        {onClearFilters ? "No events match these filters." : "No events yet."}
        {onClearFilters && (
          <button type="button" class="link-button" onClick={onClearFilters}>
            Clear filters
          </button>
        )}
      </p>
    );
  return (
    <table class="event-table" data-testid="event-table">
      <thead>
        <tr>
          <th>Date</th>
          <th>Type</th>
          <th>Place</th>
          <th>Actors</th>
          <th class="num">Deaths</th>
          <th class="num">Sources</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id} class={e.id === selected ? "selected" : ""} data-event={e.id} onMouseEnter={() => onSelect?.(e.id)}>
            <td class="nowrap">{e.date ?? "undated"}</td>
            <td>
              <i class="swatch" style={{ background: colourOf(e.type) }} />
              <a href={hrefOf({ page: "event", id: e.id }, state)}>{typeLabel(e.type)}</a>
              {e.status === "reviewed" && <span class="badge">reviewed</span>}
            </td>
            <td>{place(e)}</td>
            <td>{[e.actor1, e.actor2].filter(Boolean).join(" → ") || "—"}</td>
            <td class="num">{formatDeaths(e.fatalities)}</td>
            <td class="num">{e.independent_sources}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
