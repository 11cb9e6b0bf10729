/**
 * The basemap is projected once, when the web view is built (`project-basemap.ts`), in a reference
 * projection: the map's own (Natural Earth) at d3's default scale and translation. A map fitted to
 * its events uses the same projection at another scale and translation, so the reference shapes
 * reach it by one scale and shift (`referenceToFitted`), and the browser never projects a coastline.
 */

import { geoNaturalEarth1, type GeoProjection } from "d3-geo";

/** The projection the basemap's paths are drawn in. */
export function referenceProjection(): GeoProjection {
  return geoNaturalEarth1();
}

/** The basemap as `basemap.json` holds it: SVG path data in reference coordinates. */
export interface ProjectedBasemap {
  sphere: string;
  graticule: string;
  /** Largest first, each with where its name goes (the middle of its largest piece) and that piece's area. */
  countries: Array<{ name: string; d: string; label: [number, number]; area: number }>;
}

/** The scale `k` and shift `x`, `y` taking reference coordinates to `fitted`'s: fitted(p) = k·reference(p) + (x, y). */
export function referenceToFitted(fitted: GeoProjection): { k: number; x: number; y: number } {
  const reference = referenceProjection();
  const k = fitted.scale() / reference.scale();
  const [fx, fy] = fitted.translate();
  const [rx, ry] = reference.translate();
  return { k, x: fx - rx * k, y: fy - ry * k };
}
