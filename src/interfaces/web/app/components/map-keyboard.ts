/**
 * Moving among the map's markers and bubbles by keyboard, the markers being one stop of the Tab
 * order: Left and Right go to the next one westwards or eastwards (so Right from the westernmost
 * visits every one), Up and Down to the nearest one above or below, Home and End to the
 * westernmost and the easternmost.
 */

export interface ScreenPoint {
  x: number;
  y: number;
}

/** West to east, then north to south, then as given: the order of Left, Right, Home and End. */
function westToEast(points: readonly ScreenPoint[]): number[] {
  return points.map((_, i) => i).sort((a, b) => points[a]!.x - points[b]!.x || points[a]!.y - points[b]!.y || a - b);
}

/** The index of the nearest point above (`up`) or below, within 60° of straight ahead, or null. */
function nearestVertically(points: readonly ScreenPoint[], from: number, up: boolean): number | null {
  const origin = points[from]!;
  let best: number | null = null;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    const ahead = up ? origin.y - p.y : p.y - origin.y;
    const aside = Math.abs(p.x - origin.x);
    if (i === from || ahead <= 0 || aside > ahead * 1.8) return;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Where the focus goes from point `from` on `key`: an index, or null when the key moves nothing. */
export function moveFocus(points: readonly ScreenPoint[], from: number, key: string): number | null {
  if (!points[from]) return null;
  const order = westToEast(points);
  const at = order.indexOf(from);
  switch (key) {
    case "ArrowRight":
      return order[at + 1] ?? null;
    case "ArrowLeft":
      return at > 0 ? order[at - 1]! : null;
    case "ArrowUp":
      return nearestVertically(points, from, true);
    case "ArrowDown":
      return nearestVertically(points, from, false);
    case "Home":
      return order[0]!;
    case "End":
      return order.at(-1)!;
    default:
      return null;
  }
}
