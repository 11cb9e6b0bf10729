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
}

export function highlightPieces(text: string, marks: readonly Mark[]): Piece[] {
  const valid = marks.map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) })).filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
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
    // Neighbours with the same marking read as one piece.
    if (last && last.kind === kind && last.labels.join() === labels.join()) last.text += text.slice(start, end);
    else pieces.push({ text: text.slice(start, end), start, kind, labels });
  }
  return pieces;
}
