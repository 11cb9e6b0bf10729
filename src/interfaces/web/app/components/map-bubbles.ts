/**
 * Count bubbles that never overlap: clustering places them near one another but does not promise
 * a gap, so bubbles still touching on screen are joined, the larger keeping its place and taking
 * the other's count, until none touches another.
 */

export interface Bubble {
  x: number;
  y: number;
  count: number;
}

/** A bubble's radius in pixels: it grows with the count's digits, within bounds, so a large number never covers its neighbours. */
export function bubbleRadius(count: number): number {
  return 10 + Math.min(12, 2 * Math.log2(count + 1));
}

/** A count in the few characters a bubble holds: 950, 9.5k, 95k. */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(count / 1000).toFixed(1).replace(/\.0$/, "")}k`;
  return `${Math.round(count / 1000)}k`;
}

/** The bubbles with those that touch (closer than their radii and `gap`) joined into the larger. */
export function separateBubbles<T extends Bubble>(bubbles: readonly T[], gap = 2): T[] {
  let placed = [...bubbles].sort((a, b) => b.count - a.count).map((b) => ({ ...b }));
  // Each pass that joins leaves fewer bubbles, so this ends.
  for (let pass = 0; pass < bubbles.length; pass++) {
    const next: T[] = [];
    let joined = false;
    for (const b of placed) {
      const host = next.find((p) => Math.hypot(p.x - b.x, p.y - b.y) < bubbleRadius(p.count) + bubbleRadius(b.count) + gap);
      if (host) {
        host.count += b.count;
        joined = true;
      } else next.push(b);
    }
    placed = next;
    if (!joined) break;
  }
  return placed;
}
