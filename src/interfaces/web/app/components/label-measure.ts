/**
 * Widths of map names as the browser draws them (a canvas measures them in the page's own font),
 * so that names are kept apart by their real size; remembered, since the same names come back on
 * every frame of a gesture.
 */

import { estimateWidth, type LabelKind, type MeasureText } from "./map-labels.ts";

/** The labels' type, as app.css sets it for `.map-label-<kind>` (kept in step with it). */
const FONTS: Record<LabelKind, { weight: string; style: string; size: number; upper: boolean; spacing: number }> = {
  town: { weight: "600", style: "normal", size: 11.5, upper: false, spacing: 0 },
  province: { weight: "400", style: "italic", size: 10.5, upper: true, spacing: 0.08 },
  country: { weight: "400", style: "normal", size: 11, upper: false, spacing: 0 },
};

export function createTextMeasure(fontFamily: string): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return estimateWidth;
  const known = new Map<string, number>();
  return (name, kind) => {
    const key = `${kind} ${name}`;
    let width = known.get(key);
    if (width === undefined) {
      const f = FONTS[kind];
      context.font = `${f.style} ${f.weight} ${f.size}px ${fontFamily}`;
      const text = f.upper ? name.toUpperCase() : name;
      width = context.measureText(text).width + f.spacing * f.size * text.length;
      known.set(key, width);
    }
    return width;
  };
}
