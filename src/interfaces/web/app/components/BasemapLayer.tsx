/**
 * The sea, graticule and countries, in an SVG of their own under the map's markers. Their paths
 * are the built basemap's, in reference coordinates (map-reference.ts), placed by one transform
 * that changes only when a gesture ends (`settled`). During a gesture the layer as a whole is
 * moved and scaled by a CSS transform, which the compositor applies to what is already drawn: the
 * 1:50m coastlines are neither re-rendered nor painted again on every frame, only once it ends.
 */

import type { ZoomTransform } from "d3-zoom";
import { useMemo } from "preact/hooks";
import type { ProjectedBasemap } from "./map-reference.ts";

interface Props {
  land: ProjectedBasemap | null;
  /** Reference coordinates onto the fitted projection's (`referenceToFitted`). */
  base: { k: number; x: number; y: number };
  /** The map's zoom now, and when the last gesture ended. */
  live: ZoomTransform;
  settled: ZoomTransform;
  width: number;
  height: number;
}

function Shapes({ land }: { land: ProjectedBasemap | null }) {
  if (!land) return null;
  return (
    <>
      <path class="map-sphere" d={land.sphere} vector-effect="non-scaling-stroke" />
      <path class="map-graticule" d={land.graticule} vector-effect="non-scaling-stroke" />
      {/* Named by the map's labels: the layer takes no pointer, so a title would never show. */}
      {land.countries.map((c, i) => (
        <path key={i} class="map-country" d={c.d} vector-effect="non-scaling-stroke" />
      ))}
    </>
  );
}

export function BasemapLayer({ land, base, live, settled, width, height }: Props) {
  // The same element while the shapes are: Preact then leaves the paths alone.
  const shapes = useMemo(() => <Shapes land={land} />, [land]);
  const k = base.k * settled.k;
  // What the gesture has done since it was drawn: live ∘ settled⁻¹, a scale and a shift.
  const r = live.k / settled.k;
  const moved = `translate(${live.x - settled.x * r}px, ${live.y - settled.y * r}px) scale(${r})`;
  return (
    <svg class="map-basemap" width={width} height={height} aria-hidden="true" style={{ transform: moved }}>
      <g transform={`translate(${base.x * settled.k + settled.x},${base.y * settled.k + settled.y}) scale(${k})`}>{shapes}</g>
    </svg>
  );
}
