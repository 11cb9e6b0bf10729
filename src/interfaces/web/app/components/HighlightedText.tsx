/**
 * An article's text with its evidence marked. The text is only ever passed to the DOM as text
 * nodes (JSX children), never as markup: whatever an article contains, it cannot become HTML.
 */

import { highlightPieces, type Mark } from "../highlight-spans.ts";

export function HighlightedText({ text, marks, idPrefix }: { text: string; marks: readonly Mark[]; idPrefix: string }) {
  const pieces = highlightPieces(text, marks);
  return (
    <div class="article-text">
      {pieces.map((p) =>
        p.kind === null ? (
          p.text
        ) : (
          <mark
            key={p.start}
            id={`${idPrefix}-${p.start}`}
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
