/**
 * The events on a map drawn from country shapes (no tile server, so it works offline): markers
 * sized by deaths and coloured by type family, clustered where dense; pan and zoom with the
 * mouse; the visible area can become the view's bounding-box filter.
 */

import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import type { FeatureCollection, Geometry } from "geojson";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import Supercluster, { type ClusterProperties } from "supercluster";
import type { ApiEvent } from "../api-types.ts";
import { colourOf, deaths, FAMILY_COLOURS, formatDeaths, markerRadius, typeLabel } from "../event-style.ts";
import { formatMapView, hrefOf, parseMapView, type ViewState } from "../view-state.ts";
import { loadBasemap } from "./basemap.ts";
import { clusterZoom, scaleForClusterZoom, visibleBox } from "./map-geometry.ts";

interface Props {
  events: readonly ApiEvent[];
  state: ViewState;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onArea: (bbox: string | null) => void;
  /** Called when the user has moved the map, with its view for the address ("" after a refit). */
  onView: (at: string) => void;
}

type PointProps = { id: string };
const MAX_ZOOM = 16;

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

/** The projection fitted to the events (padded, so one event does not fill the screen), or to the world. */
function fittedProjection(events: readonly ApiEvent[], width: number, height: number): GeoProjection {
  const located = events.filter((e) => e.location?.lat != null && e.location.lon != null);
  const projection = geoNaturalEarth1();
  if (located.length === 0)
    return projection.fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      { type: "Sphere" },
    );
  const lons = located.map((e) => e.location!.lon!);
  const lats = located.map((e) => e.location!.lat!);
  const pad = 3;
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

export function EventMap({ events, state, selected, onSelect, onArea, onView }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const zoomer = useRef<ZoomBehavior<SVGSVGElement, unknown> | undefined>(undefined);
  const { width, height } = useSize(frame);
  const [land, setLand] = useState<FeatureCollection<Geometry, { name: string }> | null>(null);
  const [landError, setLandError] = useState<string | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [popup, setPopup] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  // Read when the map is (re)fitted: a shared address opens where its sender was looking.
  const sharedView = useRef(state.at);
  sharedView.current = state.at;
  const reportView = useRef(onView);
  reportView.current = onView;

  useEffect(() => {
    loadBasemap().then(setLand, (e: Error) => setLandError(e.message));
  }, []);

  // Refit only when the set of events changes, not on every re-render.
  const eventKey = events.map((e) => e.id).join();
  const projection = useMemo(() => fittedProjection(events, width, height), [eventKey, width, height]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);

  const index = useMemo(() => {
    const cluster = new Supercluster<PointProps>({ radius: 36, maxZoom: MAX_ZOOM });
    cluster.load(
      events
        .filter((e) => e.location?.lat != null && e.location.lon != null)
        .map((e) => ({
          type: "Feature" as const,
          properties: { id: e.id },
          geometry: { type: "Point" as const, coordinates: [e.location!.lon!, e.location!.lat!] },
        })),
    );
    return cluster;
  }, [events]);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 4096])
      .on("zoom", (event: { transform: ZoomTransform }) => setTransform(event.transform))
      .on("end", (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        if (event.sourceEvent) viewChanged.current(event.transform);
      });
    zoomer.current = behaviour;
    select(el).call(behaviour);
    return () => void select(el).on(".zoom", null);
  }, []);

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
    }
    setPopup(null);
  }, [projection]);

  const z = clusterZoom(projection, transform);
  const clusters = index.getClusters([-180, -85, 180, 85], z);
  const located = events.filter((e) => e.location?.lat != null).length;

  const zoomTo = (x: number, y: number, k: number) => {
    if (!svg.current || !zoomer.current) return;
    const t = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-x, -y);
    select(svg.current).call(zoomer.current.transform, t);
  };

  return (
    <div class="map-frame" ref={frame} data-testid="event-map">
      <svg ref={svg} width={width} height={height} role="img" aria-label={`Map of ${located} located events`}>
        <rect class="map-sea" width={width} height={height} onClick={() => (setPopup(null), onSelect(null))} />
        <g transform={transform.toString()}>
          <path class="map-sphere" d={path({ type: "Sphere" }) ?? ""} vector-effect="non-scaling-stroke" />
          <path class="map-graticule" d={path(geoGraticule10()) ?? ""} vector-effect="non-scaling-stroke" />
          {land?.features.map((f, i) => (
            <path key={i} class="map-country" d={path(f) ?? ""} vector-effect="non-scaling-stroke">
              <title>{f.properties.name}</title>
            </path>
          ))}
        </g>
        <g class="map-markers">
          {clusters.map((c) => {
            const [lon, lat] = c.geometry.coordinates as [number, number];
            const p = projection([lon, lat]);
            if (!p) return null;
            const [x, y] = transform.apply(p);
            if (x < -40 || y < -40 || x > width + 40 || y > height + 40) return null;
            const props = c.properties as ClusterProperties | PointProps;
            if ("cluster" in props && props.cluster) {
              const clusterId = props.cluster_id;
              const count = props.point_count;
              const r = 11 + Math.sqrt(count) * 2.5;
              const open = () => {
                const expansion = index.getClusterExpansionZoom(clusterId);
                if (expansion > MAX_ZOOM) {
                  setPopup({ x, y, ids: index.getLeaves(clusterId, Infinity).map((l) => l.properties.id) });
                } else zoomTo(p[0], p[1], scaleForClusterZoom(projection, expansion));
              };
              return (
                <g key={`c${clusterId}`} class="map-cluster" transform={`translate(${x},${y})`} onClick={open} data-count={count}>
                  <circle r={r} />
                  <text dy="0.35em">{count}</text>
                  <title>{`${count} events here: click to spread them out`}</title>
                </g>
              );
            }
            const e = byId.get((props as PointProps).id)!;
            const isSelected = e.id === selected;
            return (
              <circle
                key={e.id}
                class={`map-marker${isSelected ? " selected" : ""}`}
                data-event={e.id}
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
            );
          })}
        </g>
      </svg>
      {popup && (
        <div class="map-popup" style={{ left: `${Math.min(popup.x + 12, width - 260)}px`, top: `${Math.max(popup.y - 12, 4)}px` }}>
          <button class="popup-close" aria-label="close" onClick={() => setPopup(null)}>
            ×
          </button>
          {popup.ids.slice(0, 12).map((id) => {
            const e = byId.get(id)!;
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
      <div class="map-tools">
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
      <div class="map-legend">
        {Object.entries(FAMILY_COLOURS).map(([family, colour]) => (
          <span key={family}>
            <i class="swatch" style={{ background: colour }} />
            {family}
          </span>
        ))}
        <span class="muted">size: deaths</span>
      </div>
      {landError && <div class="map-warning">Country shapes could not be loaded ({landError}); markers still show.</div>}
      {events.length > 0 && located < events.length && (
        <div class="map-note muted">{events.length - located} event(s) without coordinates are in the list only</div>
      )}
    </div>
  );
}
