/**
 * Cuts an article's text into pieces for display, marking the evidence: the sentences that tell
 * of the event and, inside them, the words each field was read from. Overlapping spans are fine;
 * every character belongs to exactly one piece, and the pieces join back into the text.
 */

export interface Mark {
  start: number;
  end: number;
  /** "sentence" for the incident's sentences, "field" for the words a value came from. */
  kind: "sentence" | "field";
  /** What the words gave, shown on hover (e.g. "fatalities"). */
  label?: string;
}

export interface Piece {
  text: string;
  start: number;
  /** The strongest mark over this piece, if any ("field" over "sentence"). */
  kind: Mark["kind"] | null;
  labels: string[];
  /** Whether a link points at this piece's first character: it then gets an id of its own. */
  anchor: boolean;
}

/** Where a link to the offset lands: the offset itself, kept inside the text; null for an empty text. */
export function anchorOffset(text: string, offset: number): number | null {
  if (text.length === 0) return null;
  return Math.min(Math.max(0, Math.trunc(offset)), text.length - 1);
}

/**
 * Pieces of the text with its marks. Each offset of `anchors` (as `anchorOffset` places it) starts
 * a piece of its own, never merged into the piece before, so that a link to it always has a target.
 */
export function highlightPieces(text: string, marks: readonly Mark[], anchors: Iterable<number> = []): Piece[] {
  const targets = new Set<number>();
  for (const a of anchors) {
    const at = anchorOffset(text, a);
    if (at !== null) targets.add(at);
  }
  const valid = marks.map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) })).filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length, ...targets]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const over = valid.filter((m) => m.start <= start && m.end >= end);
    const kind = over.some((m) => m.kind === "field") ? "field" : over.length ? "sentence" : null;
    const labels = [...new Set(over.flatMap((m) => (m.label ? [m.label] : [])))];
    const last = pieces[pieces.length - 1];
    const anchor = targets.has(start);
    // Neighbours with the same marking read as one piece, unless a link points between them.
    if (last && !anchor && last.kind === kind && last.labels.join() === labels.join()) last.text += text.slice(start, end);
    else pieces.push({ text: text.slice(start, end), start, kind, labels, anchor });
  }
  return pieces;
}
