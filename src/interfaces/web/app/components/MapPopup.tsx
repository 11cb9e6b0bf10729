/** The events of a marker or of one place's bubble, listed over the map (a dozen at most, then how many more). */

import type { ApiEvent } from "../api-types.ts";
import { formatDeaths, typeLabel } from "../event-style.ts";
import { hrefOf, type ViewState } from "../view-state.ts";

/** How many events the popup lists before saying how many more there are. */
const LISTED = 12;

interface Props {
  /** Where it opens, in the map's pixels, and the events it lists. */
  popup: { x: number; y: number; ids: readonly string[] };
  byId: ReadonlyMap<string, ApiEvent>;
  state: ViewState;
  /** The map's width: the popup stays inside it. */
  width: number;
  onClose: () => void;
}

export function MapPopup({ popup, byId, state, width, onClose }: Props) {
  return (
    <div class="map-popup" style={{ left: `${Math.min(popup.x + 12, width - 260)}px`, top: `${Math.max(popup.y - 12, 4)}px` }}>
      <button class="popup-close" aria-label="close" onClick={onClose}>
        ×
      </button>
      {popup.ids.slice(0, LISTED).map((id) => {
        const e = byId.get(id);
        if (!e) return null;
        return (
          <div key={id} class="popup-event">
            <a href={hrefOf({ page: "event", id }, state)}>
              {typeLabel(e.type)} — {e.location?.name ?? "unplaced"}
            </a>
            <div class="muted">
              {e.date ?? "undated"} · deaths {formatDeaths(e.fatalities)} · {e.sources.length} source{e.sources.length === 1 ? "" : "s"}
            </div>
          </div>
        );
      })}
      {popup.ids.length > LISTED && <div class="muted">and {popup.ids.length - LISTED} more</div>}
    </div>
  );
}
