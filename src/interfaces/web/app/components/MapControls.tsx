/**
 * What lies over the map's corners: its buttons (fit the events, filter the view to the visible
 * area, clear that filter) and the legend of event types. Each takes a ref, so that place names
 * are kept from under them.
 */

import type { Ref } from "preact";
import { EVENT_TYPE_LABELS, FAMILY_COLOURS } from "../event-style.ts";

interface ToolsProps {
  boxRef: Ref<HTMLDivElement>;
  /** The view's area filter, if it has one. */
  bbox: string | null | undefined;
  onFit: () => void;
  onFilterToArea: () => void;
  onClearArea: () => void;
}

export function MapTools({ boxRef, bbox, onFit, onFilterToArea, onClearArea }: ToolsProps) {
  return (
    <div class="map-tools" ref={boxRef}>
      <button onClick={onFit} title="fit the events">
        Fit
      </button>
      <button onClick={onFilterToArea} title="show only events inside the visible area">
        Filter to this area
      </button>
      {bbox && (
        <button onClick={onClearArea} title={`area filter: ${bbox}`}>
          Clear area
        </button>
      )}
    </div>
  );
}

interface LegendProps {
  boxRef: Ref<HTMLUListElement>;
  /** The map draws events one by one (markers sized by deaths), not counts. */
  showsEvents: boolean;
}

export function MapLegend({ boxRef, showsEvents }: LegendProps) {
  return (
    <ul class="map-legend" aria-label="Legend" ref={boxRef}>
      {Object.entries(FAMILY_COLOURS).map(([family, colour]) => (
        <li key={family}>
          <i class="swatch" style={{ background: colour }} />
          {EVENT_TYPE_LABELS[family as keyof typeof EVENT_TYPE_LABELS]}
        </li>
      ))}
      <li class="muted">{showsEvents ? "marker size: deaths" : "numbers: events in the area"}</li>
    </ul>
  );
}
