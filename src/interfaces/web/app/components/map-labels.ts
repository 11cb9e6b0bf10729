/**
 * Names on the map, placed greedily: in the order given (the most wanted first), each name takes
 * the first of its candidate positions that stays on screen and runs into no name already placed
 * and no bubble or marker; a name with no such position is left out. A town's name goes beside its
 * marker (right, left, above, below), a province's or a country's over its middle.
 */

export type LabelKind = "town" | "province" | "country";

export interface LabelRequest {
  /** Unique among the requests. */
  key: string;
  name: string;
  kind: LabelKind;
  /** The point named, on screen. */
  x: number;
  y: number;
}

/** A circle drawn on the map (a bubble or a marker) that no name may cover. */
export interface Obstacle {
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  key: string;
  name: string;
  kind: LabelKind;
  /** Where the text is drawn: its baseline's middle, start or end as `anchor` says, vertically centred. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

/** The width in pixels of a name as drawn for its kind. */
export type MeasureText = (name: string, kind: LabelKind) => number;

/** Rough widths at the labels' font sizes: close enough to keep names apart where nothing measures. */
export const estimateWidth: MeasureText = (name, kind) => name.length * (kind === "province" ? 7 : 6.4);

export const LINE_HEIGHT = 13;
/** Space kept between a town's marker and its name, and around every name. */
const GAP = 3;

/** A rectangle on screen: left, top, right, bottom. */
export type Box = readonly [x0: number, y0: number, x1: number, y1: number];

const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function coversCircle(box: Box, c: Obstacle): boolean {
  const dx = c.x - Math.max(box[0], Math.min(c.x, box[2]));
  const dy = c.y - Math.max(box[1], Math.min(c.y, box[3]));
  return dx * dx + dy * dy < c.r * c.r;
}

/**
 * Things on screen by the cells of a coarse grid they touch, so that a name is tested only against
 * what lies near it (hundreds of markers and names are placed again on every frame of a gesture).
 */
class ScreenGrid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size = 48) {}

  private *keys(box: Box): Iterable<number> {
    const s = this.size;
    for (let cx = Math.floor(box[0] / s); cx <= Math.floor(box[2] / s); cx++)
      for (let cy = Math.floor(box[1] / s); cy <= Math.floor(box[3] / s); cy++) yield cx * 100_003 + cy;
  }

  add(box: Box, item: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }

  some(box: Box, test: (item: T) => boolean): boolean {
    for (const key of this.keys(box)) if (this.cells.get(key)?.some(test)) return true;
    return false;
  }
}

/** The positions a name may take, best first. */
function candidates(request: LabelRequest, width: number, clearance: number): Array<{ box: Box; label: PlacedLabel }> {
  const { x, y } = request;
  const half = LINE_HEIGHT / 2;
  const at = (cx: number, cy: number, anchor: PlacedLabel["anchor"]) => {
    const x0 = anchor === "start" ? cx : anchor === "end" ? cx - width : cx - width / 2;
    return { box: [x0, cy - half, x0 + width, cy + half] as Box, label: { ...request, x: cx, y: cy, anchor } };
  };
  if (request.kind !== "town") return [at(x, y, "middle"), at(x, y - LINE_HEIGHT * 1.5, "middle"), at(x, y + LINE_HEIGHT * 1.5, "middle")];
  // Room for the focus ring drawn around a marker, too.
  const d = clearance + 2 * GAP;
  return [at(x + d, y, "start"), at(x - d, y, "end"), at(x, y - d - half, "middle"), at(x, y + d + half, "middle")];
}

/**
 * The names to draw inside `width`×`height`, in the order of `requests`, none covering another or
 * an obstacle, nor inside a `reserved` box (what is drawn over the map: its legend, its buttons).
 * A town's name keeps clear of the marker or bubble drawn on the town itself.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  width: number,
  height: number,
  measure: MeasureText = estimateWidth,
  reserved: readonly Box[] = [],
): PlacedLabel[] {
  const taken = new ScreenGrid<Box>();
  for (const box of reserved) taken.add(box, box);
  const circles = new ScreenGrid<Obstacle>();
  for (const o of obstacles) circles.add([o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r], o);
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const { x, y } = request;
    if (x < 0 || y < 0 || x > width || y > height) continue;
    // The circle drawn on the town (its marker, or a bubble of its events) sets how far its name stands off.
    let clearance = 4;
    circles.some([x, y, x, y], (o) => {
      if (Math.abs(o.x - x) < 2 && Math.abs(o.y - y) < 2) clearance = Math.max(clearance, o.r);
      return false;
    });
    const fits = candidates(request, measure(request.name, request.kind), clearance).find(({ box }) => {
      const padded: Box = [box[0] - GAP, box[1] - 1, box[2] + GAP, box[3] + 1];
      if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) return false;
      return !taken.some(padded, (b) => overlaps(b, padded)) && !circles.some(box, (o) => coversCircle(box, o));
    });
    if (!fits) continue;
    taken.add(fits.box, fits.box);
    placed.push(fits.label);
  }
  return placed;
}
