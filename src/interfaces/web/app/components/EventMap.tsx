/**
 * The events on a map drawn from country shapes (no tile server, so it works offline). The map
 * asks the server about the area it shows: where that holds many events, their counts per cell
 * (drawn as bubbles); where few, the events themselves (markers sized by deaths and coloured by
 * event type). Bubbles are clustered again on screen so that none overlaps another. Pan and zoom
 * with the mouse; the visible area can become the view's bounding-box filter. The markers and
 * bubbles are one stop of the Tab order, moved among with the arrow keys (`use-map-keyboard.ts`);
 * Enter opens an event or spreads a bubble out. Towns, provinces and countries are named where
 * their names fit (`map-labels.ts`). While the events load, or when they cannot, the map says so.
 */

import { geoNaturalEarth1, type GeoProjection } from "d3-geo";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import Supercluster, { type ClusterProperties } from "supercluster";
import { getSummary, listEventPage } from "../api.ts";
import type { ApiEvent, ApiSummary } from "../api-types.ts";
import { eventName } from "../event-names.ts";
import { colourOf, deaths, EVENT_TYPE_LABELS, FAMILY_COLOURS, formatDeaths, markerRadius, typeLabel } from "../event-style.ts";
import { navigate } from "../navigation.ts";
import { useAsync } from "../use-async.ts";
import { formatMapView, formatViewState, hrefOf, parseMapView, type ViewState } from "../view-state.ts";
import { loadBasemap } from "./basemap.ts";
import { BasemapLayer } from "./BasemapLayer.tsx";
import { referenceToFitted, type ProjectedBasemap } from "./map-reference.ts";
import { areaWithin, cellDegrees } from "./map-areas.ts";
import { bubbleRadius, separateBubbles, shortCount } from "./map-bubbles.ts";
import { createTextMeasure } from "./label-measure.ts";
import { clusterZoom, scaleForClusterZoom, visibleBox } from "./map-geometry.ts";
import { estimateWidth, placeLabels, type Box, type LabelRequest, type MeasureText } from "./map-labels.ts";
import { namedPlaces, PROVINCE_NAMES_FROM_ZOOM, TOWN_NAMES_FROM_ZOOM } from "./map-places.ts";
import { MapStateNote, type MapStatus } from "./MapStateNote.tsx";
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

/** A point to cluster: one event (with its id), or a cell of `count` events from the server. */
type PointProps = { id?: string; count: number };
const MAX_ZOOM = 16;
/** A country is named once drawn at least this many square pixels large. */
const COUNTRY_NAME_MIN_AREA = 2500;

function useSize(ref: { current: HTMLElement | null }): { width: number; height: number } {
  const [size, setSize] = useState({ width: 800, height: 440 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry!.contentRect;
      if (box.width > 0) setSize({ width: Math.round(box.width), height: Math.round(box.height) || 440 });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return size;
}

/** The projection fitted to where the events are (padded, so one place does not fill the screen), or to the world. */
function fittedProjection(located: ReadonlyArray<{ lat: number; lon: number }>, width: number, height: number): GeoProjection {
  const projection = geoNaturalEarth1();
  if (located.length === 0)
    return projection.fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      { type: "Sphere" },
    );
  const lons = located.map((p) => p.lon);
  const lats = located.map((p) => p.lat);
  // Room for a bubble at the edge to show whole.
  const pad = 6;
  const box = {
    type: "MultiPoint" as const,
    coordinates: [
      [Math.max(-180, Math.min(...lons) - pad), Math.max(-85, Math.min(...lats) - pad)],
      [Math.min(180, Math.max(...lons) + pad), Math.min(85, Math.max(...lats) + pad)],
    ],
  };
  return projection.fitExtent(
    [
      [24, 24],
      [width - 24, height - 24],
    ],
    box,
  );
}

export function EventMap({ state, extent, extentError, onRetry, onClearFilters, selected, onSelect, onArea, onView }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const zoomer = useRef<ZoomBehavior<SVGSVGElement, unknown> | undefined>(undefined);
  const { width, height } = useSize(frame);
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

  const index = useMemo(() => {
    // Counts add up as bubbles join, so a bubble of cells says how many events it holds.
    const cluster = new Supercluster<PointProps, { count: number }>({
      // Radius in the same pixels as the map's (tiles 256 wide): bubbles about as far apart as two are wide.
      radius: 48,
      extent: 256,
      maxZoom: MAX_ZOOM,
      map: (p) => ({ count: p.count }),
      reduce: (total, p) => {
        total.count += p.count;
      },
    });
    const points = shown.data?.events
      ? shown.data.events
          .filter((e) => e.location?.lat != null && e.location.lon != null)
          .map((e) => ({ lon: e.location!.lon!, lat: e.location!.lat!, props: { id: e.id, count: 1 } }))
      : (shown.data?.counts.cells ?? []).map((c) => ({ lon: c.lon, lat: c.lat, props: { count: c.count } }));
    cluster.load(
      points.map((p) => ({
        type: "Feature" as const,
        properties: p.props,
        geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] },
      })),
    );
    return cluster;
  }, [shown.data]);

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
  const clusters = index.getClusters([-180, -85, 180, 85], z);
  // On screen: count bubbles (clusters, and the server's cells) kept apart, and single events as markers.
  const counted: Array<{ key: string; x: number; y: number; count: number; open: () => void }> = [];
  const markers: Array<{ e: ApiEvent; x: number; y: number }> = [];
  for (const c of clusters) {
    const [lon, lat] = c.geometry.coordinates as [number, number];
    const p = projection([lon, lat]);
    if (!p) continue;
    const [x, y] = transform.apply(p);
    if (x < -40 || y < -40 || x > width + 40 || y > height + 40) continue;
    const props = c.properties as (ClusterProperties & { count: number }) | PointProps;
    const isCluster = "cluster" in props && props.cluster;
    const e = !isCluster && "id" in props && props.id ? byId.get(props.id) : undefined;
    if (e) {
      markers.push({ e, x, y });
      continue;
    }
    const open = () => {
      const expansion = isCluster ? index.getClusterExpansionZoom(props.cluster_id) : z + 2;
      // Events of one place: list them; anything else: look closer, where it splits.
      if (isCluster && expansion > MAX_ZOOM && events.length > 0) {
        setPopup({ x, y, ids: index.getLeaves(props.cluster_id, Infinity).flatMap((l) => (l.properties.id ? [l.properties.id] : [])) });
      } else zoomTo(p[0], p[1], scaleForClusterZoom(projection, Math.max(expansion, z + 1)));
    };
    counted.push({ key: isCluster ? `c${props.cluster_id}` : `p${lon},${lat}`, x, y, count: props.count, open });
  }
  const bubbles = separateBubbles(counted);
  const inView = shown.data?.counts.located ?? 0;
  const total = extent?.located ?? 0;

  // Names: towns first (beside their markers), then provinces, then countries, largest first; none
  // over another or over a bubble or marker.
  const onScreen = (lon: number, lat: number) => {
    const p = projection([lon, lat]);
    return p ? transform.apply(p) : null;
  };
  const requests: LabelRequest[] = [];
  const named = (kind: "town" | "province", list: typeof places.towns) => {
    for (const place of list) {
      const p = onScreen(place.lon, place.lat);
      if (p) requests.push({ key: place.key, name: place.name, kind, x: p[0], y: p[1] });
    }
  };
  if (z >= TOWN_NAMES_FROM_ZOOM) named("town", places.towns);
  if (z >= PROVINCE_NAMES_FROM_ZOOM) named("province", places.provinces);
  // Countries come largest first.
  for (const c of land?.countries ?? []) {
    if (c.area * toScreen.k * toScreen.k < COUNTRY_NAME_MIN_AREA) break;
    const [x, y] = [c.label[0] * toScreen.k + toScreen.x, c.label[1] * toScreen.k + toScreen.y];
    requests.push({ key: `country ${c.name}`, name: c.name, kind: "country", x, y });
  }
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
        else {
          setPopup({ x, y, ids: [e.id] });
          onSelect(e.id);
        }
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

  const zoomTo = (x: number, y: number, k: number) => {
    if (!svg.current || !zoomer.current) return;
    const t = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-x, -y);
    select(svg.current).call(zoomer.current.transform, t);
  };

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
              onClick={() => {
                setPopup({ x, y, ids: [e.id] });
                onSelect(e.id);
              }}
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
      </svg>
      {popup && (
        <div class="map-popup" style={{ left: `${Math.min(popup.x + 12, width - 260)}px`, top: `${Math.max(popup.y - 12, 4)}px` }}>
          <button class="popup-close" aria-label="close" onClick={() => setPopup(null)}>
            ×
          </button>
          {popup.ids.slice(0, 12).map((id) => {
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
          {popup.ids.length > 12 && <div class="muted">and {popup.ids.length - 12} more</div>}
        </div>
      )}
      <div class="map-tools" ref={tools}>
        <button
          onClick={() => {
            zoomTo(width / 2, height / 2, 1);
            onView("");
          }}
          title="fit the events"
        >
          Fit
        </button>
        <button onClick={() => onArea(visibleBox(projection, transform, width, height))} title="show only events inside the visible area">
          Filter to this area
        </button>
        {state.bbox && (
          <button onClick={() => onArea(null)} title={`area filter: ${state.bbox}`}>
            Clear area
          </button>
        )}
      </div>
      <ul class="map-legend" aria-label="Legend" ref={legend}>
        {Object.entries(FAMILY_COLOURS).map(([family, colour]) => (
          <li key={family}>
            <i class="swatch" style={{ background: colour }} />
            {EVENT_TYPE_LABELS[family as keyof typeof EVENT_TYPE_LABELS]}
          </li>
        ))}
        <li class="muted">{shown.data?.events ? "marker size: deaths" : "numbers: events in the area"}</li>
      </ul>
      {landError && <div class="map-warning">Country shapes could not be loaded ({landError}); markers still show.</div>}
      <MapStateNote status={status} failure={failure} announce={!extentError} onRetry={retry} onClearFilters={onClearFilters} />
      {status === "ready" && extent && extent.total > extent.located && (
        <div class="map-note muted">{extent.total - extent.located} event(s) without coordinates are in the list only</div>
      )}
    </div>
  );
}
