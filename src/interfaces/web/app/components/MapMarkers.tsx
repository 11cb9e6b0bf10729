/**
 * The map's count bubbles and event markers (markers sized by deaths and coloured by event type),
 * one stop of the Tab order (`use-map-keyboard.ts`), and the ring around the one the keyboard is on.
 */

import { eventName } from "../event-names.ts";
import { colourOf, deaths, formatDeaths, markerRadius, typeLabel } from "../event-style.ts";
import { bubbleRadius, shortCount } from "./map-bubbles.ts";
import type { CountOnScreen, MarkerOnScreen } from "./map-points.ts";
import type { MapKeyboard } from "./use-map-keyboard.ts";

interface Props {
  bubbles: readonly CountOnScreen[];
  markers: readonly MarkerOnScreen[];
  selected: string | null;
  keyboard: MapKeyboard;
  onSelect: (id: string) => void;
  /** A marker clicked at (x, y): its event opened there. */
  onOpen: (x: number, y: number, id: string) => void;
}

export function MapMarkers({ bubbles, markers, selected, keyboard, onSelect, onOpen }: Props) {
  return (
    <g class="map-markers" onKeyDown={keyboard.onKeyDown}>
      {bubbles.map((b) => (
        <g
          key={b.key}
          class="map-cluster"
          transform={`translate(${b.x},${b.y})`}
          onClick={b.open}
          data-count={b.count}
          data-key={b.key}
          role="button"
          tabIndex={b.key === keyboard.tabStop ? 0 : -1}
          aria-label={`${b.count} events here; Enter spreads them out`}
          onFocus={keyboard.onFocus(b.key)}
          onBlur={keyboard.onBlur}
        >
          <circle r={bubbleRadius(b.count)} />
          <text dy="0.35em">{shortCount(b.count)}</text>
          <title>{`${b.count} events here: click to spread them out`}</title>
        </g>
      ))}
      {markers.map(({ e, x, y }) => (
        <circle
          key={e.id}
          class={`map-marker${e.id === selected ? " selected" : ""}`}
          data-event={e.id}
          data-key={`event ${e.id}`}
          role="link"
          tabIndex={`event ${e.id}` === keyboard.tabStop ? 0 : -1}
          aria-label={eventName(e)}
          onFocus={(event) => {
            keyboard.onFocus(`event ${e.id}`)(event);
            onSelect(e.id);
          }}
          onBlur={keyboard.onBlur}
          cx={x}
          cy={y}
          r={markerRadius(deaths(e.fatalities))}
          fill={colourOf(e.type)}
          onClick={() => onOpen(x, y, e.id)}
        >
          <title>{`${typeLabel(e.type)} — ${e.location?.name ?? ""}, ${e.date ?? "undated"}; deaths ${formatDeaths(e.fatalities)}`}</title>
        </circle>
      ))}
      {keyboard.ring && (
        <g class="map-focus-ring" transform={`translate(${keyboard.ring.x},${keyboard.ring.y})`} aria-hidden="true">
          <circle class="halo" r={keyboard.ring.r + 4} />
          <circle r={keyboard.ring.r + 4} />
        </g>
      )}
    </g>
  );
}
