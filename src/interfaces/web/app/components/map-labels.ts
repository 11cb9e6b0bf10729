/**
 * Country names on the map, by zoom: a country is named once it is drawn large enough to hold its
 * name, larger countries first, and a name that would run into one already placed is left out.
 */

export interface LabelCandidate {
  name: string;
  /** Where the name goes, in the projection's pixels before zooming. */
  x: number;
  y: number;
  /** The country's drawn area, in the projection's square pixels before zooming. */
  area: number;
}

export interface PlacedLabel {
  name: string;
  x: number;
  y: number;
}

/** Rough width of a name in pixels at the labels' font size: close enough to keep names apart. */
const charWidth = 6.2;
const lineHeight = 13;

/**
 * The names to draw at zoom factor `k`, moved by `place` to the screen, inside `width`×`height`.
 * A country is named when its drawn area is at least `minArea` square pixels on screen.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  k: number,
  place: (x: number, y: number) => [number, number],
  width: number,
  height: number,
  minArea = 2500,
): PlacedLabel[] {
  const boxes: Array<[number, number, number, number]> = [];
  const placed: PlacedLabel[] = [];
  for (const c of [...candidates].sort((a, b) => b.area - a.area)) {
    if (c.area * k * k < minArea) break;
    const [x, y] = place(c.x, c.y);
    const half = (c.name.length * charWidth) / 2;
    const box: [number, number, number, number] = [x - half, y - lineHeight / 2, x + half, y + lineHeight / 2];
    if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) continue;
    if (boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
    boxes.push(box);
    placed.push({ name: c.name, x, y });
  }
  return placed;
}
