/** Distances between points on the Earth, in kilometres. */

const EARTH_RADIUS_KM = 6371.0088;

/** A point in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle (haversine) distance in km. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRadians;
  const dLon = (b.lon - a.lon) * toRadians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
