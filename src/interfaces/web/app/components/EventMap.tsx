/**
 * The events on a map drawn from country shapes (no tile server, so it works offline). The map
 * asks the server about the area it shows: where that holds many events, their counts per cell
 * (drawn as bubbles); where few, the events themselves (markers sized by deaths and coloured by
 * event type). Bubbles are clustered again on screen so that none overlaps another. Pan and zoom
 * with the mouse; the visible area can become the view's bounding-box filter. The markers and
 * bubbles are one stop of the Tab order, moved among with the arrow keys (`use-map-keyboard.ts`);
 * Enter opens an event or spreads a bubble out. Towns, provinces and countries are named where
 * their names fit (`map-names.ts`, `map-labels.ts`). While the events load, or when they cannot,
 * the map says so. What is drawn where is worked out in `map-points.ts`; the markers, the popup
 * and the controls over the map are components of their own.
 */

import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { getSummary, listEventPage } from "../api.ts";
import type { ApiEvent, ApiSummary } from "../api-types.ts";
import { deaths, markerRadius } from "../event-style.ts";
import { navigate } from "../navigation.ts";
import { useAsync } from "../use-async.ts";
import { formatMapView, formatViewState, hrefOf, parseMapView, type ViewState } from "../view-state.ts";
import { loadBasemap } from "./basemap.ts";
import { BasemapLayer } from "./BasemapLayer.tsx";
import { referenceToFitted, type ProjectedBasemap } from "./map-reference.ts";
import { areaWithin, cellDegrees } from "./map-areas.ts";
import { bubbleRadius, separateBubbles } from "./map-bubbles.ts";
import { createTextMeasure } from "./label-measure.ts";
import { clusterZoom, fittedProjection, scaleForClusterZoom, visibleBox } from "./map-geometry.ts";
import { estimateWidth, placeLabels, type Box, type MeasureText } from "./map-labels.ts";
import { nameRequests } from "./map-names.ts";
import { namedPlaces } from "./map-places.ts";
import { pointIndex, pointsOnScreen } from "./map-points.ts";
import { MapLegend, MapTools } from "./MapControls.tsx";
import { MapMarkers } from "./MapMarkers.tsx";
import { MapPopup } from "./MapPopup.tsx";
import { MapStateNote, type MapStatus } from "./MapStateNote.tsx";
import { useElementSize } from "./use-element-size.ts";
import { useMapKeyboard, type Reachable } from "./use-map-keyboard.ts";

/** Up to this many events in the visible area, the map draws them one by one; beyond, counts per cell. */
export const SINGLE_EVENTS_MAX = 500;

interface Props {
  state: ViewState;
  /** Where the filtered events lie, counted per coarse cell: the map is fitted to it. Absent while it loads. */
  extent: ApiSummary | undefined;
  /** Why `extent` could not be had, if it could not. */
  extentError: Error | undefined;
  /** Asks the overview's failed questions again. */
  onRetry: () => void;
  /** Drops the view's filters; offered on an empty map when given. */
  onClearFilters?: () => void;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onArea: (bbox: string | null) => void;
  /** Called when the user has moved the map, with its view for the address ("" after a refit). */
  onView: (at: string) => void;
}

export function EventMap({ state, extent, extentError, onRetry, onClearFilters, selected, onSelect, onArea, onView }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const zoomer = useRef<ZoomBehavior<SVGSVGElement, unknown> | undefined>(undefined);
  const { width, height } = useElementSize(frame);
  const [land, setLand] = useState<ProjectedBasemap | null>(null);
  const [landError, setLandError] = useState<string | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  // The zoom when the last gesture ended: where the basemap was last drawn (BasemapLayer.tsx).
  const [settled, setSettled] = useState<ZoomTransform>(zoomIdentity);
  const [popup, setPopup] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  // Read when the map is (re)fitted: a shared address opens where its sender was looking.
  const sharedView = useRef(state.at);
  sharedView.current = state.at;
  const reportView = useRef(onView);
  reportView.current = onView;

  const fetchLand = () => loadBasemap().then(setLand, (e: Error) => setLandError(e.message));
  useEffect(() => void fetchLand(), []);
  const [measure, setMeasure] = useState<MeasureText>(() => estimateWidth);
  useEffect(() => {
    if (svg.current) setMeasure(() => createTextMeasure(getComputedStyle(svg.current!).fontFamily));
  }, []);
  // Where the legend and the buttons lie over the map, in its pixels: no name goes under them.
  const legend = useRef<HTMLUListElement>(null);
  const tools = useRef<HTMLDivElement>(null);
  const [overlays, setOverlays] = useState<Box[]>([]);

  const filterKey = formatViewState({ ...state, at: "" });
  const extentKey = extent ? extent.cells.map((c) => `${c.lat.toFixed(1)},${c.lon.toFixed(1)}`).join() : null;
  const projection = useMemo(() => fittedProjection(extent?.cells ?? [], width, height), [extentKey, width, height]);
  // The basemap's reference coordinates onto this projection's.
  const base = useMemo(() => referenceToFitted(projection), [projection]);

  // What the map shows and at which level, updated when a gesture ends (not on every frame), and
  // asked for once it has stayed so a moment: a resize or a refit in a row asks only once.
  const [area, setArea] = useState<{ box: string | null; z: number } | null>(null);
  const latestArea = useRef("");
  const shown = useAsync(async () => {
    if (!area || extentKey === null) return null;
    const asked = `${filterKey} ${area.box} ${area.z}`;
    latestArea.current = asked;
    await new Promise((resolve) => setTimeout(resolve, 80));
    if (latestArea.current !== asked) return null;
    const box = areaWithin(area.box, state.bbox);
    const counts = await getSummary(state, { cell: cellDegrees(area.z), area: box });
    if (counts.located > SINGLE_EVENTS_MAX) return { counts, events: null };
    const page = await listEventPage(state, null, SINGLE_EVENTS_MAX, box);
    return { counts, events: page.events };
  }, [filterKey, area?.box, area?.z, extentKey === null]);
  const events: readonly ApiEvent[] = shown.data?.events ?? [];
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);

  const index = useMemo(() => pointIndex(shown.data), [shown.data]);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 4096])
      .on("zoom", (event: { transform: ZoomTransform }) => setTransform(event.transform))
      .on("end", (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        setSettled(event.transform);
        if (event.sourceEvent) viewChanged.current(event.transform);
        areaChanged.current(event.transform);
      });
    zoomer.current = behaviour;
    select(el).call(behaviour);
    return () => void select(el).on(".zoom", null);
  }, []);

  const areaChanged = useRef((_t: ZoomTransform) => {});
  areaChanged.current = (t: ZoomTransform) => setArea({ box: visibleBox(projection, t, width, height), z: clusterZoom(projection, t) });
  const viewChanged = useRef((_t: ZoomTransform) => {});
  viewChanged.current = (t: ZoomTransform) => {
    const centre = projection.invert?.(t.invert([width / 2, height / 2]));
    if (!centre) return;
    const zoomLevel = Math.log2((2 * Math.PI * projection.scale() * t.k) / 256);
    reportView.current(formatMapView({ lon: centre[0], lat: centre[1], zoom: zoomLevel }));
  };

  const zoomTo = (x: number, y: number, k: number) => {
    if (!svg.current || !zoomer.current) return;
    const t = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-x, -y);
    select(svg.current).call(zoomer.current.transform, t);
  };

  // A new fit starts from the whole view again, or from the address's view when it has one.
  useEffect(() => {
    if (svg.current && zoomer.current) {
      const view = parseMapView(sharedView.current);
      const centre = view && projection([view.lon, view.lat]);
      const start = centre
        ? zoomIdentity
            .translate(width / 2, height / 2)
            .scale(scaleForClusterZoom(projection, view.zoom))
            .translate(-centre[0], -centre[1])
        : zoomIdentity;
      select(svg.current).call(zoomer.current.transform, start);
      areaChanged.current(start);
    }
    setPopup(null);
  }, [projection]);

  const z = clusterZoom(projection, transform);
  // Reference coordinates (the basemap's) onto the screen, as the map is now.
  const toScreen = { k: base.k * transform.k, x: base.x * transform.k + transform.x, y: base.y * transform.k + transform.y };
  const places = useMemo(() => namedPlaces(events), [events]);
  // A marker opened (clicked, or Space on it): its event in a popup, and selected in the list.
  const openEvent = (x: number, y: number, id: string) => {
    setPopup({ x, y, ids: [id] });
    onSelect(id);
  };
  // On screen: count bubbles (clusters, and the server's cells) kept apart, and single events as markers.
  const showList = (x: number, y: number, ids: string[]) => setPopup({ x, y, ids });
  const now = { projection, transform, width, height, z };
  const { counted, markers } = pointsOnScreen(index, now, { byId, listsEvents: events.length > 0, showList, zoomTo });
  const bubbles = separateBubbles(counted);
  const inView = shown.data?.counts.located ?? 0;
  const total = extent?.located ?? 0;

  // Names where they fit: none over another or over a bubble or marker.
  const onScreen = (lon: number, lat: number) => {
    const p = projection([lon, lat]);
    return p ? transform.apply(p) : null;
  };
  const requests = nameRequests({ places, countries: land?.countries ?? [], z, onScreen, toScreen });
  const obstacles = [
    ...bubbles.map((b) => ({ x: b.x, y: b.y, r: bubbleRadius(b.count) + 1 })),
    ...markers.map(({ e, x, y }) => ({ x, y, r: markerRadius(deaths(e.fatalities)) + 1 })),
  ];
  const labels = placeLabels(requests, obstacles, width, height, measure, overlays);
  const hasEvents = shown.data?.events ? 1 : 0;
  useEffect(() => {
    const origin = frame.current?.getBoundingClientRect();
    if (!origin) return;
    const boxes = [legend.current, tools.current].flatMap((el): Box[] => {
      const r = el?.getBoundingClientRect();
      return r ? [[r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top]] : [];
    });
    if (boxes.map(String).join() !== overlays.map(String).join()) setOverlays(boxes);
  }, [width, height, hasEvents, Boolean(state.bbox)]);

  // What the keyboard reaches: every bubble and marker drawn.
  const reachable: Reachable[] = [
    ...bubbles.map((b) => ({
      key: b.key,
      x: b.x,
      y: b.y,
      r: bubbleRadius(b.count),
      activate: () => {
        keyboard.spread();
        b.open();
      },
    })),
    ...markers.map(({ e, x, y }) => ({
      key: `event ${e.id}`,
      x,
      y,
      r: markerRadius(deaths(e.fatalities)),
      activate: (key: "Enter" | " ") => {
        if (key === "Enter") navigate(hrefOf({ page: "event", id: e.id }, state));
        else openEvent(x, y, e.id);
      },
    })),
  ];
  const keyboard = useMapKeyboard(reachable, {
    svg,
    loaded: shown.data,
    loading: shown.loading,
    middle: { x: width / 2, y: height / 2 },
    onEscape: () => setPopup(null),
  });

  // What the map says over itself: loading, failed (with a retry), or nothing to show.
  const failure = extentError ?? shown.error;
  const retry = () => {
    if (landError) {
      setLandError(null);
      void fetchLand();
    }
    if (extentError) onRetry();
    else shown.reload();
  };
  const status: MapStatus = failure
    ? "failed"
    : !extent || (shown.loading && !shown.data)
      ? "loading"
      : extent.total === 0
        ? "empty"
        : shown.loading
          ? "updating"
          : "ready";

  return (
    <div class="map-frame" ref={frame} data-testid="event-map" data-status={status}>
      <BasemapLayer land={land} base={base} live={transform} settled={settled} width={width} height={height} />
      <svg
        ref={svg}
        class="map-overlay"
        width={width}
        height={height}
        role="group"
        aria-label={`Map of ${total} located events, ${inView} in view: Tab to its markers, arrow keys to move among them, Enter to open one; the list beside it holds every event`}
      >
        <rect class="map-sea" width={width} height={height} onClick={() => (setPopup(null), onSelect(null))} />
        <g class="map-labels" aria-hidden="true">
          {labels.map((l) => (
            <text key={l.key} class={`map-label-${l.kind}`} x={l.x} y={l.y} dy="0.35em" text-anchor={l.anchor}>
              {l.name}
            </text>
          ))}
        </g>
        <MapMarkers bubbles={bubbles} markers={markers} selected={selected} keyboard={keyboard} onSelect={onSelect} onOpen={openEvent} />
      </svg>
      {popup && <MapPopup popup={popup} byId={byId} state={state} width={width} onClose={() => setPopup(null)} />}
      <MapTools
        boxRef={tools}
        bbox={state.bbox}
        onFit={() => {
          zoomTo(width / 2, height / 2, 1);
          onView("");
        }}
        onFilterToArea={() => onArea(visibleBox(projection, transform, width, height))}
        onClearArea={() => onArea(null)}
      />
      <MapLegend boxRef={legend} showsEvents={Boolean(shown.data?.events)} />
      {landError && <div class="map-warning">Country shapes could not be loaded ({landError}); markers still show.</div>}
      <MapStateNote status={status} failure={failure} announce={!extentError} onRetry={retry} onClearFilters={onClearFilters} />
      {status === "ready" && extent && extent.total > extent.located && (
        <div class="map-note muted">{extent.total - extent.located} event(s) without coordinates are in the list only</div>
      )}
    </div>
  );
}
