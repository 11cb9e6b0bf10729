/**
 * What the map draws where: the events (or the server's counts per cell) gathered into a
 * clustering index whose counts add up as bubbles join, and, for the map as it is now, the count
 * bubbles and the single events' markers on screen, each bubble with what opening it does.
 */

import type { GeoProjection } from "d3-geo";
import type { ZoomTransform } from "d3-zoom";
import Supercluster, { type ClusterProperties } from "supercluster";
import type { ApiEvent, ApiSummary } from "../api-types.ts";
import { scaleForClusterZoom } from "./map-geometry.ts";

/** The closest cluster zoom level: past it, a bubble holds events of one place. */
export const MAX_ZOOM = 16;

/** A point to cluster: one event (with its id), or a cell of `count` events from the server. */
type PointProps = { id?: string; count: number };

export type PointIndex = Supercluster<PointProps, { count: number }>;

/** What the map has loaded for its area: the counts per cell, and the events when few enough to draw one by one. */
export interface ShownArea {
  counts: ApiSummary;
  events: readonly ApiEvent[] | null;
}

/** The clustering index of what is shown: its events where it has them, else the server's cells. */
export function pointIndex(shown: ShownArea | null | undefined): PointIndex {
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
  const points = shown?.events
    ? shown.events
        .filter((e) => e.location?.lat != null && e.location.lon != null)
        .map((e) => ({ lon: e.location!.lon!, lat: e.location!.lat!, props: { id: e.id, count: 1 } }))
    : (shown?.counts.cells ?? []).map((c) => ({ lon: c.lon, lat: c.lat, props: { count: c.count } }));
  cluster.load(
    points.map((p) => ({
      type: "Feature" as const,
      properties: p.props,
      geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] },
    })),
  );
  return cluster;
}

/** A count bubble on screen (a cluster, or one of the server's cells), and what opening it does. */
export interface CountOnScreen {
  key: string;
  x: number;
  y: number;
  count: number;
  open: () => void;
}

/** A single event's marker on screen. */
export interface MarkerOnScreen {
  e: ApiEvent;
  x: number;
  y: number;
}

/** The map as it is drawn now. */
export interface MapNow {
  projection: GeoProjection;
  transform: ZoomTransform;
  width: number;
  height: number;
  /** The cluster zoom level (`clusterZoom`). */
  z: number;
}

/** What opening a bubble does: list the events of one place, or look closer where it splits. */
export interface BubbleActions {
  byId: ReadonlyMap<string, ApiEvent>;
  /** The map has the events themselves (not only counts), so a bubble of one place can list them. */
  listsEvents: boolean;
  showList: (x: number, y: number, ids: string[]) => void;
  /** Centres the map on (x, y) of the projection, at zoom factor k. */
  zoomTo: (x: number, y: number, k: number) => void;
}

/** The bubbles and markers within (or just beyond) the screen, as the map is now. */
export function pointsOnScreen(
  index: PointIndex,
  { projection, transform, width, height, z }: MapNow,
  actions: BubbleActions,
): { counted: CountOnScreen[]; markers: MarkerOnScreen[] } {
  const counted: CountOnScreen[] = [];
  const markers: MarkerOnScreen[] = [];
  for (const c of index.getClusters([-180, -85, 180, 85], z)) {
    const [lon, lat] = c.geometry.coordinates as [number, number];
    const p = projection([lon, lat]);
    if (!p) continue;
    const [x, y] = transform.apply(p);
    if (x < -40 || y < -40 || x > width + 40 || y > height + 40) continue;
    const props = c.properties as (ClusterProperties & { count: number }) | PointProps;
    const isCluster = "cluster" in props && props.cluster;
    const e = !isCluster && "id" in props && props.id ? actions.byId.get(props.id) : undefined;
    if (e) {
      markers.push({ e, x, y });
      continue;
    }
    const open = () => {
      const expansion = isCluster ? index.getClusterExpansionZoom(props.cluster_id) : z + 2;
      // Events of one place: list them; anything else: look closer, where it splits.
      if (isCluster && expansion > MAX_ZOOM && actions.listsEvents) {
        actions.showList(
          x,
          y,
          index.getLeaves(props.cluster_id, Infinity).flatMap((l) => (l.properties.id ? [l.properties.id] : [])),
        );
      } else actions.zoomTo(p[0], p[1], scaleForClusterZoom(projection, Math.max(expansion, z + 1)));
    };
    counted.push({ key: isCluster ? `c${props.cluster_id}` : `p${lon},${lat}`, x, y, count: props.count, open });
  }
  return { counted, markers };
}
