/**
 * An article's text with its evidence marked. The text is only ever passed to the DOM as text
 * nodes (JSX children), never as markup: whatever an article contains, it cannot become HTML.
 */

import { highlightPieces, type Mark } from "../highlight-spans.ts";

/** The id of the element a link to `offset` of an article lands on (see `anchorOffset`). */
export const pieceId = (idPrefix: string, offset: number) => `${idPrefix}-${offset}`;

export function HighlightedText({
  text,
  marks,
  idPrefix,
  anchors = [],
}: {
  text: string;
  marks: readonly Mark[];
  idPrefix: string;
  /** Offsets links point at: each gets an element with its id, marked or not. */
  anchors?: readonly number[];
}) {
  const pieces = highlightPieces(text, marks, anchors);
  return (
    <div class="article-text">
      {pieces.map((p) =>
        p.kind === null ? (
          p.anchor ? (
            <span key={p.start} id={pieceId(idPrefix, p.start)}>
              {p.text}
            </span>
          ) : (
            p.text
          )
        ) : (
          <mark
            key={p.start}
            id={p.anchor ? pieceId(idPrefix, p.start) : undefined}
            class={p.kind}
            title={p.labels.join(", ") || "about this event"}
            data-fields={p.labels.join(" ")}
          >
            {p.text}
          </mark>
        ),
      )}
    </div>
  );
}
