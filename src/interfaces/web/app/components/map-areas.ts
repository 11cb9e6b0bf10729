/** The boxes the map asks the server about: the visible area within the view's own area filter, and the cell size for a zoom. */

type Box = [west: number, south: number, east: number, north: number];

function parse(box: string): Box | null {
  const parts = box.split(",").map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as Box) : null;
}

/**
 * The part of the visible box inside the area filter, as the API's bbox. A box crossing the
 * antimeridian (west beyond east) is kept as it is: the filter alone then decides.
 */
export function areaWithin(visible: string | null, filter: string | undefined): string | null {
  if (!visible) return filter ?? null;
  if (!filter) return visible;
  const a = parse(visible);
  const b = parse(filter);
  if (!a || !b || a[0] > a[2] || b[0] > b[2]) return filter;
  const box: Box = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  // Apart: the filter's own box, where nothing visible lies, still answers correctly (nothing drawn off screen).
  if (box[0] > box[2] || box[1] > box[3]) return filter;
  return box.join(",");
}

/** Degrees of a map cell `pixels` wide at web-map zoom level `z` (the world 256·2^z pixels wide). */
export function cellDegrees(z: number, pixels = 24): number {
  return Math.min(180, Math.max(0.001, (pixels * 360) / (256 * 2 ** z)));
}
