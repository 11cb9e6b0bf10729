/**
 * The view's state lives in the address, so that a view can be shared by sending its URL: the
 * filters in the query string, the page in the path. Pure functions, tested under Node.
 */

/** The filters the API takes beside dates, area and text, named as its parameters: the address carries them as they are. */
export const ANALYST_FILTER_KEYS = ["admin1", "min_fatalities", "actor_kind", "min_sources", "reviewed"] as const;

/** The filters, then `at`: where the map looks (longitude, latitude, zoom), which filters nothing. */
export const FILTER_KEYS = ["since", "until", "country", "type", "actor", ...ANALYST_FILTER_KEYS, "q", "bbox", "at"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ViewState = Partial<Record<FilterKey, string>>;

export type Route =
  | { page: "events" }
  | { page: "event"; id: string }
  | { page: "actors" }
  | { page: "actor"; id: string }
  | { page: "missing"; path: string };

/** Reads the filters of a query string; empty values are no filter. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  return state;
}

/** The query string of a state ("" for none), keys always in one order so equal views have equal URLs. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The state with some filters set or (given "" or undefined) removed. */
export function withFilters(state: ViewState, patch: ViewState): ViewState {
  const next: ViewState = { ...state };
  for (const key of FILTER_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key]?.trim();
    if (value) next[key] = value;
    else delete next[key];
  }
  return next;
}

/** A path segment decoded, or null when its percent-escapes are broken ("%E0%A4%A", "%zz"). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The page an address shows; one that cannot be read (a broken escape) is a missing page, not an error. */
export function parseRoute(pathname: string): Route {
  const decoded = pathname.split("/").filter(Boolean).map(decodeSegment);
  if (decoded.includes(null)) return { page: "missing", path: pathname };
  const parts = decoded as string[];
  if (parts.length === 0) return { page: "events" };
  if (parts[0] === "events" && parts.length === 1) return { page: "events" };
  if (parts[0] === "events" && parts.length === 2) return { page: "event", id: parts[1]! };
  if (parts[0] === "actors" && parts.length === 1) return { page: "actors" };
  if (parts[0] === "actors" && parts.length === 2) return { page: "actor", id: parts[1]! };
  return { page: "missing", path: pathname };
}

/** The path of a route, with the current filters carried along. */
export function hrefOf(route: Route, state: ViewState = {}): string {
  const query = formatViewState(state);
  switch (route.page) {
    case "events":
      return `/${query}`;
    case "event":
      return `/events/${encodeURIComponent(route.id)}${query}`;
    case "actors":
      return `/actors${query}`;
    case "actor":
      return `/actors/${encodeURIComponent(route.id)}${query}`;
    case "missing":
      return route.path;
  }
}

/** The map's view as written in `at`: "lon,lat,zoom". */
export function parseMapView(at: string | undefined): { lon: number; lat: number; zoom: number } | null {
  const parts = at?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || zoom <= 0) return null;
  return { lon, lat, zoom };
}

export function formatMapView(v: { lon: number; lat: number; zoom: number }): string {
  return `${v.lon.toFixed(3)},${v.lat.toFixed(3)},${Number(v.zoom.toPrecision(3))}`;
}
